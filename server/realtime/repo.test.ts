import { afterAll, beforeAll, expect, test } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { appendEvents, DuplicateCommand, type EventRow, findCommand, loadEvents, SeqConflict } from './repo';
import { seedGroupMeeting } from './seed';

const row = (seq: number, commandId: string | null, text = `vraag ${seq}`): EventRow => ({
  seq,
  type: 'contributed',
  payload: { kind: 'question', text, quote: 'it\'s "quoted" \\ and ü' },
  actorId: 'guest:1',
  commandId,
  at: new Date(Date.UTC(2026, 10, 23, 9, 30, seq)),
});

describeEachDatabase('the meeting log', (kind) => {
  let t: TestApp;
  let meetingId: string;
  let userId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const { user } = await signUp(t.app, { email: `log.${Date.now()}@example.nl`, name: 'Lotte Log' });
    userId = user.id;
    ({ meetingId } = await seedGroupMeeting(t.database.db, [user.id]));
  });
  afterAll(() => t.close());

  test('LOG-1: a command’s events are stored together, in order, exactly as given', async () => {
    const rows = [row(1, null), row(2, null), row(3, 'cmd-a')];
    await appendEvents(t.database.db, meetingId, rows, false);
    expect(await loadEvents(t.database.db, meetingId)).toEqual(rows);
    expect(await loadEvents(t.database.db, meetingId, 2)).toEqual([rows[2]]);
    expect(await findCommand(t.database.db, meetingId, 'cmd-a')).toBe(3);
  });

  test('LOG-2: a seq that is taken is a conflict, and nothing of that command is stored', async () => {
    const attempt = appendEvents(t.database.db, meetingId, [row(4, null), row(3, 'cmd-b')], false);
    await expect(attempt).rejects.toBeInstanceOf(SeqConflict);
    expect((await loadEvents(t.database.db, meetingId)).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await findCommand(t.database.db, meetingId, 'cmd-b')).toBeNull();
  });

  test('LOG-3: a command stored before is a duplicate, never stored twice', async () => {
    const attempt = appendEvents(t.database.db, meetingId, [row(4, 'cmd-a')], false);
    await expect(attempt).rejects.toBeInstanceOf(DuplicateCommand);
    expect(await loadEvents(t.database.db, meetingId)).toHaveLength(3);
  });

  test('LOG-5: appends from many meetings at once are each stored, and one that conflicts fails alone', async () => {
    const { db } = t.database;
    const others = [];
    for (let i = 0; i < 6; i++) others.push((await seedGroupMeeting(db, [userId], `Kring ${i}`)).meetingId);
    for (const id of others) await appendEvents(db, id, [row(1, `first-${id}`)], false);
    // All at once: five new events and one that takes a seq already stored.
    const results = await Promise.allSettled(
      others.map((id, i) => appendEvents(db, id, [row(i === 3 ? 1 : 2, `second-${id}`)], false)),
    );
    expect(results.map((r) => r.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect((results[3] as PromiseRejectedResult).reason).toBeInstanceOf(SeqConflict);
    for (const [i, id] of others.entries()) {
      const stored = await loadEvents(db, id);
      expect(stored.map((e) => e.commandId)).toEqual(
        i === 3 ? [`first-${id}`] : [`first-${id}`, `second-${id}`],
      );
    }
  });
});
