import { describe, expect, it } from 'vitest';
import { caseGiver, chair, helper1, helper2, seated } from '../meeting/test-support';
import { viewFor } from '../meeting/visibility';
import { getMethod } from '../methods/index';
import { reportBlocks } from './blocks';
import { buildReport } from './build';
import { reportMarkdown } from './markdown';

const names = { chair: 'Chair', cg: 'Casey', h1: 'Helper one', h2: 'Helper two', fac: 'Facilitator' };

/** A SIOO meeting: the situation told, two hypotheses scored, one chosen, an intervention chosen. */
function siooMeeting() {
  const sim = seated({ method: getMethod('sioo')! });
  sim.ok(chair, { type: 'startPhase', phaseId: 'situation' });
  sim.ok(caseGiver, { type: 'contribute', kind: 'note', text: 'The merger stalls in my department' });
  sim.ok(chair, { type: 'startPhase', phaseId: 'hypotheses' });
  sim.ok(helper1, { type: 'contribute', kind: 'hypothesis', text: 'Budgets keep teams apart' });
  sim.ok(helper2, { type: 'contribute', kind: 'hypothesis', text: 'Nobody owns the merger' });
  sim.ok(chair, { type: 'startPhase', phaseId: 'pick' });
  sim.ok(caseGiver, { type: 'rateContribution', contributionId: 'c2', rating: 2 });
  sim.ok(caseGiver, { type: 'rateContribution', contributionId: 'c3', rating: 5 });
  sim.ok(caseGiver, { type: 'chooseContribution', contributionId: 'c3' });
  sim.ok(caseGiver, { type: 'contribute', kind: 'insight', text: 'Ownership is what I can act on' });
  sim.ok(chair, { type: 'startPhase', phaseId: 'choice' });
  sim.ok(caseGiver, { type: 'contribute', kind: 'action', text: 'Ask the director to name an owner' });
  sim.ok(chair, { type: 'endMeeting' });
  return sim;
}

describe('what the case-giver produced in the method’s phases', () => {
  it('REPORT-3: the report holds the situation notes, the scores, the choice and the chosen action', () => {
    const sim = siooMeeting();
    const report = buildReport({ view: viewFor(sim.state, 'cg'), readerId: 'cg', names });
    expect(report.sections.find((s) => s.kind === 'situation')).toEqual({
      kind: 'situation',
      items: [{ text: 'The merger stalls in my department', author: 'Casey' }],
    });
    const hypotheses = report.sections.find(
      (s) => s.kind === 'contributions' && s.contributionKind === 'hypothesis',
    );
    expect(hypotheses).toMatchObject({
      items: [
        { text: 'Budgets keep teams apart', rating: 2 },
        { text: 'Nobody owns the merger', rating: 5, chosen: true },
      ],
    });
    const actions = report.sections.find(
      (s) => s.kind === 'contributions' && s.contributionKind === 'action',
    );
    expect(actions).toMatchObject({
      items: [{ text: 'Ask the director to name an owner', author: 'Casey' }],
    });

    const markdown = reportMarkdown(
      reportBlocks(report, { groupName: 'Kring Noord', date: '2026-12-04' }, 'en'),
    );
    expect(markdown).toContain('What the case-giver told');
    expect(markdown).toContain('The merger stalls in my department');
    expect(markdown).toMatch(
      /Nobody owns the merger \(Helper two\)[\s\S]*Rating: 5 out of 5[\s\S]*Chosen by the case-giver/,
    );
    const blocks = reportBlocks(report, { groupName: 'Kring Noord', date: '2026-12-04' }, 'nl');
    expect(blocks).toContainEqual({
      type: 'item',
      text: 'Nobody owns the merger (Helper two)',
      detail: ['Waardering: 5 van 5', 'Gekozen door de inbrenger'],
    });
  });
});

const meta = { groupName: 'Kring Noord', date: '2026-12-04' };
const markdownFor = (sim: ReturnType<typeof seated>, lang: 'nl' | 'en') =>
  reportMarkdown(
    reportBlocks(buildReport({ view: viewFor(sim.state, 'cg'), readerId: 'cg', names }), meta, lang),
  );

