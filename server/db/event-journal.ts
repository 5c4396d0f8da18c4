import { closeSync, existsSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type Durability, GroupSync, syncTree } from './journal-sync';
import type { PgliteClient, RemotePGlite } from './remote-pglite';

/** The journal stores the appends it gathered with execEach (one message to the worker for all). */
type JournalClient = PgliteClient & Pick<RemotePGlite, 'execEach'>;

/** One row of a command's events, as the append statement reads it from JSON. */
export type AppendRecord = {
  seq: number;
  type: string;
  payload: unknown;
  actor_id: string | null;
  command_id: string | null;
  at: string;
};

/** Thrown when the seq is already taken: reload the log and decide again (LOG-2). */
export class SeqConflict extends Error {}
/** Thrown when this commandId is already in the log: acknowledge it instead (LOG-3). */
export class DuplicateCommand extends Error {}

export const JOURNAL_FILE = 'meeting-events.journal';
/**
 * How long appends gather before they go to PGlite, as one message and one transaction. An append is
 * acknowledged once its line is in the file, so this delays only PGlite's copy, and any read sends the
 * gathered appends first. At 500 live meetings commands arrive a few ms apart: one message to the worker
 * each cost the event loop about as much as writing to every socket (bench/README.md, "500 meetings").
 */
const GATHER_MS = 20;
/** The journal is emptied once the database holds everything in it and it has grown past this. */
const JOURNAL_LIMIT_BYTES = 1 << 20;

const STATEMENT = 'kring_append_events';
const PREPARE = `prepare ${STATEMENT}(text, jsonb) as
  insert into meeting_events (meeting_id, seq, type, payload, actor_id, command_id, at)
  select $1, r.seq, r.type, r.payload, r.actor_id, r.command_id, r.at
  from jsonb_to_recordset($2)
    as r(seq integer, type text, payload jsonb, actor_id text, command_id text, at timestamptz)`;

type Entry = { meetingId: string; rows: AppendRecord[] };
type Append = { meetingId: string; rowsJson: string };
/** What the log of a meeting holds, as far as this journal knows: its last seq and its command ids. */
type Tail = { seq: number; commands: Set<string> };

/**
 * Meeting events on the embedded database (LOG-6). An append is durable once its line is written to
 * an append-only file in the data folder: as durable as PGlite's own commits, which run with fsync off
 * (a crash of the process loses nothing, a power loss may). PGlite stores the rows behind it on its
 * worker, in the order appended; every later query reaches the worker after them, so a read never
 * misses an acknowledged event. On open, lines PGlite had not stored yet are stored first.
 * The room is the only writer of its meeting in this process; the journal still refuses a taken seq or
 * a known command id at once, as the database's unique indexes would.
 * With `DURABILITY=fsync` an append also waits for an fdatasync of its line (one per batch, GroupSync),
 * and lines are forgotten only after PGlite's files were flushed too (syncTree): a power loss then loses
 * nothing acknowledged.
 */
export class EventJournal {
  private readonly tails = new Map<string, Promise<Tail>>();
  /** Appends written to the file whose statement has not gone to PGlite yet (see flush). */
  private readonly batch: Append[] = [];
  /** The timer that flushes the batch once GATHER_MS passed since its first append. */
  private gathering: NodeJS.Timeout | null = null;
  private pending = 0;
  private readonly drained: (() => void)[] = [];
  private bytes = 0;
  private closed = false;
  /** Set when PGlite refused a line for a reason other than its meeting being deleted: keep the file. */
  private keep = false;
  /** Appends so far: with fsync, the file is emptied only if none came in while PGlite's files were flushed. */
  private appended = 0;
  private forgetting: Promise<void> | null = null;
  private readonly group = new GroupSync(() => this.fd);

  private constructor(
    private readonly client: JournalClient,
    private fd: number | null,
    private readonly onError: (error: unknown, meetingId: string) => void,
    private readonly limitBytes: number,
    private readonly fsyncDir: string | null,
  ) {}

