import type { PgliteClient } from '../db/remote-pglite';

/** One row of a command's events, as the append statement reads it from JSON. */
export type AppendRecord = {
  seq: number;
  type: string;
  payload: unknown;
  actor_id: string | null;
  command_id: string | null;
  at: string;
};

const STATEMENT = 'kring_append_events';
const PREPARE = `prepare ${STATEMENT}(text, jsonb) as
  insert into meeting_events (meeting_id, seq, type, payload, actor_id, command_id, at)
  select $1, r.seq, r.type, r.payload, r.actor_id, r.command_id, r.at
  from jsonb_to_recordset($2)
    as r(seq integer, type text, payload jsonb, actor_id text, command_id text, at timestamptz)`;

const prepared = new WeakMap<PgliteClient, Promise<void>>();

/**
 * Appends rows through a statement prepared once per PGlite instance: PGlite parses and plans every
 * query() anew, which is a third of an append's cost on the hot path of every live meeting (bench/).
 * EXECUTE takes no bind parameters, so the two values go in as literals, quoted as PostgreSQL's own
 * quote_literal does; exec() keeps PGlite's locks, so it never runs inside another caller's transaction.
 */
export async function appendOnPglite(
  client: PgliteClient,
  meetingId: string,
  rows: AppendRecord[],
): Promise<void> {
  let ready = prepared.get(client);
  if (!ready) {
    ready = client.exec(PREPARE).then(() => undefined);
    prepared.set(client, ready);
    ready.catch(() => prepared.delete(client));
  }
  await ready;
  await client.exec(
    `execute ${STATEMENT}(${quoteLiteral(meetingId)}, ${quoteLiteral(JSON.stringify(rows))})`,
  );
}

/** A string as an SQL literal, whatever standard_conforming_strings says (as quote_literal() does). */
export function quoteLiteral(value: string): string {
  const quoted = value.replaceAll("'", "''");
  return value.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}
