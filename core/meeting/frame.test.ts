import { describe, expect, it } from 'vitest';
import { methods } from '../methods/index';
import { FRAME_PARTS, type Method } from '../methods/schema';
import { currentPhase } from './derived';
import { caseGiver, chair, helper1, seated, testMethod } from './test-support';
import type { MeetingState } from './types';

/** A phase by its id, a frame stage as `frame:<stage>` (phase ids such as `decision` can equal a stage's name). */
function stepName(state: MeetingState): string {
  return currentPhase(state)?.id ?? `frame:${state.stage}`;
}

/** Every step the chair's "next" visits from the lobby to the summary: a stage name or a phase id. */
function walk(method: Method): string[] {
  const sim = seated({ method });
  const seen: string[] = [];
  for (let i = 0; i < 60; i++) {
    const decided = sim.run(chair, { type: 'advancePhase' });
    if (!decided.ok) break;
    seen.push(stepName(sim.state));
  }
  return seen;
}

/** The same walk backwards from the summary, with goBack. */
function walkBack(method: Method): string[] {
  const sim = seated({ method });
  sim.ok(chair, { type: 'openStage', stage: 'summary' });
  const seen = ['frame:summary'];
  for (let i = 0; i < 60; i++) {
    const decided = sim.run(chair, { type: 'goBack' });
    if (!decided.ok) break;
    seen.push(stepName(sim.state));
  }
  return seen.reverse();
}

/** Which part of the frame (if any) each visited step does. */
function partsDone(method: Method, seen: string[]): string[] {
  return seen.flatMap((step) => {
    if (step.startsWith('frame:')) return step === 'frame:summary' ? [] : [step.slice(6)];
    return method.phases.find((p) => p.id === step)?.frame ?? [];
  });
}

describe('one frame per method (FRAME-1)', () => {
  it.each(methods.map((m) => [m.id, m] as const))(
    'FRAME-1: %s runs every phase once and every part of the frame exactly once, by the frame or by the method',
    (_id, method) => {
      const seen = walk(method);
      expect(seen.at(-1)).toBe('frame:summary');
      // Every phase once, in the method's own order.
      const phases = seen.filter((s) => method.phases.some((p) => p.id === s));
      expect(phases).toEqual(method.phases.map((p) => p.id));
      expect(new Set(seen).size).toBe(seen.length);
      // A frame stage never runs beside a phase that stands for it.
      const own = new Set(method.phases.flatMap((p) => p.frame ?? []));
      for (const part of FRAME_PARTS) {
        const stageRuns = seen.includes(`frame:${part}`);
        expect(stageRuns, `${part}: frame stage and the method's own phase`).toBe(!own.has(part));
      }
      // The frame's order holds: check-in, case choice, casting, the work, decision, evaluation.
      const order = partsDone(method, seen).map((part) => FRAME_PARTS.indexOf(part as never));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(walkBack(method)).toEqual(seen);
    },
  );

  it('FRAME-1: a method that stands for no part runs the whole frame around its phases', () => {
    const phases = testMethod().phases.map((p) => p.id);
    expect(walk(testMethod())).toEqual([
      'frame:opening',
      'frame:inventory',
      'frame:casting',
      ...phases,
      'frame:decision',
      'frame:evaluation',
      'frame:summary',
    ]);
  });

  it('FRAME-1: the frame stages a method lacks stand where the frame puts them', () => {
    const byId = (id: string) => methods.find((m) => m.id === id)!;
    // Balint chooses its own case; the casting follows the choice, the decision and evaluation are its own.
    expect(walk(byId('balint')).slice(0, 6)).toEqual([
      'frame:opening',
      'collect',
      'pitch',
      'choose',
      'frame:casting',
      'presentation',
    ]);
    expect(walk(byId('balint')).slice(-4)).toEqual(['decision', 'sharing', 'evaluation', 'frame:summary']);
    // TGI's disturbance round is the check-in; the case is chosen after it.
    expect(walk(byId('tgi')).slice(0, 4)).toEqual([
      'disturbances',
      'frame:inventory',
      'frame:casting',
      'case',
    ]);
    // The five-step method has no decision of its own: the frame's comes before its evaluation.
    expect(walk(byId('five-step')).slice(-3)).toEqual(['frame:decision', 'evaluation', 'frame:summary']);
    expect(walk(byId('five-step')).filter((s) => s.endsWith('evaluation'))).toHaveLength(1);
    // Collegial consultation casts (and chooses the case) in its own first phase.
    expect(walk(byId('collegial-consultation')).slice(0, 3)).toEqual(['frame:opening', 'casting', 'account']);
  });

  it('FRAME-2: the evaluation is given in the method’s own evaluation phase, which stands for the stage', () => {
    const sim = seated({ method: methods.find((m) => m.id === 'sioo')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'evaluation' });
    sim.ok(caseGiver, { type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 5 });
    sim.ok(helper1, { type: 'giveEvaluation', perspectives: 3, method: 4, cooperation: 4 });
    expect(sim.state.evaluations).toHaveLength(2);
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state.stage).toBe('summary');
    // In another phase the evaluation is refused.
    sim.ok(chair, { type: 'startPhase', phaseId: 'context' });
    expect(sim.refused(helper1, { type: 'giveEvaluation', perspectives: 3, method: 4, cooperation: 4 })).toBe(
      'wrong_stage',
    );
  });

  it('FRAME-2: a phase that stands for the inventory takes pitches and votes and lets the chair choose', () => {
    const sim = seated({ method: methods.find((m) => m.id === 'incident')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'choose' });
    sim.ok(helper1, { type: 'pitchCase', text: 'A parent who shouted at me' });
    const pitchId = sim.state.pitches[0]!.id;
    sim.ok(caseGiver, { type: 'vote', pitchId });
    sim.ok(chair, { type: 'chooseCase', pitchId });
    expect(sim.state.roles.caseGiver).toBe(helper1.userId);
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state.stage).toBe('casting');
    sim.ok(chair, { type: 'advancePhase' });
    expect(currentPhase(sim.state)?.id).toBe('introduction');
    expect(sim.refused(helper1, { type: 'pitchCase', text: 'Another one' })).toBe('wrong_stage');
  });

  it('FRAME-2: the decision is recorded in the method’s own decision phase', () => {
    const sim = seated({ method: methods.find((m) => m.id === 'raguse')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'decision' });
    sim.ok(caseGiver, {
      type: 'recordDecision',
      text: 'I will ask my manager',
      actions: [{ text: 'Plan it' }],
    });
    sim.ok(chair, { type: 'advancePhase' });
    // No frame decision after the method's own: straight on to the evaluation.
    expect(sim.state.stage).toBe('evaluation');
    expect(sim.state.decision?.text).toBe('I will ask my manager');
  });
});