  /**
   * Prepares the append, stores what a crash left in `<dataDir>/meeting-events.journal`, then opens it
   * for appending. Without a folder (memory://) there is nothing to survive a crash, and no file.
   */
  static async open(
    client: JournalClient,
    dataDir: string | null,
    onError: (error: unknown, meetingId: string) => void,
    limitBytes = JOURNAL_LIMIT_BYTES,
    durability: Durability = 'write',
  ): Promise<EventJournal> {
    await client.exec(PREPARE);
    if (!dataDir) return new EventJournal(client, null, onError, limitBytes, null);
    const path = join(dataDir, JOURNAL_FILE);
    if (existsSync(path)) await recover(client, path);
    const fd = openSync(path, 'a');
    // What was recovered is only PGlite's once its files are on the disk (and so is the journal's folder entry).
    if (durability === 'fsync') await syncTree(dataDir, path);
    ftruncateSync(fd, 0);
    return new EventJournal(client, fd, onError, limitBytes, durability === 'fsync' ? dataDir : null);
  }

  /**
   * Appends one command's rows: durable when this resolves. Refuses a taken seq or a known command id
   * (LOG-2, LOG-3) before anything is written.
   */
  async append(meetingId: string, rows: AppendRecord[]): Promise<void> {
    if (this.closed) throw new Error('the event journal is closed');
    const tail = await this.tail(meetingId);
    if (rows.some((r, i) => r.seq !== tail.seq + 1 + i)) throw new SeqConflict();
    if (rows.some((r) => r.command_id !== null && tail.commands.has(r.command_id))) {
      throw new DuplicateCommand();
    }
    // The rows are serialised once: for the journal line and for the statement.
    const rowsJson = JSON.stringify(rows);
    const line = `{"meetingId":${JSON.stringify(meetingId)},"rows":${rowsJson}}\n`;
    // What PostgreSQL refuses in text and jsonb must be refused now: later it would be an acknowledged loss.
    if (UNSTORABLE.test(line)) throw new Error('an event holds a NUL or a lone surrogate');
    if (this.fd !== null) this.bytes += writeSync(this.fd, line);
    tail.seq = rows.at(-1)!.seq;
    for (const r of rows) if (r.command_id !== null) tail.commands.add(r.command_id);
    this.pending += 1;
    this.appended += 1;
    if (this.batch.length === 0) this.gathering = setTimeout(() => this.flush(), GATHER_MS);
    this.batch.push({ meetingId, rowsJson });
    if (this.fsyncDir !== null && this.fd !== null) await this.group.synced();
  }

  /**
   * Hands the gathered appends to PGlite as one message: one thread hop and one transaction for all
   * of them instead of one each (bench/README.md). The client calls this
   * before it sends any other query, so a read still reaches PGlite after every acknowledged append.
   * An append PGlite refuses is undone alone (remote-pglite.ts, execEach) and reported.
   */
  flush(): void {
    if (this.gathering) clearTimeout(this.gathering);
    this.gathering = null;
    const batch = this.batch.splice(0);
    if (batch.length === 0) return;
    if (batch.length === 1) {
      this.storeOne(batch[0]!);
      return;
    }
    this.client.execEach(batch.map((a) => statement(a.meetingId, a.rowsJson))).then(
      (errors) => {
        for (const [i, error] of errors.entries()) this.stored(batch[i]!.meetingId, error);
      },
      (error) => {
        for (const append of batch) this.stored(append.meetingId, error);
      },
    );
  }

  private storeOne({ meetingId, rowsJson }: Append): void {
    store(this.client, meetingId, rowsJson).then(
      () => this.stored(meetingId, null),
      (error) => this.stored(meetingId, error),
    );
  }

  /** Counts an append as settled; one PGlite refused is reported, unless its meeting was deleted since. */
  private stored(meetingId: string, error: unknown): void {
    if (error && !deletedMeeting(error)) {
      this.keep = true;
      this.onError(error, meetingId);
    }
    this.settled();
  }