describe('what the case-giver produced, per kind of artefact', () => {
  it('FORCE-3, FORCE-4: forces with their mean weight, a duplicate under the force it went into, one set aside', () => {
    const sim = seated({ method: getMethod('force-field')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'situation' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'note', text: 'Now nobody plans; I want a weekly plan' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'forces' });
    const force = (who: typeof chair, text: string, direction: 'driving' | 'restraining') =>
      sim.ok(who, { type: 'contribute', kind: 'force', text, force: { direction } });
    force(helper1, 'No time', 'restraining');
    force(helper2, 'Too little time', 'restraining');
    force(caseGiver, 'The law', 'restraining');
    sim.ok(chair, { type: 'startPhase', phaseId: 'weigh' });
    sim.ok(chair, { type: 'mergeForce', contributionId: 'c3', into: 'c2' });
    sim.ok(chair, { type: 'setForceReach', contributionId: 'c4', inReach: false });
    for (const [who, weight] of [
      [helper1, 8],
      [caseGiver, 6],
    ] as const)
      sim.ok(who, { type: 'weighForce', contributionId: 'c2', weight });
    sim.ok(chair, { type: 'startPhase', phaseId: 'actions' });
    sim.ok(chair, { type: 'contribute', kind: 'advice', text: 'Block an hour on Monday' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'choice' });
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: 'c5' });
    sim.ok(chair, { type: 'endMeeting' });
    const report = buildReport({ view: viewFor(sim.state, 'cg'), readerId: 'cg', names });
    expect(report.sections.find((s) => s.kind === 'forces')).toEqual({
      kind: 'forces',
      items: [
        {
          text: 'No time',
          author: 'Helper one',
          direction: 'restraining',
          inReach: true,
          mean: 7,
          count: 2,
          also: ['Too little time'],
        },
        { text: 'The law', author: 'Casey', direction: 'restraining', inReach: false, mean: null, count: 0 },
      ],
    });
    expect(report.sections.find((s) => s.kind === 'situation')).toMatchObject({
      items: [{ text: 'Now nobody plans; I want a weekly plan' }],
    });
    expect(
      report.sections.find((s) => s.kind === 'contributions' && s.contributionKind === 'advice'),
    ).toMatchObject({
      items: [{ text: 'Block an hour on Monday', chosen: true }],
    });
    const nl = markdownFor(sim, 'nl');
    expect(nl).toMatch(
      /No time \(Helper one\)[\s\S]*gemiddeld gewicht 7 \(2 keer gewogen\)[\s\S]*ook genoemd als: Too little time/,
    );
    expect(nl).toMatch(/The law \(Casey\)[\s\S]*buiten onze invloed/);
    expect(markdownFor(sim, 'en')).toContain('also named as: Too little time');
  });

  it('Dilts: the level the case-giver chose is marked, with the diagnosis they chose', () => {
    const sim = seated({ method: getMethod('dilts')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'diagnosis' });
    sim.ok(helper1, { type: 'contribute', kind: 'diagnosis', text: 'It sits in her values', tag: 'beliefs' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'level-choice' });
    sim.ok(caseGiver, { type: 'chooseContribution', contributionId: 'c1' });
    sim.ok(caseGiver, {
      type: 'contribute',
      kind: 'levelStatement',
      text: 'How do I stay true?',
      tag: 'beliefs',
    });
    sim.ok(chair, { type: 'endMeeting' });
    const report = buildReport({ view: viewFor(sim.state, 'cg'), readerId: 'cg', names });
    const dilts = report.sections.find((s) => s.kind === 'dilts');
    expect(dilts).toMatchObject({ kind: 'dilts' });
    const levels = dilts?.kind === 'dilts' ? dilts.levels : [];
    expect(levels.filter((l) => l.chosen).map((l) => l.level)).toEqual(['beliefs']);
    expect(levels.find((l) => l.level === 'beliefs')?.statements).toEqual([
      { text: 'It sits in her values', author: 'Helper one', chosen: true },
      { text: 'How do I stay true?', author: 'Casey' },
    ]);
    expect(markdownFor(sim, 'nl')).toContain(
      'Overtuigingen en waarden — 2 uitspraken — Gekozen door de inbrenger',
    );
  });

  it('profile: qualities are grouped by quality, not by exact text, with the other wordings named', () => {
    const sim = seated({ method: getMethod('profile')! });
    sim.ok(chair, { type: 'startPhase', phaseId: 'self-profile' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Betrokken' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'pitfall', text: 'Te streng' });
    sim.ok(chair, { type: 'startPhase', phaseId: 'others-profile' });
    sim.ok(helper1, { type: 'contribute', kind: 'quality', text: 'betrokkenheid' });
    sim.ok(chair, { type: 'endMeeting' });
    const report = buildReport({ view: viewFor(sim.state, 'h2'), readerId: 'h2', names });
    expect(report.sections.find((s) => s.kind === 'profile')).toEqual({
      kind: 'profile',
      both: [{ kind: 'quality', text: 'Betrokken', also: ['betrokkenheid'] }],
      onlySelf: [{ kind: 'pitfall', text: 'Te streng' }],
      onlyOthers: [],
    });
    expect(markdownFor(sim, 'nl')).toMatch(/Kwaliteit: Betrokken\n {2}- ook genoemd als: betrokkenheid/);
  });
});
