import { describe, expect, it } from 'vitest';
import { endedViewFor } from '../meeting/ended-view';
import { caseGiver, chair, facilitator, helper1, helper2, inPhase, type Sim } from '../meeting/test-support';
import { viewFor } from '../meeting/visibility';
import { reportBlocks } from './blocks';
import { buildReport, caseGiverHeard, type Report, type ReportSection } from './build';
import { reportMarkdown } from './markdown';

const names = { chair: 'Chair', cg: 'Casey', h1: 'Helper one', h2: 'Helper two', fac: 'Facilitator' };
const reportFor = (sim: Sim, readerId: string) =>
  buildReport({ view: viewFor(sim.state, readerId), readerId, names });
const section = <K extends ReportSection['kind']>(report: Report, kind: K) =>
  report.sections.find((s): s is Extract<ReportSection, { kind: K }> => s.kind === kind);
const meta = { groupName: 'Kring Noord', date: '2025-03-04' };

/** A meeting with forces weighed, a decision with two actions, evaluations and learning points. */
function forcesMeeting(): Sim {
  const sim = inPhase('forces');
  sim.ok(caseGiver, { type: 'setCaseQuestion', text: 'How do I say no to my manager?' });
  sim.ok(helper1, {
    type: 'contribute',
    kind: 'force',
    text: 'Fear of conflict',
    force: { direction: 'restraining' },
  });
  sim.ok(helper2, {
    type: 'contribute',
    kind: 'force',
    text: 'Team support',
    force: { direction: 'driving' },
  });
  sim.ok(chair, { type: 'advancePhase' });
  for (const [a, id, weight] of [
    [helper1, 'c1', 9],
    [helper2, 'c1', 6],
    [helper1, 'c2', 4],
  ] as const) {
    sim.ok(a, { type: 'weighForce', contributionId: id, weight });
  }
  sim.ok(caseGiver, {
    type: 'recordDecision',
    text: 'I will talk to my manager',
    actions: [
      { text: 'Plan the talk' },
      { text: 'Ask a colleague to rehearse', ownerId: 'h1', due: '2025-04-01' },
    ],
  });
  sim.ok(chair, { type: 'openStage', stage: 'evaluation' });
  sim.ok(caseGiver, { type: 'giveEvaluation', heard: 5, perspectives: 4, method: 4, cooperation: 5 });
  sim.ok(helper1, { type: 'giveEvaluation', perspectives: 3, method: 5, cooperation: 4 });
  sim.ok(helper1, { type: 'learningPoint', text: 'I jump to advice too soon' });
  sim.ok(helper2, { type: 'learningPoint', text: 'Silence helps', shared: true });
  sim.ok(facilitator, { type: 'learningPoint', text: 'Keep the clock visible' });
  sim.ok(chair, { type: 'endMeeting' });
  return sim;
}

