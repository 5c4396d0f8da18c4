import { describe, expect, it } from 'vitest';
import type { EngineCommandInput } from '../meeting/commands';
import { partsNow } from '../meeting/plan';
import { currentPhase } from '../meeting/rules';
import type { Actor, MeetingState, StoredEvent } from '../meeting/types';
import {
  DEMO_CHOICES,
  type DemoMethodId,
  type DemoRole,
  demoCase,
  demoMethod,
  SIMULATED,
  VISITOR_ID,
} from './demo';
import { DemoRun } from './demo-run';
import { seededRandom } from './random';

const visitor: Actor = { userId: VISITOR_ID, name: 'Bezoeker' };
const START = 1_700_000_000_000;
const SECOND = 1000;

/**
 * A visitor who does their part as a person would: joins, writes one thing where they may, answers the
 * questions put to them, decides and evaluates, and says they are ready; one action every few seconds.
 */
function visitorMove(state: MeetingState, wrote: Set<string>): EngineCommandInput | null {
  const cg = state.roles.caseGiver === VISITOR_ID;
  const phase = currentPhase(state);
  const step = `${state.stage}:${state.phaseIndex}`;
  if (!state.participants.some((p) => p.userId === VISITOR_ID)) return { type: 'join' };
  const open = state.contributions.find((c) => c.kind.endsWith('uestion') && c.answer === null);
  if (cg && open) return { type: 'answerQuestion', contributionId: open.id, text: 'Dat weet ik nog niet.' };
  if (phase && !wrote.has(step) && phase.contributionKinds.length > 0) {
    wrote.add(step);
    return { type: 'contribute', kind: phase.contributionKinds[0]!, text: 'Wat ik denk, is dit.' };
  }
  const holder = state.turn?.order[state.turn.index];
  if (phase && holder === VISITOR_ID) return { type: 'passTurn' };
  if (cg && partsNow(state).includes('decision') && !state.decision)
    return { type: 'recordDecision', text: 'Ik ga het gesprek aan.', actions: [] };
  const evaluating = state.stage === 'summary' || partsNow(state).includes('evaluation');
  if (evaluating && !state.evaluations.some((e) => e.userId === VISITOR_ID))
    return {
      type: 'giveEvaluation',
      perspectives: 4,
      method: 5,
      cooperation: 4,
      ...(cg ? { heard: 5 } : {}),
    };
  if (!state.ready.includes(VISITOR_ID)) return { type: 'markReady' };
  return null;
}

/** Runs a whole demo on a fake clock, a second at a time; the visitor acts every `visitorEvery` seconds. */
function runDemo(
  methodId: DemoMethodId,
  role: DemoRole,
  seed: number,
  locale: 'nl' | 'en' = 'nl',
  visitorEvery = 7,
) {
  const run = new DemoRun(
    { demoId: 'd1', methodId, role, locale, visitorName: visitor.name },
    seededRandom(seed),
  );
  const wrote = new Set<string>();
  const refusedVisitor: string[] = [];
  let now = START;
  for (let second = 0; second < 20 * 60 && run.state.endedAt === null; second++) {
    now = START + second * SECOND;
    if (second % visitorEvery === 0) {
      const move = visitorMove(run.state, wrote);
      if (move) {
        const result = run.command(visitor, move, now);
        if ('rejection' in result) refusedVisitor.push(`${move.type}:${result.rejection.code}`);
      }
    }
    run.advance(now);
  }
  return { run, minutes: (now - START) / 60_000, refusedVisitor };
}

const simulatedIds = new Set(SIMULATED.map((a) => a.userId));
const bySimulated = (log: StoredEvent[]) =>
  log.filter(
    (e): e is Extract<StoredEvent, { type: 'contributionAdded' }> =>
      e.type === 'contributionAdded' && simulatedIds.has(e.contribution.authorId),
  );

describe('demo meeting simulation (DEMO-2)', () => {
  for (const { methodId } of DEMO_CHOICES) {
    for (const role of ['caseGiver', 'helper'] as const) {
      it(`DEMO-2: a visitor as ${role} finishes a ${methodId} demo within 10 minutes`, () => {
        const { run, minutes } = runDemo(methodId, role, 42);
        expect(run.state.stage).toBe('ended');
        // The clock plans 5–10 minutes; a visitor who keeps up is done sooner, but not in a rush.
        const planned = demoMethod(methodId).durationMinutes;
        expect(planned).toBeGreaterThanOrEqual(5);
        expect(planned).toBeLessThanOrEqual(10);
        expect(minutes).toBeGreaterThan(2.5);
        expect(minutes).toBeLessThanOrEqual(10);
        expect(run.state.roles.caseGiver).toBe(role === 'caseGiver' ? VISITOR_ID : 'sim-b');
        // Every phase of the shortened method ran, and the simulated people wrote in it.
        const method = demoMethod(methodId);
        const started = run.log.filter((e) => e.type === 'phaseStarted').map((e) => e.phaseId);
        expect(started).toEqual(method.phases.map((p) => p.id));
        const simulated = bySimulated(run.log);
        expect(simulated.length).toBeGreaterThanOrEqual(5);
        // What they write fits the phase (the engine took it) and comes from the case's script.
        const { script } = demoCase(methodId);
        const lines = JSON.stringify(script);
        for (const e of simulated) expect(lines).toContain(JSON.stringify(e.contribution.text).slice(1, -1));
        expect(run.state.evaluations.map((e) => e.userId).sort()).toEqual(
          [...SIMULATED.map((a) => a.userId), VISITOR_ID].sort(),
        );
        expect(run.state.decision).not.toBeNull();
      });
    }
  }

  it('DEMO-2: the same seed, clock and visitor give the same meeting; another seed another pace', () => {
    const a = runDemo('incident', 'helper', 7).run.log;
    const b = runDemo('incident', 'helper', 7).run.log;
    const c = runDemo('incident', 'helper', 8).run.log;
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c)).not.toBe(JSON.stringify(a));
  });

  it('DEMO-2: simulated colleagues write at a natural pace, never two lines within five seconds', () => {
    const { run } = runDemo('five-step', 'caseGiver', 3);
    const times = bySimulated(run.log).map((e) => e.at);
    for (let i = 1; i < times.length; i++)
      expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(5 * SECOND);
  });

  it('DEMO-2: they speak the visitor’s language', () => {
    const { run } = runDemo('troika', 'helper', 5, 'en');
    const { script } = demoCase('troika');
    const english = new Set(
      Object.values(script)
        .flat()
        .flatMap((v) => (typeof v === 'object' ? [JSON.stringify(v)] : [])),
    );
    expect(english.size).toBeGreaterThan(0);
    const texts = bySimulated(run.log).map((e) => e.contribution.text);
    expect(texts).toContain(script.situation[0]!.en);
    expect(texts.some((t) => script.situation.some((s) => s.nl === t))).toBe(false);
  });

  it('DEMO-2: a simulated case-giver answers the visitor’s questions too', () => {
    const { run } = runDemo('five-step', 'helper', 11, 'nl', 3);
    const asked = run.state.contributions.filter((c) => c.authorId === VISITOR_ID && c.kind === 'question');
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.answer).toBeTruthy();
  });

  it('DEMO-2: a visitor who does nothing still sees the meeting run to its end in time', () => {
    const { run, minutes } = runDemo('incident', 'helper', 9, 'nl', 10_000);
    // Only the join (second 0): then the clock and the simulated chair carry it, the summary waits a while.
    expect(run.state.stage).toBe('ended');
    expect(minutes).toBeLessThanOrEqual(20);
  });
});
