import { describe, expect, it } from 'vitest';
import { parseCommand } from './commands';
import { caseGiver, chair, facilitator, helper1, helper2, inPhase, observer, seated } from './test-support';

describe('contributions', () => {
  it('CONTRIB-1: only the case-giver contributes in a case-giver phase; helpers only in a helpers phase', () => {
    const sim = inPhase('intro');
    expect(sim.refused(helper1, { type: 'contribute', kind: 'note', text: 'Me too' })).toBe(
      'may_not_contribute',
    );
    sim.ok(caseGiver, { type: 'contribute', kind: 'note', text: 'It happened on Monday' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'levels' });
    expect(sim.refused(caseGiver, { type: 'contribute', kind: 'diagnosis', text: 'Mine' })).toBe(
      'may_not_contribute',
    );
    sim.ok(helper1, { type: 'contribute', kind: 'diagnosis', text: 'Beliefs' });
  });

  it('CONTRIB-1: observers never contribute, nobody contributes in a silent phase or in the lobby', () => {
    const sim = seated();
    expect(sim.refused(helper1, { type: 'contribute', kind: 'note', text: 'Hi' })).toBe('wrong_stage');
    sim.ok(observer, { type: 'join' });
    sim.ok(chair, { type: 'assignRole', role: 'observer', userId: observer.userId });
    sim.ok(chair, { type: 'startPhase', phaseId: 'tgi' });
    expect(sim.refused(observer, { type: 'contribute', kind: 'note', text: 'I saw' })).toBe(
      'observer_listens_only',
    );
    sim.ok(chair, { type: 'startPhase', phaseId: 'weigh' });
    expect(sim.refused(helper1, { type: 'contribute', kind: 'note', text: 'Hm' })).toBe('may_not_contribute');
  });

  it('CONTRIB-2: a case-giver who listens only, is turned away or out of the room does not contribute', () => {
    const sim = inPhase('forces');
    sim.ok(caseGiver, {
      type: 'contribute',
      kind: 'force',
      text: 'Budget',
      force: { direction: 'restraining' },
    });
    for (const phaseId of ['write', 'gossip', 'away']) {
      sim.ok(chair, { type: 'startPhase', phaseId });
      const kind = sim.state.method!.phases[sim.state.phaseIndex!]!.contributionKinds[0]!;
      expect(sim.refused(caseGiver, { type: 'contribute', kind, text: 'Let me say' })).toBe(
        'case_giver_listens_only',
      );
    }
  });

  it('CONTRIB-3: only the author edits or withdraws a contribution', () => {
    const sim = inPhase('tgi');
    sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'First thought' });
    const id = sim.state.contributions[0]!.id;
    expect(sim.refused(helper2, { type: 'editContribution', contributionId: id, text: 'Mine now' })).toBe(
      'not_own_contribution',
    );
    expect(sim.refused(chair, { type: 'withdrawContribution', contributionId: id })).toBe(
      'not_own_contribution',
    );
    sim.ok(helper1, { type: 'editContribution', contributionId: id, text: 'Second thought' });
    expect(sim.state.contributions[0]).toMatchObject({ text: 'Second thought', editedAt: sim.now });
    sim.ok(helper1, { type: 'withdrawContribution', contributionId: id });
    expect(sim.state.contributions).toEqual([]);
  });

  it('CONTRIB-4: edits stop when the phase ends; withdrawing is still possible', () => {
    const sim = inPhase('tgi');
    sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'Thought' });
    const id = sim.state.contributions[0]!.id;
    sim.ok(chair, { type: 'advancePhase' });
    expect(sim.refused(helper1, { type: 'editContribution', contributionId: id, text: 'Later' })).toBe(
      'phase_closed',
    );
    sim.ok(helper1, { type: 'withdrawContribution', contributionId: id });
    expect(sim.refused(helper1, { type: 'withdrawContribution', contributionId: id })).toBe(
      'no_such_contribution',
    );
  });

  it('CONTRIB-5: nobody can act on private writing of someone else', () => {
    const sim = inPhase('forces');
    sim.ok(helper1, { type: 'contribute', kind: 'force', text: 'Time', force: { direction: 'driving' } });
    const id = sim.state.contributions[0]!.id;
    expect(sim.refused(chair, { type: 'tagLevel', contributionId: id, tag: 'i' })).toBe(
      'no_such_contribution',
    );
    expect(sim.refused(helper2, { type: 'withdrawContribution', contributionId: id })).toBe(
      'no_such_contribution',
    );
  });

  it('CONTRIB-6: kind, force direction and tag must fit the phase', () => {
    const sim = inPhase('levels');
    expect(sim.refused(helper1, { type: 'contribute', kind: 'advice', text: 'Do X' })).toBe(
      'kind_not_allowed',
    );
    expect(
      sim.refused(helper1, {
        type: 'contribute',
        kind: 'diagnosis',
        text: 'X',
        force: { direction: 'driving' },
      }),
    ).toBe('invalid_force');
    expect(sim.refused(helper1, { type: 'contribute', kind: 'diagnosis', text: 'X', tag: 'globe' })).toBe(
      'tag_not_allowed',
    );
    sim.ok(helper1, { type: 'contribute', kind: 'diagnosis', text: 'X', tag: 'identity' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'forces' });
    expect(sim.refused(helper1, { type: 'contribute', kind: 'force', text: 'No direction' })).toBe(
      'invalid_force',
    );
  });

  it('CONTRIB-7: the case-giver answers and rates where the phase allows it, others cannot', () => {
    const sim = inPhase('questions');
    sim.ok(chair, { type: 'contribute', kind: 'factualQuestion', text: 'When did it start?' });
    const id = sim.state.contributions[0]!.id;
    expect(sim.refused(helper1, { type: 'answerQuestion', contributionId: id, text: 'Monday' })).toBe(
      'not_case_giver',
    );
    sim.ok(caseGiver, { type: 'answerQuestion', contributionId: id, text: 'Last Monday' });
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: id, rating: 4 });
    expect(sim.state.contributions[0]).toMatchObject({ answer: 'Last Monday', rating: 4 });
    sim.ok(chair, { type: 'startPhase', phaseId: 'tgi' });
    expect(sim.refused(caseGiver, { type: 'answerQuestion', contributionId: id, text: 'More' })).toBe(
      'answers_not_allowed',
    );
    expect(sim.refused(caseGiver, { type: 'rateContribution', contributionId: id, rating: 2 })).toBe(
      'ratings_not_allowed',
    );
  });

  it('CONTRIB-7: everyone but observers weighs each force once, a new weight replaces the old', () => {
    const sim = inPhase('forces');
    sim.ok(observer, { type: 'join' });
    sim.ok(chair, { type: 'assignRole', role: 'observer', userId: observer.userId });
    sim.ok(helper1, { type: 'contribute', kind: 'force', text: 'Time', force: { direction: 'driving' } });
    const id = sim.state.contributions[0]!.id;
    sim.ok(chair, { type: 'reveal' });
    expect(sim.refused(helper2, { type: 'weighForce', contributionId: id, weight: 5 })).toBe(
      'weighing_not_allowed',
    );
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(helper2, { type: 'weighForce', contributionId: id, weight: 5 });
    sim.ok(helper2, { type: 'weighForce', contributionId: id, weight: 7 });
    sim.ok(caseGiver, { type: 'weighForce', contributionId: id, weight: 9 });
    expect(sim.refused(observer, { type: 'weighForce', contributionId: id, weight: 1 })).toBe(
      'observer_listens_only',
    );
    expect(sim.state.contributions[0]!.weights).toEqual({ h2: 7, cg: 9 });
    sim.ok(chair, { type: 'startPhase', phaseId: 'tgi' });
    sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'Not a force' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'weigh' });
    const note = sim.state.contributions[1]!.id;
    expect(sim.refused(helper1, { type: 'weighForce', contributionId: note, weight: 3 })).toBe('not_a_force');
  });

  it('CONTRIB-8: everyone may write a check-in note in the opening', () => {
    const sim = seated();
    sim.ok(chair, { type: 'openStage', stage: 'opening' });
    for (const a of [chair, caseGiver, helper1, facilitator]) {
      sim.ok(a, { type: 'contribute', kind: 'note', text: `${a.name} arrives` });
    }
    expect(sim.state.contributions.map((c) => c.phaseId)).toEqual([
      '@opening',
      '@opening',
      '@opening',
      '@opening',
    ]);
    expect(sim.refused(helper1, { type: 'contribute', kind: 'advice', text: 'x' })).toBe('kind_not_allowed');
  });

  it('CONTRIB-9: the author, the chair or the scribe sets a tag', () => {
    const sim = inPhase('levels');
    sim.ok(helper1, { type: 'contribute', kind: 'diagnosis', text: 'About who she is' });
    const id = sim.state.contributions[0]!.id;
    expect(sim.refused(helper2, { type: 'tagLevel', contributionId: id, tag: 'identity' })).toBe(
      'not_own_contribution',
    );
    sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: helper2.userId });
    sim.ok(helper2, { type: 'tagLevel', contributionId: id, tag: 'identity' });
    sim.ok(chair, { type: 'tagLevel', contributionId: id, tag: 'mission' });
    expect(sim.refused(helper1, { type: 'tagLevel', contributionId: id, tag: 'we' })).toBe('tag_not_allowed');
    expect(sim.state.contributions[0]!.tag).toBe('mission');
  });

  it('CONTRIB-10: a text over 2000 characters is malformed', () => {
    expect(parseCommand({ type: 'contribute', kind: 'note', text: 'x'.repeat(2001) })).toBeNull();
    expect(parseCommand({ type: 'contribute', kind: 'note', text: 'x'.repeat(2000) })).not.toBeNull();
    expect(parseCommand({ type: 'pitchCase', text: 'x'.repeat(601) })).toBeNull();
    expect(parseCommand({ type: 'contribute', kind: 'note', text: '   ' })).toBeNull();
  });
});

