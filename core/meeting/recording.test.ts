import { describe, expect, it } from 'vitest';
import type { EngineCommandInput, RecordableCommand } from './commands';
import { caseGiver, chair, facilitator, helper1, helper2, inPhase, type Sim, seated } from './test-support';
import { everyone, projectsExactly } from './test-views';
import type { Actor } from './types';
import { viewFor } from './visibility';

const scribe = helper2;

/** A seated meeting with helper two as scribe, in the given way of working and phase. */
function recording(mode: 'recorded' | 'mixed', phaseId: string): Sim {
  const sim = inPhase(phaseId);
  sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: scribe.userId });
  sim.ok(chair, { type: 'setTalkMode', mode });
  return sim;
}

const record = (speaker: Actor, command: RecordableCommand | EngineCommandInput): EngineCommandInput =>
  ({ type: 'record', speakerId: speaker.userId, command }) as EngineCommandInput;

/** Runs a command and checks that every participant's view follows from the projected events (VIS-8). */
const runsExactly = (sim: Sim, by: Actor, command: EngineCommandInput) =>
  projectsExactly(sim, () => sim.ok(by, command));

describe('the way of working', () => {
  it('TALK-1: everyone types unless the chair chooses otherwise, in the lobby or live', () => {
    const sim = seated();
    expect(sim.state.talkMode).toBe('typed');
    expect(sim.refused(helper1, { type: 'setTalkMode', mode: 'recorded' })).toBe('not_chair');
    expect(sim.ok(chair, { type: 'setTalkMode', mode: 'recorded' })).toEqual([
      { type: 'talkModeSet', mode: 'recorded', by: chair.userId },
    ]);
    expect(sim.ok(chair, { type: 'setTalkMode', mode: 'recorded' })).toEqual([]);
    sim.ok(chair, { type: 'startPhase', phaseId: 'intro' });
    sim.ok(chair, { type: 'setTalkMode', mode: 'mixed' });
    expect(viewFor(sim.state, helper1.userId).talkMode).toBe('mixed');
  });
});

