import { describe, expect, it } from 'vitest';
import type { EngineCommandInput, RecordableCommand } from '../meeting/commands';
import { caseGiver, chair, facilitator, helper1, helper2, Sim } from '../meeting/test-support';
import type { Actor } from '../meeting/types';
import { viewFor } from '../meeting/visibility';
import { getMethod } from '../methods/index';
import { reportBlocks } from './blocks';
import { buildReport } from './build';
import { reportMarkdown } from './markdown';

const names = { chair: 'Chair', cg: 'Casey', h1: 'Helper one', h2: 'Helper two', fac: 'Facilitator' };
const meta = { groupName: 'Kring Noord', date: '2026-12-04' };
const scribe = helper2;

/** One SIOO meeting as what each person says or does, in order. */
const SAID: [Actor, RecordableCommand | EngineCommandInput][] = [
  [chair, { type: 'startPhase', phaseId: 'situation' }],
  [caseGiver, { type: 'contribute', kind: 'note', text: 'My team resists the new rota' }],
  [caseGiver, { type: 'setCaseQuestion', text: 'How can I get the team on board?' }],
  [chair, { type: 'advancePhase' }],
  [chair, { type: 'contribute', kind: 'question', text: 'Who made the rota?' }],
  [caseGiver, { type: 'answerQuestion', contributionId: 'c2', text: 'Head office' }],
  [helper1, { type: 'contribute', kind: 'question', text: 'What do they say about it?' }],
  [helper2, { type: 'passTurn' }],
  [chair, { type: 'advancePhase' }],
  [helper1, { type: 'contribute', kind: 'hypothesis', text: 'They were not asked' }],
  [helper2, { type: 'contribute', kind: 'hypothesis', text: 'The rota hurts parents' }],
  [chair, { type: 'advancePhase' }],
  [caseGiver, { type: 'rateContribution', contributionId: 'c4', rating: 5 }],
  [caseGiver, { type: 'rateContribution', contributionId: 'c5', rating: 2 }],
  [caseGiver, { type: 'chooseContribution', contributionId: 'c4' }],
  [chair, { type: 'advancePhase' }],
  [chair, { type: 'contribute', kind: 'advice', text: 'Ask them to draft a rota' }],
  [helper1, { type: 'contribute', kind: 'advice', text: 'Explain the constraints first' }],
  [chair, { type: 'advancePhase' }],
  [caseGiver, { type: 'chooseContribution', contributionId: 'c6' }],
  [caseGiver, { type: 'contribute', kind: 'action', text: 'Plan a rota session on Monday' }],
  [chair, { type: 'advancePhase' }],
  [chair, { type: 'contribute', kind: 'insight', text: 'Asking beats telling' }],
  [caseGiver, { type: 'contribute', kind: 'insight', text: 'I will ask first' }],
  [chair, { type: 'openStage', stage: 'decision' }],
  [caseGiver, { type: 'recordDecision', text: 'I ask the team', actions: [{ text: 'Rota session' }] }],
  [chair, { type: 'openStage', stage: 'evaluation' }],
  [caseGiver, { type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 5 }],
  [helper1, { type: 'giveEvaluation', perspectives: 3, method: 4, cooperation: 4 }],
];

const RECORDABLE = new Set([
  'contribute',
  'passTurn',
  'answerQuestion',
  'rateContribution',
  'chooseContribution',
  'weighForce',
  'giveEvaluation',
]);

/** Runs the SIOO meeting with everyone typing, or with the scribe noting everything that can be noted. */
function meeting(recorded: boolean): Sim {
  const sim = new Sim({ method: getMethod('sioo')!, facilitatorUserIds: [facilitator.userId] });
  for (const a of [chair, caseGiver, helper1, helper2, facilitator]) sim.ok(a, { type: 'join' });
  sim.ok(chair, { type: 'assignRole', role: 'caseGiver', userId: caseGiver.userId });
  sim.ok(chair, { type: 'assignRole', role: 'scribe', userId: scribe.userId });
  if (recorded) sim.ok(chair, { type: 'setTalkMode', mode: 'recorded' });
  for (const [who, command] of SAID) {
    const noted = recorded && RECORDABLE.has(command.type) && who !== scribe;
    if (noted) sim.ok(scribe, { type: 'record', speakerId: who.userId, command } as EngineCommandInput);
    else sim.ok(who, command as EngineCommandInput);
    sim.wait(30_000);
  }
  sim.ok(chair, { type: 'endMeeting' });
  return sim;
}

const markdown = (sim: Sim, readerId: string) =>
  reportMarkdown(
    reportBlocks(buildReport({ view: viewFor(sim.state, readerId), readerId, names }), meta, 'nl'),
  );

describe('a meeting noted by one device', () => {
  it('TALK-7: gives the same report as the same meeting typed, to the case-giver and to a helper', () => {
    const typed = meeting(false);
    const recorded = meeting(true);
    expect(recorded.state.contributions.filter((c) => c.recordedBy === scribe.userId)).toHaveLength(9);
    for (const reader of [caseGiver.userId, helper1.userId]) {
      expect(markdown(recorded, reader)).toBe(markdown(typed, reader));
    }
    const report = markdown(recorded, caseGiver.userId);
    for (const text of [
      'Head office',
      'The rota hurts parents',
      'Plan a rota session on Monday',
      'I ask the team',
    ])
      expect(report).toContain(text);
  });
});
