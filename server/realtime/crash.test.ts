import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, test } from 'vitest';
import { type ChildServer, freePort, startChildServer } from './child-server';
import { type SeededMeeting, seedDataDir } from './offline-seed';
import { LiveClient } from './test-client';

type Contribution = { id: string; text: string; authorId: string };
const contributionsOf = (view: unknown) =>
  ((view as { contributions: Contribution[] }).contributions ?? [])
    .map((c) => `${c.authorId}:${c.text}`)
    .sort();

const dir = mkdtempSync(join(tmpdir(), 'kring-crash-'));
let server: ChildServer | undefined;
let seeded: SeededMeeting | undefined;
afterAll(async () => {
  server?.proc.kill('SIGKILL');
  await server?.exited;
  rmSync(dir, { recursive: true, force: true });
});

test('CRASH: after SIGKILL mid-meeting and a restart, every acknowledged contribution is there and all clients converge', async () => {
  cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
  [seeded] = await seedDataDir({ dataDir: dir, meetings: 1, peoplePerMeeting: 4, poolSize: 4 });
  if (!seeded) throw new Error('nothing seeded');
  const port = await freePort();
  server = await startChildServer({ dataDir: dir, port });
  const { meetingId, people } = seeded;
  const clients = await Promise.all(people.map((p) => LiveClient.join(server!.url, meetingId, p.cookie)));
  for (const c of clients) expect((await c.run({ type: 'join' })).type).toBe('ack');
  for (const command of [
    { type: 'chooseMethod', versionId: seeded.versionId },
    { type: 'assignRole', role: 'caseGiver', userId: people[1]!.id },
    { type: 'startPhase', phaseId: 'ask' },
  ]) {
    expect(await clients[0]!.run(command)).toMatchObject({ type: 'ack' });
  }

  // Three helpers (chair included) write questions as fast as they are acknowledged; the kill lands mid-stream.
  const writers = [0, 2, 3];
  const sent = new Map<string, { client: number; text: string }>();
  const acked = new Set<string>();
  let stop = false;
  const write = async (index: number) => {
    const client = clients[index]!;
    for (let n = 0; n < 200 && !stop; n++) {
      const text = `vraag ${index}-${n}`;
      const commandId = `crash-${index}-${n}`;
      sent.set(commandId, { client: index, text });
      client.command({ type: 'contribute', kind: 'question', text }, commandId);
      try {
        await client.next('ack', (a) => a.commandId === commandId);
        acked.add(commandId);
      } catch {
        return;
      }
    }
  };
  const writing = writers.map(write);
  const deadline = Date.now() + 20_000;
  while (acked.size < 30 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
  server.proc.kill('SIGKILL');
  stop = true;
  await server.exited;
  await Promise.all(writing);
  for (const c of clients) await c.closed;
  expect(acked.size).toBeGreaterThanOrEqual(30);

  server = await startChildServer({ dataDir: dir, port });
  const back = await Promise.all(
    people.map((p, i) => LiveClient.join(server!.url, meetingId, p.cookie, clients[i]!.lastSeq())),
  );
  // Whatever was sent but not acknowledged is sent again with the same commandId: applied at most once.
  for (const [commandId, { client, text }] of sent) {
    if (acked.has(commandId)) continue;
    const reply = await back[client]!.runWithId({ type: 'contribute', kind: 'question', text }, commandId);
    expect(reply.type).toBe('ack');
  }

  const fresh = await Promise.all(people.map((p) => LiveClient.join(server!.url, meetingId, p.cookie)));
  const snapshots = await Promise.all(fresh.map((c) => c.next('snapshot')));
  const seqs = new Set(snapshots.map((s) => s.seq));
  expect(seqs.size).toBe(1);
  const everyone = contributionsOf(snapshots[0]!.view);
  for (const s of snapshots) expect(contributionsOf(s.view)).toEqual(everyone);
  const texts = everyone.map((c) => c.slice(c.indexOf(':') + 1));
  for (const { text } of sent.values()) expect(texts.filter((x) => x === text)).toHaveLength(1);
  expect(texts).toHaveLength(sent.size);

  // Each client, folding what it received before and after the crash, holds what a fresh snapshot shows.
  const ping = (c: LiveClient) => {
    c.send({ type: 'ping' });
    return c.next('pong');
  };
  await Promise.all(back.map(ping));
  for (const [i, c] of back.entries()) {
    const { view } = LiveClient.foldedView([clients[i]!, c]);
    expect(contributionsOf(view)).toEqual(contributionsOf(snapshots[i]!.view));
  }
  for (const c of [...back, ...fresh]) c.socket.terminate();
}, 120_000);

test('SHUTDOWN: SIGTERM lets the server finish and closes every meeting socket with 4010', async () => {
  if (!server || !seeded) throw new Error('runs after the crash test, on its server');
  const client = await LiveClient.join(server.url, seeded.meetingId, seeded.people[0]!.cookie);
  server.proc.kill('SIGTERM');
  expect(await client.closed).toBe(4010);
  expect(await server.exited).toBe(0);
}, 60_000);