describe('closing', () => {
  it('FLAG-1: anyone raises a process flag, the chair resolves it', () => {
    const sim = inPhase('questions');
    sim.ok(caseGiver, { type: 'raiseFlag', reason: 'advice', text: 'That was advice' });
    const flagId = sim.state.flags[0]!.id;
    expect(sim.state.flags[0]).toMatchObject({ raisedBy: 'cg', phaseId: 'questions', resolved: false });
    expect(sim.refused(helper1, { type: 'resolveFlag', flagId })).toBe('not_chair');
    sim.ok(chair, { type: 'resolveFlag', flagId });
    expect(sim.state.flags[0]!.resolved).toBe(true);
    expect(sim.refused(chair, { type: 'resolveFlag', flagId: 'f999' })).toBe('no_such_flag');
  });

  it('CLOSE-1: the case-giver or the scribe records the decision; a new one replaces it', () => {
    const sim = seated();
    expect(sim.refused(caseGiver, { type: 'recordDecision', text: 'Too soon' })).toBe('wrong_stage');
    sim.ok(chair, { type: 'openStage', stage: 'decision' });
    expect(sim.refused(helper1, { type: 'recordDecision', text: 'I decide' })).toBe(
      'not_case_giver_or_scribe',
    );
    sim.ok(caseGiver, { type: 'recordDecision', text: 'Talk first', actions: [{ text: 'Call her' }] });
    sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: helper1.userId });
    sim.ok(helper1, {
      type: 'recordDecision',
      text: 'Talk first, then write',
      actions: [{ text: 'Call her', due: '2026-12-01' }],
    });
    expect(sim.state.decision).toMatchObject({ text: 'Talk first, then write', by: 'h1' });
    expect(
      sim.refused(caseGiver, {
        type: 'recordDecision',
        text: 'x',
        actions: [{ text: 'a', ownerId: 'nobody' }],
      }),
    ).toBe('no_such_participant');
  });

  it('CLOSE-2: one evaluation per person; only the case-giver says whether they felt heard', () => {
    const sim = seated();
    const evaluation = { type: 'giveEvaluation', perspectives: 4, method: 3, cooperation: 5 } as const;
    expect(sim.refused(helper1, evaluation)).toBe('wrong_stage');
    sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
    expect(sim.refused(helper1, { ...evaluation, heard: 5 })).toBe('not_case_giver');
    sim.ok(caseGiver, { ...evaluation, heard: 5 });
    sim.ok(helper1, evaluation);
    sim.ok(helper1, { ...evaluation, method: 1 });
    expect(sim.state.evaluations).toHaveLength(2);
    expect(sim.state.evaluations.find((e) => e.userId === 'h1')!.method).toBe(1);
  });

  it('CLOSE-3: a learning point is private by default and only its author shares it', () => {
    const sim = seated();
    sim.ok(helper1, { type: 'learningPoint', text: 'Ask before advising' });
    const id = sim.state.learningPoints[0]!.id;
    expect(sim.state.learningPoints[0]!.shared).toBe(false);
    expect(sim.refused(helper2, { type: 'shareLearningPoint', learningPointId: id, shared: true })).toBe(
      'not_own_learning_point',
    );
    sim.ok(helper1, { type: 'shareLearningPoint', learningPointId: id, shared: true });
    expect(sim.state.learningPoints[0]!.shared).toBe(true);
  });
});