describe('recording what is said', () => {
  it('TALK-2: only the chair or the scribe records, and not while everyone types', () => {
    const sim = inPhase('intro');
    sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: scribe.userId });
    const said = { type: 'contribute', kind: 'note', text: 'It began in May' } as const;
    const told = record(caseGiver, said);
    expect(sim.refused(scribe, told)).toBe('recording_off');
    sim.ok(chair, { type: 'setTalkMode', mode: 'recorded' });
    expect(sim.refused(helper1, told)).toBe('not_recorder');
    expect(sim.refused(facilitator, told)).toBe('not_recorder');
    expect(sim.refused(scribe, { type: 'record', speakerId: 'nobody', command: said })).toBe(
      'no_such_participant',
    );
    sim.ok(scribe, told);
    sim.ok(chair, record(caseGiver, { type: 'contribute', kind: 'note', text: 'Then it got worse' }));
    expect(sim.state.contributions.map((c) => [c.authorId, c.recordedBy, c.text])).toEqual([
      [caseGiver.userId, scribe.userId, 'It began in May'],
      [caseGiver.userId, chair.userId, 'Then it got worse'],
    ]);
  });

  it('TALK-3: a case-giver who listens only cannot be recorded as speaking', () => {
    const sim = recording('recorded', 'write');
    const said = record(caseGiver, { type: 'contribute', kind: 'advice', text: 'I would quit' });
    expect(sim.refused(scribe, said)).toBe('case_giver_listens_only');
    expect(sim.state.contributions).toEqual([]);
  });

  it('TALK-3: in a round only the turn holder is recorded, and the turn then moves on', () => {
    const sim = recording('recorded', 'questions');
    const [first, second] = sim.state.turn!.order as [string, string];
    const speaker = everyone.find((a) => a.userId === second)!;
    const ask = (text: string) => ({ type: 'contribute', kind: 'factualQuestion', text }) as const;
    expect(sim.refused(scribe, record(speaker, ask('Who decided?')))).toBe('not_your_turn');
    const holder = everyone.find((a) => a.userId === first)!;
    runsExactly(sim, scribe, record(holder, ask('When did it start?')));
    expect(sim.state.turn!.order[sim.state.turn!.index]).toBe(second);
    // The case-giver's answer may be noted too: the same rules as their own (MAT-2).
    const id = sim.state.contributions[0]!.id;
    sim.ok(scribe, record(caseGiver, { type: 'answerQuestion', contributionId: id, text: 'In May' }));
    expect(
      sim.refused(scribe, record(helper1, { type: 'answerQuestion', contributionId: id, text: 'x' })),
    ).toBe('not_case_giver');
    // The chair moves the round on when someone has nothing to say (TURN-3).
    sim.ok(chair, { type: 'passTurn' });
    expect(sim.state.turn!.index).not.toBe(1);
    expect(sim.state.contributions[0]!.answer).toBe('In May');
  });

  it('TALK-4: private writing noted for someone stays theirs until the reveal, the recorder sees the placeholder', () => {
    const sim = recording('mixed', 'write');
    runsExactly(sim, scribe, record(helper1, { type: 'contribute', kind: 'advice', text: 'Ask for help' }));
    const [c] = sim.state.contributions;
    expect(c).toMatchObject({ authorId: helper1.userId, recordedBy: scribe.userId, private: true });
    expect(viewFor(sim.state, helper1.userId).contributions[0]!.text).toBe('Ask for help');
    for (const who of [scribe, chair, caseGiver]) {
      expect(viewFor(sim.state, who.userId).contributions[0]).toMatchObject({
        text: '',
        redaction: 'hidden',
      });
      expect(viewFor(sim.state, who.userId).contributions[0]!.recordedBy).toBeUndefined();
    }
    runsExactly(sim, chair, { type: 'reveal' });
    expect(viewFor(sim.state, scribe.userId).contributions[0]!.text).toBe('Ask for help');
  });

  it('TALK-4: a turned-away case-giver sees neither who said it nor who noted it', () => {
    const sim = recording('recorded', 'gossip');
    runsExactly(sim, scribe, record(helper1, { type: 'contribute', kind: 'hypothesis', text: 'Fear' }));
    const seen = viewFor(sim.state, caseGiver.userId).contributions[0]!;
    expect(seen).toMatchObject({ text: 'Fear', authorId: '', redaction: 'anonymous' });
    expect('recordedBy' in seen).toBe(false);
    runsExactly(sim, chair, { type: 'advancePhase' });
    expect(viewFor(sim.state, caseGiver.userId).contributions[0]).toMatchObject({
      authorId: helper1.userId,
      recordedBy: scribe.userId,
    });
  });

  it('TALK-4: recording for oneself is simply contributing', () => {
    const sim = recording('recorded', 'tgi');
    sim.ok(scribe, record(scribe, { type: 'contribute', kind: 'note', text: 'Mine' }));
    expect(sim.state.contributions[0]!.recordedBy).toBeUndefined();
  });

  it('TALK-5: the recorder who noted it corrects or withdraws it; another helper may not', () => {
    const sim = recording('recorded', 'tgi');
    sim.ok(scribe, record(helper1, { type: 'contribute', kind: 'note', text: 'Tiem' }));
    const id = sim.state.contributions[0]!.id;
    expect(sim.refused(chair, { type: 'editContribution', contributionId: id, text: 'x' })).toBe(
      'not_own_contribution',
    );
    sim.ok(scribe, { type: 'editContribution', contributionId: id, text: 'Team' });
    expect(sim.state.contributions[0]).toMatchObject({ text: 'Team', authorId: helper1.userId });
    sim.ok(helper1, { type: 'withdrawContribution', contributionId: id });
    sim.ok(scribe, record(helper1, { type: 'contribute', kind: 'note', text: 'Twice' }));
    sim.ok(scribe, { type: 'withdrawContribution', contributionId: sim.state.contributions[0]!.id });
    expect(sim.state.contributions).toEqual([]);
  });

  it('TALK-6: with one device recording, phones do not type, except private writing; mixed allows both', () => {
    const sim = recording('recorded', 'tgi');
    const own = { type: 'contribute', kind: 'note', text: 'Typed myself' } as const;
    expect(sim.refused(helper1, own)).toBe('recorder_notes');
    sim.ok(chair, own);
    sim.ok(scribe, own);
    sim.ok(chair, { type: 'startPhase', phaseId: 'write' });
    sim.ok(helper1, { type: 'contribute', kind: 'advice', text: 'Private, typed' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'tgi' });
    sim.ok(chair, { type: 'setTalkMode', mode: 'mixed' });
    sim.ok(helper1, own);
    sim.ok(scribe, record(helper1, { type: 'contribute', kind: 'note', text: 'Noted' }));
    expect(sim.state.contributions.map((c) => c.text)).toEqual([
      'Typed myself',
      'Typed myself',
      'Private, typed',
      'Typed myself',
      'Noted',
    ]);
  });

  it('TALK-3: weights and evaluations noted for someone are theirs, with their rules', () => {
    const sim = recording('recorded', 'forces');
    sim.ok(helper1, {
      type: 'contribute',
      kind: 'force',
      text: 'No time',
      force: { direction: 'restraining' },
    });
    sim.ok(chair, { type: 'advancePhase' });
    const id = sim.state.contributions[0]!.id;
    sim.ok(scribe, record(caseGiver, { type: 'weighForce', contributionId: id, weight: 8 }));
    expect(sim.state.contributions[0]!.weights).toEqual({ [caseGiver.userId]: 8 });
    sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
    const scores = { perspectives: 4, method: 4, cooperation: 5 };
    expect(sim.refused(scribe, record(helper1, { type: 'giveEvaluation', heard: 5, ...scores }))).toBe(
      'not_case_giver',
    );
    sim.ok(scribe, record(caseGiver, { type: 'giveEvaluation', heard: 5, ...scores }));
    expect(sim.state.evaluations).toEqual([{ userId: caseGiver.userId, heard: 5, ...scores, note: null }]);
  });
});
