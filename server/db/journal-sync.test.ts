import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { loadConfig } from '../config';
import { seedDataDir } from '../realtime/offline-seed';
import { loadEvents } from '../realtime/repo';
import { journalOf, openDatabase } from './client';
import { JOURNAL_FILE } from './event-journal';
import { GroupSync } from './journal-sync';

/** A fake fdatasync: records each call and lets the test finish it. */
function fakeSync() {
  const calls: (() => void)[] = [];
  const sync = ((_fd: number, done: (error: Error | null) => void) => calls.push(() => done(null))) as never;
  return { calls, sync };
}
const settledYet = async (p: Promise<void>) => {
  let settled = false;
  void p.then(() => {
    settled = true;
  });
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

describe('DURABILITY=fsync', () => {
  test('LOG-7: an append is acknowledged only after a sync that began after its write; appends during a sync share the next one', async () => {
    const { calls, sync } = fakeSync();
    const group = new GroupSync(() => 7, sync);
    const first = group.synced();
    expect(calls).toHaveLength(1);
    // Two more lines are written while the first sync runs: they may not ride on it.
    const second = group.synced();
    const third = group.synced();
    expect(calls).toHaveLength(1);
    expect(await settledYet(first)).toBe(false);
    calls[0]!();
    expect(await settledYet(first)).toBe(true);
    expect(await settledYet(second)).toBe(false);
    expect(calls).toHaveLength(2);
    calls[1]!();
    expect(await settledYet(second)).toBe(true);
    expect(await settledYet(third)).toBe(true);
    expect(calls).toHaveLength(2);
  });

  test('a failed sync refuses the appends that waited for it', async () => {
    const group = new GroupSync(() => 7, ((_fd: number, done: (error: Error | null) => void) =>
      done(new Error('EIO'))) as never);
    await expect(group.synced()).rejects.toThrow('EIO');
  });

  test('the setting is read from the environment; anything but write or fsync stops the start', () => {
    const base = { AUTH_SECRET: 'x'.repeat(32), DATA_DIR: tmpdir() };
    expect(loadConfig(base).durability).toBe('write');
    expect(loadConfig({ ...base, DURABILITY: 'fsync' }).durability).toBe('fsync');
    expect(() => loadConfig({ ...base, DURABILITY: 'always' })).toThrow(/DURABILITY/);
  });

  describe('on a data folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kring-fsync-'));
    let meetingId: string;
    beforeAll(async () => {
      cpSync(inject('pgliteTemplateDir'), dir, { recursive: true });
      const seeded = await seedDataDir({ dataDir: dir, meetings: 1, peoplePerMeeting: 3, poolSize: 3 });
      meetingId = seeded[0]!.meetingId;
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('LOG-7: with fsync the journal is emptied only in a quiet moment after PGlite was flushed, and nothing is lost', async () => {
      const database = await openDatabase({
        dataDir: dir,
        migrate: false,
        journalLimitBytes: 500,
        durability: 'fsync',
      });
      const journal = journalOf(database.db)!;
      const file = join(dir, JOURNAL_FILE);
      const at = new Date().toISOString();
      for (let seq = 1; seq <= 12; seq++) {
        const row = {
          seq,
          type: 't',
          payload: { text: `regel ${seq}` },
          actor_id: null,
          command_id: `c${seq}`,
          at,
        };
        await journal.append(meetingId, [row]);
      }
      // Every acknowledged line is in the file at once; PGlite catches up behind it.
      expect(readFileSync(file, 'utf8')).toContain('regel 12');
      await loadEvents(database.db, meetingId);
      for (let i = 0; i < 100 && statSync(file).size > 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(statSync(file).size).toBe(0);
      await database.close();
      const reopened = await openDatabase({ dataDir: dir, migrate: false, durability: 'fsync' });
      try {
        expect((await loadEvents(reopened.db, meetingId)).filter((e) => e.seq > 0)).toHaveLength(12);
      } finally {
        await reopened.close();
      }
    }, 120_000);
  });
});
