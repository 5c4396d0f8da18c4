import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type SeededMeeting, seedDataDir } from '../realtime/offline-seed';
import { loadEvents } from '../realtime/repo';
import { openTestDatabase } from '../test/databases';
import { type Database, journalOf, openDatabase, pgliteOf } from './client';
import {
  type AppendRecord,
  DuplicateCommand,
  JOURNAL_FILE,
  quoteLiteral,
  SeqConflict,
} from './event-journal';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase('pglite');
});
afterAll(() => database.close());

test('LOG-4: any text survives the literal quoting unchanged, with either setting of standard_conforming_strings', async () => {
  const client = pgliteOf(database.db)!;
  const text = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replaceAll('\u0000', ''));
  const tricky = fc.constantFrom("'", "''", '\\', "\\'", "E'\\x41'", "'); drop table meeting_events; --");
  for (const conforming of ['on', 'off']) {
    await client.exec(`set standard_conforming_strings = ${conforming}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, tricky), async (value) => {
        const result = await client.query<{ v: string }>(`select ${quoteLiteral(value)}::text as v`);
        expect(result.rows[0]!.v).toBe(value);
      }),
      { numRuns: 150 },
    );
  }
  await client.exec('set standard_conforming_strings = on');
  expect((await client.query('select count(*)::int as n from meeting_events')).rows).toEqual([{ n: 0 }]);
});

describe('the event journal on a data folder (LOG-6)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kring-journal-'));
  const journalFile = join(dir, JOURNAL_FILE);
  let meetings: SeededMeeting[];
  const record = (seq: number, commandId: string | null, text = `vraag ${seq}`): AppendRecord => ({
    seq,
    type: 'contributed',
    payload: { kind: 'question', text },
    actor_id: 'guest:1',
    command_id: commandId,
    at: new Date(Date.UTC(2026, 11, 3, 10, 0, seq)).toISOString(),
  });
  const texts = async (database: Database, meetingId: string) =>
    (await loadEvents(database.db, meetingId)).map((e) => (e.payload as { text: string }).text);

  beforeAll(async () => {
    cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
    meetings = await seedDataDir({ dataDir: dir, meetings: 2, peoplePerMeeting: 3, poolSize: 3 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('LOG-6: appends a process acknowledged just before it was killed are all there after a restart', async () => {
    const meetingId = meetings[0]!.meetingId;
    // A process appends 40 events as fast as each is acknowledged and is killed right after the last one,
    // while PGlite on its worker is still behind: only the journal holds the newest.
    const script = join(dir, 'append-and-die.mjs');
    writeFileSync(
      script,
      `const { openDatabase, journalOf } = await import(${JSON.stringify(new URL('./client.ts', import.meta.url).pathname)});
         const database = await openDatabase({ dataDir: ${JSON.stringify(dir)}, migrate: false });
         const journal = journalOf(database.db);
         for (let seq = 1; seq <= 40; seq++) {
           await journal.append(${JSON.stringify(meetingId)}, [${JSON.stringify(record(0, null))}].map((r) => ({ ...r, seq, command_id: 'c' + seq, payload: { kind: 'question', text: 'vraag ' + seq } })));
         }
         process.kill(process.pid, 'SIGKILL');`,
    );
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    expect(readFileSync(journalFile, 'utf8')).toContain('vraag 40');

    const database = await openDatabase({ dataDir: dir, migrate: false });
    try {
      expect(await texts(database, meetingId)).toEqual(
        Array.from({ length: 40 }, (_, i) => `vraag ${i + 1}`),
      );
      expect(readFileSync(journalFile, 'utf8')).toBe('');
    } finally {
      await database.close();
    }
  });

  test('LOG-6: on open, lines already stored, of a deleted meeting or torn by the crash are skipped; the rest is stored once', async () => {
    const [first, second] = meetings.map((m) => m.meetingId);
    const line = (meetingId: string, rows: AppendRecord[]) => JSON.stringify({ meetingId, rows });
    writeFileSync(
      journalFile,
      [
        line(first!, [record(40, 'c40', 'vraag 40')]), // stored before the crash
        line('a-meeting-deleted-since', [record(1, 'x1')]),
        line(second!, [record(1, null, 'eerste'), record(2, 's2', 'tweede')]),
        line(second!, [record(3, 's3', 'derde')]).slice(0, 30), // the write the kill cut off
      ].join('\n'),
    );
    const database = await openDatabase({ dataDir: dir, migrate: false });
    try {
      expect(await texts(database, first!)).toHaveLength(40);
      expect(await texts(database, second!)).toEqual(['eerste', 'tweede']);
      expect(readFileSync(journalFile, 'utf8')).toBe('');
      // The journal knows the log's tail from the database: the next seq follows it, a known command is refused.
      const journal = journalOf(database.db)!;
      await expect(journal.append(second!, [record(2, 'other')])).rejects.toBeInstanceOf(SeqConflict);
      await expect(journal.append(second!, [record(3, 's2')])).rejects.toBeInstanceOf(DuplicateCommand);
      await journal.append(second!, [record(3, 's3', 'derde')]);
      expect(await texts(database, second!)).toEqual(['eerste', 'tweede', 'derde']);
    } finally {
      await database.close();
    }
  });

  test('LOG-6: text PostgreSQL cannot store is refused before it is acknowledged; a quoted escape is stored as written', async () => {
    const meetingId = meetings[1]!.meetingId;
    const database = await openDatabase({ dataDir: dir, migrate: false });
    try {
      const journal = journalOf(database.db)!;
      for (const text of ['nul \u0000 teken', 'half \ud800 paar']) {
        await expect(journal.append(meetingId, [record(4, 'bad', text)])).rejects.toThrow(
          /NUL or a lone surrogate/,
        );
      }
      expect(readFileSync(journalFile, 'utf8')).toBe('');
      await journal.append(meetingId, [record(4, 'good', 'geen \\u0000 maar tekst, en 😀')]);
      expect((await texts(database, meetingId)).at(-1)).toBe('geen \\u0000 maar tekst, en 😀');
    } finally {
      await database.close();
    }
  });

  test('LOG-6: what PGlite refuses stays in the journal, is reported, and is stored on the next open', async () => {
    const meetingId = meetings[1]!.meetingId;
    const errors: string[] = [];
    const database = await openDatabase({
      dataDir: dir,
      migrate: false,
      onStoreError: (error, id) => errors.push(`${id}: ${(error as Error).message}`),
    });
    const journal = journalOf(database.db)!;
    await pgliteOf(database.db)!.exec('deallocate kring_append_events');
    await journal.append(meetingId, [record(5, 'vijf', 'vijfde')]);
    expect(await texts(database, meetingId)).not.toContain('vijfde');
    await database.close();
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^${meetingId}: .*kring_append_events`))]);
    expect(readFileSync(journalFile, 'utf8')).toContain('vijfde');

    const reopened = await openDatabase({ dataDir: dir, migrate: false });
    try {
      expect((await texts(reopened, meetingId)).at(-1)).toBe('vijfde');
      expect(readFileSync(journalFile, 'utf8')).toBe('');
    } finally {
      await reopened.close();
    }
  });

  test('LOG-6: the journal is emptied once PGlite holds all of it and it passed its size limit', async () => {
    const meetingId = meetings[1]!.meetingId;
    const database = await openDatabase({ dataDir: dir, migrate: false, journalLimitBytes: 2000 });
    try {
      const journal = journalOf(database.db)!;
      const sizes: number[] = [];
      for (let seq = 6; seq < 30; seq++) {
        await journal.append(meetingId, [record(seq, `n${seq}`)]);
        sizes.push(statSync(journalFile).size);
        // Once a read after the append returns, PGlite holds it, and past the limit the file was emptied.
        await loadEvents(database.db, meetingId, seq - 1);
        if (sizes.at(-1)! >= 2000) expect(statSync(journalFile).size).toBe(0);
      }
      expect(Math.max(...sizes)).toBeGreaterThanOrEqual(2000);
      expect(Math.max(...sizes)).toBeLessThan(2400);
      expect(sizes.filter((size, i) => size < sizes[i - 1]!).length).toBeGreaterThanOrEqual(2);
      expect(await texts(database, meetingId)).toHaveLength(29);
    } finally {
      await database.close();
    }
  });

  test('LOG-6: appends of one turn go to PGlite together, a read sent right after sees them all, and one refused append keeps none of the others out', async () => {
    const meetingId = meetings[0]!.meetingId;
    const database = await openDatabase({ dataDir: dir, migrate: false });
    try {
      const journal = journalOf(database.db)!;
      const deleted = 'a-meeting-deleted-since';
      // The first append of each meeting loads its tail; the three after it come in one turn.
      await journal.append(meetingId, [record(41, 'b41', 'een')]);
      await journal.append(deleted, [record(1, 'gone1')]);
      await Promise.all([
        journal.append(meetingId, [record(42, 'b42', 'twee')]),
        journal.append(deleted, [record(2, 'gone2')]),
        journal.append(meetingId, [record(43, null, 'drie'), record(44, 'b44', 'vier')]),
      ]);
      expect((await texts(database, meetingId)).slice(40)).toEqual(['een', 'twee', 'drie', 'vier']);
    } finally {
      await database.close();
    }
  });
});
