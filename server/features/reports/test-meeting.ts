import { parseCommand } from '../../../core/meeting/commands';
import { decide } from '../../../core/meeting/decide';
import { evolve } from '../../../core/meeting/evolve';
import { initialState } from '../../../core/meeting/state';
import type { StoredEvent } from '../../../core/meeting/types';
import { appendEvents, findMeeting } from '../../realtime/repo';
import { frozenSetup } from '../../realtime/setup';
import { testMethodOf, testPhase } from '../../realtime/test-method';
import { signUp, type TestApp } from '../../test/app';

/** Someone who acts in a test meeting; guests have no cookie that reads reports. */
export type Member = { cookie: string; id: string; name: string; guest?: boolean };

/** Signs up one person per name, each with a unique address (in `email`), for a test meeting. */
export async function signUpPeople<const N extends string[]>(
  t: TestApp,
  names: N,
): Promise<{ [K in keyof N]: Member & { email: string } }> {
  const people: (Member & { email: string })[] = [];
  for (const name of names) {
    const email = `p.${Date.now()}.${Math.random().toString(36).slice(2)}@example.nl`;
    const { cookie, user } = await signUp(t.app, { email, name });
    people.push({ cookie, id: user.id, name, email });
  }
  return people as { [K in keyof N]: Member & { email: string } };
}

/** A two-phase method: questions the case-giver answers and rates, then advice. */
export const reportMethod = testMethodOf('report-test', { nl: 'Verslagmethode', en: 'Report method' }, [
  testPhase('ask', 'helpers', 'question', { caseGiverAnswers: true, caseGiverRates: true }),
  testPhase('advise', 'helpers', 'advice'),
]);

/**
 * Drives the core engine with real user ids and stores its events, as the live room would; a step may
 * carry the server time (ms) it happens at, for tests of presence over time. A step without one happens
 * now, at least a millisecond after the last such step (it waits for that): on a quick machine a whole
 * meeting would otherwise fit in one millisecond, and nobody in it would have been present at all (REG-1).
 */
export async function play(
  t: TestApp,
  meetingId: string,
  steps: [Member, Record<string, unknown>, number?][],
) {
  const { db } = t.database;
  let state = initialState(await frozenSetup(db, (await findMeeting(db, meetingId))!));
  let seq = 0;
  let last = 0;
  for (const [who, raw, given] of steps) {
    let at = given;
    if (at === undefined) {
      while (Date.now() <= last) await new Promise((r) => setTimeout(r, 1));
      at = last = Date.now();
    }
    const actor = { userId: who.id, name: who.name, ...(who.guest ? { guest: true } : {}) };
    const decided = decide(state, parseCommand(raw)!, actor, at);
    if (!decided.ok) throw new Error(`${raw.type}: ${decided.rejection.code}`);
    const rows = decided.events.map(({ type, ...payload }, i) => ({
      seq: seq + i + 1,
      type,
      payload,
      actorId: who.id,
      commandId: null,
      at: new Date(at),
    }));
    await appendEvents(db, meetingId, rows, false);
    for (const e of decided.events) state = evolve(state, { ...e, seq: ++seq, at } as StoredEvent);
  }
}

/** A member's request for the meeting's report: `.md` or `.pdf` as `ext`, `?case=n` as `query`. */
export const readReport = (t: TestApp, meetingId: string, who: Member, ext = '', query = '') =>
  t.app.inject({
    method: 'GET',
    url: `/api/meetings/${meetingId}/report${ext}${query}`,
    headers: { cookie: who.cookie },
  });

export { pdfText } from '../../test/pdf-text';