describe('meeting report', () => {
  it('REPORT: the question, forces with their mean weight, the decision with actions and the evaluation', () => {
    const report = reportFor(forcesMeeting(), 'cg');
    expect(report.ended).toBe(true);
    expect(report.caseGiver).toBe('Casey');
    expect(section(report, 'question')?.text).toBe('How do I say no to my manager?');
    expect(section(report, 'forces')?.items.map((f) => [f.text, f.direction, f.mean, f.count])).toEqual([
      ['Fear of conflict', 'restraining', 7.5, 2],
      ['Team support', 'driving', 4, 1],
    ]);
    expect(section(report, 'decision')).toEqual({
      kind: 'decision',
      text: 'I will talk to my manager',
      actions: [
        { text: 'Plan the talk', owner: 'Casey', due: null },
        { text: 'Ask a colleague to rehearse', owner: 'Helper one', due: '2025-04-01' },
      ],
    });
    expect(section(report, 'evaluation')).toEqual({
      kind: 'evaluation',
      count: 2,
      heard: 5,
      perspectives: 3.5,
      method: 4.5,
      cooperation: 4.5,
    });
  });

  it('LIFE-9: the case-giver’s "heard" is their own score in every report, never listed among the group’s means', () => {
    const sim = forcesMeeting();
    // A helper's ended room has no names on others' evaluations (REPORT-10): the score is still the case-giver's.
    const anonymous = endedViewFor(sim.state, sim.log, 'h1', 'summary');
    expect(anonymous.evaluations.every((e) => e.userId !== 'cg')).toBe(true);
    expect(caseGiverHeard(anonymous)).toBe(5);
    // Two cases' case-givers, both unnamed: either score could be anyone's, so none is shown as this one's.
    const two = {
      ...anonymous,
      evaluations: [...anonymous.evaluations, { ...anonymous.evaluations[0]!, heard: 2 }],
    };
    expect(caseGiverHeard(two)).toBeNull();
    for (const reader of ['cg', 'h1']) {
      const md = reportMarkdown(reportBlocks(reportFor(sim, reader), meta, 'nl'));
      expect(md).toContain('De inbrenger voelde zich gehoord: 5 van 5 (de eigen score van de inbrenger).');
      expect(md).toContain('- Is de vraag van meerdere kanten bekeken?: gemiddeld 3,5 van 5');
      expect(md).not.toContain('Voelde je je gehoord?');
    }
    const en = reportMarkdown(reportBlocks(reportFor(sim, 'cg'), meta, 'en'));
    expect(en).toContain("The case-giver felt heard: 5 out of 5 (the case-giver's own score).");
  });

  it('VIS: each reader sees their own private learning point and the shared ones, never another private one', () => {
    const sim = forcesMeeting();
    const points = (readerId: string) =>
      section(reportFor(sim, readerId), 'learningPoints')?.items.map((l) => [l.text, l.mine]);
    expect(points('h1')).toEqual([
      ['I jump to advice too soon', true],
      ['Silence helps', false],
    ]);
    expect(points('cg')).toEqual([['Silence helps', false]]);
    expect(JSON.stringify(reportFor(sim, 'h2'))).not.toContain('I jump to advice too soon');
  });

  it('REPORT: questions carry the case-giver’s answer and rating', () => {
    const sim = inPhase('questions');
    sim.ok(chair, { type: 'passTurn' });
    const asker = sim.state.turn?.order[sim.state.turn.index] === 'h1' ? helper1 : helper2;
    sim.ok(asker, { type: 'contribute', kind: 'factualQuestion', text: 'Since when?' });
    sim.ok(caseGiver, { type: 'answerQuestion', contributionId: 'c1', text: 'Since January' });
    sim.ok(caseGiver, { type: 'rateContribution', contributionId: 'c1', rating: 4 });
    expect(section(reportFor(sim, 'h2'), 'questions')?.items).toEqual([
      { text: 'Since when?', author: names[asker.userId as 'h1'], answer: 'Since January', rating: 4 },
    ]);
  });

  it('REPORT: Dilts statements per level with the tally, TGI notes per factor with the theme, the profile comparison', () => {
    const sim = inPhase('levels');
    sim.ok(helper1, {
      type: 'contribute',
      kind: 'diagnosis',
      text: 'Believes she must please',
      tag: 'beliefs',
    });
    sim.ok(helper2, { type: 'contribute', kind: 'diagnosis', text: 'Untagged idea' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'tgi' });
    sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'The board decides', tag: 'globe' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'theme', text: 'How I keep my own course' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'self' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Careful' });
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(helper1, { type: 'contribute', kind: 'quality', text: 'careful' });
    sim.ok(helper2, { type: 'contribute', kind: 'pitfall', text: 'Too kind' });
    sim.ok(chair, { type: 'advancePhase' });
    const report = reportFor(sim, 'h2');
    const dilts = section(report, 'dilts')!;
    expect(dilts.levels[0]?.level).toBe('mission');
    expect(dilts.levels.find((l) => l.level === 'beliefs')?.statements).toEqual([
      { text: 'Believes she must please', author: 'Helper one' },
    ]);
    expect(section(report, 'contributions')).toMatchObject({
      contributionKind: 'diagnosis',
      items: [{ text: 'Untagged idea' }],
    });
    const tgi = section(report, 'tgi')!;
    expect(tgi.theme).toBe('How I keep my own course');
    expect(tgi.factors.find((f) => f.factor === 'globe')?.notes.map((n) => n.text)).toEqual([
      'The board decides',
    ]);
    expect(section(report, 'profile')).toEqual({
      kind: 'profile',
      both: [{ kind: 'quality', text: 'Careful' }],
      onlySelf: [],
      onlyOthers: [{ kind: 'pitfall', text: 'Too kind' }],
    });
  });

  it('a meeting without content has no sections and says it is still running', () => {
    const sim = inPhase('intro');
    const report = reportFor(sim, 'chair');
    expect(report.sections).toEqual([]);
    const md = reportMarkdown(reportBlocks(report, meta, 'en'));
    expect(md).toContain('Nothing has been recorded for this report yet.');
    expect(md).toContain('The meeting is still running');
  });

  it('Markdown in both languages: headings, weights and actions; user text cannot inject Markdown', () => {
    const sim = forcesMeeting();
    const report = reportFor(sim, 'h1');
    const nl = reportMarkdown(reportBlocks(report, meta, 'nl'));
    const en = reportMarkdown(reportBlocks(report, meta, 'en'));
    expect(nl).toMatch(/^# Verslag van de intervisie\n/);
    expect(nl).toContain('## Besluit van de inbrenger');
    expect(nl).toContain('- Ask a colleague to rehearse\n  - wie: Helper one\n  - uiterlijk 1 april 2025');
    expect(en).toContain('## Force field');
    expect(en).toContain('mean weight 7.5 (weighed 2 times)');
    expect(en).toContain('Your learning point (only for you)');
    expect(en).toContain('- **Group:** Kring Noord');

    const evil = inPhase('forces');
    evil.ok(caseGiver, { type: 'setCaseQuestion', text: '# Not a heading\n[link](https://x.example)' });
    const md = reportMarkdown(reportBlocks(reportFor(evil, 'cg'), meta, 'en'));
    expect(md).toContain('\\# Not a heading \\[link\\](https://x.example)');
    expect(md).not.toMatch(/^# Not a heading/m);
  });
});
