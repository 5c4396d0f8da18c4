import { describe, expect, it } from 'vitest';
import { buildReport } from '../reports/build';
import { tick } from './decide';
import { airtime, currentPhase, remainingMs } from './derived';
import { caseGiver, chair, facilitator, guest, helper1, helper2, inPhase, Sim, seated } from './test-support';
import type { Actor } from './types';
import { projectEvent, viewFor } from './visibility';

const MIN = 60_000;
const admin: Actor = { userId: 'adm', name: 'Admin', groupAdmin: true };

describe('real life in the room (LIFE-*)', () => {
  it('LIFE-1: a guest who knocks during a phase is admitted and joins the end of a round', () => {
    const sim = inPhase('questions');
    expect(sim.refused(guest, { type: 'join' })).toBe('guest_not_admitted');
    sim.ok(chair, { type: 'admitGuest', userId: guest.userId, name: guest.name });
    sim.ok(guest, { type: 'join' });
    expect(sim.state.participants.map((p) => p.userId)).toContain(guest.userId);
    expect(sim.state.turn?.order.at(-1)).toBe(guest.userId);
    expect(viewFor(sim.state, guest.userId).stage).toBe('phase');
  });

  it('LIFE-2: in the lobby a group admin or a facilitator takes the chair, logged with who had it', () => {
    const sim = seated();
    sim.ok(admin, { type: 'join' });
    expect(sim.refused(helper1, { type: 'takeChair' })).toBe('not_admin_or_facilitator');
    const events = sim.ok(admin, { type: 'takeChair' });
    expect(events).toEqual([{ type: 'chairTaken', userId: admin.userId, from: chair.userId, at: sim.now }]);
    expect(sim.state.roles.chair).toBe(admin.userId);
    // The old chair now gets not_chair like anyone else.
    expect(sim.refused(chair, { type: 'openStage', stage: 'opening' })).toBe('not_chair');
    sim.ok(facilitator, { type: 'takeChair' });
    expect(sim.state.roles.chair).toBe(facilitator.userId);
  });

  it('LIFE-2: not after the lobby, not the case-giver, not a client claiming to be admin without joining', () => {
    const sim = seated();
    const adminCaseGiver: Actor = { ...caseGiver, groupAdmin: true };
    expect(sim.refused(adminCaseGiver, { type: 'takeChair' })).toBe('case_giver_cannot_chair');
    expect(sim.refused(admin, { type: 'takeChair' })).toBe('not_participant');
    sim.ok(chair, { type: 'openStage', stage: 'opening' });
    expect(sim.refused(facilitator, { type: 'takeChair' })).toBe('wrong_stage');
  });

  it('LIFE-3: a pause stops the remaining time and airtime; resuming moves the deadline by the pause', () => {
    const sim = inPhase('questions');
    const deadline = sim.state.deadline!;
    sim.wait(MIN);
    expect(sim.refused(helper1, { type: 'pauseClock' })).toBe('not_chair_or_timekeeper');
    sim.ok(chair, { type: 'pauseClock' });
    expect(sim.ok(chair, { type: 'pauseClock' })).toEqual([]);
    sim.wait(3 * MIN);
    expect(remainingMs(sim.state, sim.now)).toBe(4 * MIN);
    // The chair, a helper, holds the round's first turn.
    expect(airtime(sim.state, sim.now)[chair.userId]).toBe(MIN);
    // People go on contributing during a pause.
    sim.ok(chair, { type: 'contribute', kind: 'factualQuestion', text: 'Since when?' });
    sim.ok(chair, { type: 'resumeClock' });
    expect(sim.state.deadline).toBe(deadline + 3 * MIN);
    expect(sim.state.pausedAt).toBeNull();
    expect(remainingMs(sim.state, sim.now)).toBe(4 * MIN);
    expect(sim.ok(chair, { type: 'resumeClock' })).toEqual([]);
  });

  it('LIFE-3: auto-advance waits while paused; another step runs the clock again', () => {
    const sim = inPhase('intro', { autoAdvance: true });
    sim.ok(chair, { type: 'pauseClock' });
    sim.wait(10 * MIN);
    expect(tick(sim.state, sim.now)).toEqual([]);
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.state.pausedAt).toBeNull();
    expect(seated().refused(chair, { type: 'pauseClock' })).toBe('wrong_stage');
  });

  it('LIFE-4: undoing the skip of the running phase starts it again; a later one returns to the plan', () => {
    const sim = inPhase('intro');
    sim.ok(chair, { type: 'skipPhase', phaseId: 'intro' });
    expect(currentPhase(sim.state)?.id).toBe('questions');
    expect(sim.log.find((e) => e.type === 'phaseSkipped')).toMatchObject({ by: chair.userId });
    expect(sim.refused(helper1, { type: 'undoSkip', phaseId: 'intro' })).toBe('not_chair');
    sim.ok(chair, { type: 'undoSkip', phaseId: 'intro' });
    expect(currentPhase(sim.state)?.id).toBe('intro');
    expect(sim.state.skippedPhaseIds).toEqual([]);

    sim.ok(chair, { type: 'skipPhase', phaseId: 'write' });
    const events = sim.ok(chair, { type: 'undoSkip', phaseId: 'write' });
    expect(events).toEqual([{ type: 'phaseUnskipped', phaseId: 'write', by: chair.userId }]);
    expect(currentPhase(sim.state)?.id).toBe('intro');
    expect(sim.refused(chair, { type: 'undoSkip', phaseId: 'write' })).toBe('invalid_phase');
  });

  it('LIFE-5: a hidden contribution stays in the log, others see a placeholder, its author sees it marked', () => {
    const sim = inPhase('tgi');
    const [added] = sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'Rude remark about X' });
    const id = (added as { contribution: { id: string } }).contribution.id;
    expect(sim.refused(helper2, { type: 'hideContribution', contributionId: id })).toBe('not_chair');
    const before = sim.state;
    sim.ok(chair, { type: 'hideContribution', contributionId: id });
    const stored = sim.log.at(-1)!;
    expect(stored).toMatchObject({ type: 'contributionHidden', contributionId: id, hidden: true });
    expect(sim.state.contributions.find((c) => c.id === id)?.text).toBe('Rude remark about X');
    for (const viewer of [chair, helper2, caseGiver]) {
      const seen = viewFor(sim.state, viewer.userId).contributions.find((c) => c.id === id)!;
      expect(seen).toMatchObject({ text: '', authorId: '', hidden: true, redaction: 'removed' });
      const projected = projectEvent(before, sim.state, stored, viewer.userId);
      expect(projected !== 'resync' && projected?.shown?.[0]?.text).toBe('');
    }
    expect(viewFor(sim.state, helper1.userId).contributions.find((c) => c.id === id)).toMatchObject({
      text: 'Rude remark about X',
      hidden: true,
    });
    // Nobody reacts to it any more, and the report leaves it out.
    sim.ok(chair, { type: 'openStage', stage: 'summary' });
    const report = buildReport({
      view: viewFor(sim.state, caseGiver.userId),
      readerId: caseGiver.userId,
      names: {},
    });
    expect(JSON.stringify(report)).not.toContain('Rude remark');
    sim.ok(chair, { type: 'hideContribution', contributionId: id, hidden: false });
    expect(viewFor(sim.state, helper2.userId).contributions.find((c) => c.id === id)?.text).toBe(
      'Rude remark about X',
    );
  });

  it('LIFE-6: the chair gives the floor out of turn for one contribution, then the turn is back', () => {
    const sim = inPhase('questions');
    // The chair, a helper, holds the round's first turn.
    expect(sim.state.turn?.order[sim.state.turn.index]).toBe(chair.userId);
    expect(sim.refused(chair, { type: 'giveFloor', userId: caseGiver.userId })).toBe('no_such_participant');
    sim.ok(chair, { type: 'giveFloor', userId: helper2.userId });
    expect(sim.refused(chair, { type: 'contribute', kind: 'factualQuestion', text: 'Mine?' })).toBe(
      'not_your_turn',
    );
    sim.ok(helper2, { type: 'contribute', kind: 'factualQuestion', text: 'May I ask now?' });
    expect(sim.state.turn?.floor).toBeNull();
    expect(sim.state.turn?.order[sim.state.turn.index]).toBe(chair.userId);
    expect(sim.refused(helper2, { type: 'contribute', kind: 'factualQuestion', text: 'Again' })).toBe(
      'not_your_turn',
    );
    sim.ok(chair, { type: 'contribute', kind: 'factualQuestion', text: 'My turn' });
    expect(inPhase('intro').refused(chair, { type: 'giveFloor', userId: helper1.userId })).toBe('no_turns');
  });

  it('LIFE-7: in the background a facilitator takes no turn; without one the chair sees the prompts', () => {
    const sim = seated();
    expect(sim.refused(helper1, { type: 'setFacilitatorMode', mode: 'background' })).toBe(
      'not_chair_or_facilitator',
    );
    sim.ok(facilitator, { type: 'setFacilitatorMode', mode: 'background' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    expect(sim.state.turn?.order).not.toContain(facilitator.userId);
    const prompts = (userId: string) =>
      viewFor(sim.state, userId).method?.phases.find((p) => p.id === 'questions')?.facilitatorPrompts;
    expect(prompts(facilitator.userId)).toHaveLength(1);
    expect(prompts(chair.userId)).toEqual([]);
    const before = sim.state;
    sim.ok(chair, { type: 'setFacilitatorMode', mode: 'absent' });
    expect(prompts(chair.userId)).toHaveLength(1);
    expect(prompts(helper1.userId)).toEqual([]);
    expect(projectEvent(before, sim.state, sim.log.at(-1)!, chair.userId)).toBe('resync');
  });

  it('LIFE-7: the chair sees the prompts when no facilitator joined', () => {
    const sim = new Sim({ facilitatorUserIds: [facilitator.userId] });
    sim.ok(chair, { type: 'join' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'questions' });
    expect(viewFor(sim.state, chair.userId).method?.phases[1]?.facilitatorPrompts).toHaveLength(1);
  });

  it('LIFE-8: a phase that reveals without names shows everyone but the author no author', () => {
    const base = new Sim();
    const method = base.setup.method!;
    const anonymous = {
      ...method,
      phases: method.phases.map((p) => (p.id === 'write' ? { ...p, anonymous: true } : p)),
    };
    const sim = inPhase('write', { method: anonymous });
    sim.ok(helper1, { type: 'contribute', kind: 'advice', text: 'Try a walk' });
    sim.ok(chair, { type: 'reveal' });
    const seen = (userId: string) => viewFor(sim.state, userId).contributions[0]!;
    expect(seen(helper2.userId)).toMatchObject({ text: 'Try a walk', authorId: '', redaction: 'anonymous' });
    expect(seen(chair.userId).authorId).toBe('');
    expect(seen(helper1.userId).authorId).toBe(helper1.userId);
    sim.ok(chair, { type: 'advancePhase' });
    expect(seen(caseGiver.userId).authorId).toBe('');
  });
});
