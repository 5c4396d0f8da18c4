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