  /** Waits for PGlite to hold everything appended (with fsync: on the disk), then empties and closes the file. */
  async close(): Promise<void> {
    this.closed = true;
    this.flush();
    if (this.pending > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
    if (this.fd === null) return;
    await this.forgetting;
    if (this.fsyncDir !== null && !this.keep) await this.syncPglite();
    if (!this.keep) ftruncateSync(this.fd, 0);
    closeSync(this.fd);
    this.fd = null;
  }

  private settled(): void {
    this.pending -= 1;
    if (this.pending > 0) return;
    for (const resolve of this.drained.splice(0)) resolve();
    this.forgetIfCaughtUp();
  }

  /** Empties the file once PGlite holds all of it and it passed its size limit. */
  private forgetIfCaughtUp(): void {
    if (this.fd === null || this.keep || this.closed || this.pending > 0 || this.bytes < this.limitBytes)
      return;
    if (this.fsyncDir === null) {
      ftruncateSync(this.fd, 0);
      this.bytes = 0;
    } else {
      // Lines appended during the flush make it try again once PGlite holds them too.
      this.forgetting ??= this.forgetWhenSynced().finally(() => {
        this.forgetting = null;
        this.forgetIfCaughtUp();
      });
    }
  }

  /**
   * With fsync: PGlite holds every line now; flush its files, then empty the journal unless a line came in
   * meanwhile (that one PGlite may hold only in memory; a later quiet moment tries again).
   */
  private async forgetWhenSynced(): Promise<void> {
    const mark = this.appended;
    try {
      await this.syncPglite();
    } catch (error) {
      return this.onError(error, '');
    }
    if (this.appended !== mark || this.fd === null || this.keep || this.closed) return;
    ftruncateSync(this.fd, 0);
    this.bytes = 0;
  }

  private syncPglite(): Promise<void> {
    return syncTree(this.fsyncDir!, join(this.fsyncDir!, JOURNAL_FILE));
  }

  private tail(meetingId: string): Promise<Tail> {
    let tail = this.tails.get(meetingId);
    if (!tail) {
      tail = loadTail(this.client, meetingId);
      this.tails.set(meetingId, tail);
      tail.catch(() => this.tails.delete(meetingId));
    }
    return tail;
  }
}

async function loadTail(client: PgliteClient, meetingId: string): Promise<Tail> {
  const { rows } = await client.query<{ seq: number; commands: string[] }>(
    `select coalesce(max(seq), 0)::int as seq,
       coalesce(array_agg(command_id) filter (where command_id is not null), '{}') as commands
     from meeting_events where meeting_id = $1`,
    [meetingId],
  );
  return { seq: rows[0]!.seq, commands: new Set(rows[0]!.commands) };
}

/**
 * Runs the prepared statement. EXECUTE takes no bind parameters, so the two values go in as literals,
 * quoted as PostgreSQL's own quote_literal does (LOG-4); PGlite would otherwise parse and plan every
 * append anew, a third of its cost. exec() keeps PGlite's lock, so it never runs inside another
 * caller's transaction.
 */
function store(client: PgliteClient, meetingId: string, rowsJson: string) {
  return client.exec(statement(meetingId, rowsJson));
}

const statement = (meetingId: string, rowsJson: string) =>
  `execute ${STATEMENT}(${quoteLiteral(meetingId)}, ${quoteLiteral(rowsJson)})`;

/**
 * Stores each line PGlite does not hold yet. A line already stored (its seq taken) or of a meeting
 * deleted since is skipped; a torn last line was never acknowledged. Anything else stops the start:
 * acknowledged events are never dropped silently.
 */
async function recover(client: PgliteClient, path: string): Promise<void> {
  const lines = readFileSync(path, 'utf8').split('\n');
  for (const [i, line] of lines.entries()) {
    if (line === '') continue;
    let entry: Entry;
    try {
      entry = JSON.parse(line) as Entry;
    } catch (error) {
      if (i === lines.length - 1) break;
      throw new Error(`${path}: line ${i + 1} cannot be read`, { cause: error });
    }
    try {
      await store(client, entry.meetingId, JSON.stringify(entry.rows));
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== '23505' && !deletedMeeting(error)) throw error;
    }
  }
}

/** A NUL or a lone surrogate, as JSON.stringify writes them (an escaped backslash before it does not count). */
const UNSTORABLE = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f])/;

const deletedMeeting = (error: unknown) => (error as { code?: unknown }).code === '23503';

/** A string as an SQL literal, whatever standard_conforming_strings says (as quote_literal() does). */
export function quoteLiteral(value: string): string {
  const quoted = value.replaceAll("'", "''");
  return value.includes('\\') ? `E'${quoted.replaceAll('\\', '\\\\')}'` : `'${quoted}'`;
}
