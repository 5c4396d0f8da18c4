import { describe, expect, it } from 'vitest';
import {
  diltsTally,
  forceStats,
  namedQualities,
  normalizeText,
  profileComparison,
  sameQuality,
  tgiNotes,
  themeSentence,
  topForces,
} from './artefacts';
import { partOf, voteCounts } from './derived';
import { caseGiver, chair, facilitator, helper1, helper2, inPhase } from './test-support';
import { viewFor } from './visibility';

describe('artefacts', () => {
  it('force field: mean and spread per force, heaviest first, top forces only within reach', () => {
    const sim = inPhase('forces');
    const force = (a: typeof chair, text: string, direction: 'driving' | 'restraining', inReach = true) =>
      sim.ok(a, { type: 'contribute', kind: 'force', text, force: { direction, inReach } });
    force(helper1, 'Budget cuts', 'restraining', false);
    force(helper2, 'Support of the team', 'driving');
    force(caseGiver, 'My fear of conflict', 'restraining');
    sim.ok(chair, { type: 'advancePhase' });
    const weigh = (a: typeof chair, contributionId: string, weight: number) =>
      sim.ok(a, { type: 'weighForce', contributionId, weight });
    weigh(helper1, 'c3', 8);
    weigh(helper2, 'c3', 6);
    weigh(helper1, 'c1', 10);
    weigh(helper2, 'c2', 4);
    const stats = forceStats(sim.state);
    expect(stats.map((s) => [s.contribution.text, s.mean, s.spread])).toEqual([
      ['Budget cuts', 10, 0],
      ['My fear of conflict', 7, 1],
      ['Support of the team', 4, 0],
    ]);
    expect(topForces(sim.state, 5).map((s) => s.contribution.id)).toEqual(['c3', 'c2']);
  });

  it('force field: private forces of others do not count in a view before reveal', () => {
    const sim = inPhase('forces');
    sim.ok(helper1, { type: 'contribute', kind: 'force', text: 'Time', force: { direction: 'driving' } });
    expect(forceStats(viewFor(sim.state, helper2.userId))).toEqual([]);
    expect(forceStats(viewFor(sim.state, helper1.userId))).toHaveLength(1);
  });

  it('Dilts: statements are tallied per level, optionally by kind', () => {
    const sim = inPhase('levels');
    for (const [a, tag] of [
      [helper1, 'beliefs'],
      [helper2, 'beliefs'],
      [facilitator, 'identity'],
    ] as const) {
      sim.ok(a, { type: 'contribute', kind: 'diagnosis', text: `At ${tag}`, tag });
    }
    sim.ok(chair, { type: 'contribute', kind: 'diagnosis', text: 'Untagged' });
    expect(diltsTally(sim.state)).toEqual({
      environment: 0,
      behaviour: 0,
      capabilities: 0,
      beliefs: 2,
      identity: 1,
      mission: 0,
    });
    expect(diltsTally(sim.state, { kinds: ['advice'] }).beliefs).toBe(0);
  });

  it('TGI: notes per factor and the latest theme sentence', () => {
    const sim = inPhase('tgi');
    sim.ok(helper1, { type: 'contribute', kind: 'note', text: 'I feel unsure', tag: 'i' });
    sim.ok(helper2, { type: 'contribute', kind: 'note', text: 'The school board', tag: 'globe' });
    sim.ok(chair, { type: 'contribute', kind: 'theme', text: 'How I stay calm' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'theme', text: 'How I stay calm when we disagree' });
    const notes = tgiNotes(sim.state);
    expect(notes.i.map((c) => c.text)).toEqual(['I feel unsure']);
    expect(notes.globe.map((c) => c.text)).toEqual(['The school board']);
    expect(notes.we).toEqual([]);
    expect(themeSentence(sim.state)).toBe('How I stay calm when we disagree');
  });

  it('profile: self-image beside the others, matched per kind on normalized text', () => {
    const sim = inPhase('self');
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Careful' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Loyal' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'pitfall', text: 'Slow' });
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(helper1, { type: 'contribute', kind: 'quality', text: 'careful!' });
    sim.ok(helper2, { type: 'contribute', kind: 'quality', text: 'Funny' });
    sim.ok(helper2, { type: 'contribute', kind: 'pitfall', text: 'Loyal' });
    sim.ok(chair, { type: 'advancePhase' });
    const compared = profileComparison(sim.state);
    expect(compared.both.map((i) => [i.kind, i.text, i.contributionIds])).toEqual([
      ['quality', 'Careful', ['c1', 'c4']],
    ]);
    expect(compared.onlySelf.map((i) => [i.kind, i.text])).toEqual([
      ['quality', 'Loyal'],
      ['pitfall', 'Slow'],
    ]);
    expect(compared.onlyOthers.map((i) => [i.kind, i.text])).toEqual([
      ['quality', 'Funny'],
      ['pitfall', 'Loyal'],
    ]);
  });

  it('profile: one quality in two word forms counts as both ("betrokken" and "betrokkenheid")', () => {
    const sim = inPhase('self');
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Betrokken' });
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Open' });
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(helper1, { type: 'contribute', kind: 'quality', text: 'betrokkenheid' });
    sim.ok(helper2, { type: 'contribute', kind: 'quality', text: 'Betrokken' });
    sim.ok(helper2, { type: 'contribute', kind: 'quality', text: 'Betrouwbaar' });
    sim.ok(helper1, { type: 'contribute', kind: 'quality', text: 'Openheid' });
    sim.ok(chair, { type: 'advancePhase' });
    const compared = profileComparison(sim.state);
    expect(compared.both.map((i) => [i.text, i.wordings, i.contributionIds])).toEqual([
      ['Betrokken', ['betrokkenheid'], ['c1', 'c3', 'c4']],
      ['Open', ['Openheid'], ['c2', 'c6']],
    ]);
    expect(compared.onlySelf).toEqual([]);
    expect(compared.onlyOthers.map((i) => i.text)).toEqual(['Betrouwbaar']);
  });

  it('sameQuality: word forms of one quality match, different qualities with a common start do not', () => {
    for (const [a, b] of [
      ['betrokken', 'Betrokkenheid'],
      ['eerlijk', 'eerlijkheid'],
      ['involved', 'involvement'],
      ['creatief', 'creativiteit'],
      ['doorzetten', 'doorzettingsvermogen'],
    ])
      expect(sameQuality(a!, b!), `${a} ~ ${b}`).toBe(true);
    for (const [a, b] of [
      ['betrokken', 'betrouwbaar'],
      ['zorgvuldig', 'zorgzaam'],
      ['contact', 'controle'],
      ['care', 'caring'],
    ])
      expect(sameQuality(a!, b!), `${a} ≁ ${b}`).toBe(false);
  });

  it('namedQualities offers what others named once revealed, each quality once, never private writing', () => {
    const sim = inPhase('self');
    sim.ok(caseGiver, { type: 'contribute', kind: 'quality', text: 'Betrokken' });
    expect(namedQualities(viewFor(sim.state, helper1.userId), 'quality')).toEqual([]);
    sim.ok(chair, { type: 'advancePhase' });
    sim.ok(helper2, { type: 'contribute', kind: 'quality', text: 'Geduldig' });
    const forHelper1 = namedQualities(viewFor(sim.state, helper1.userId), 'quality');
    expect(forHelper1).toEqual(['Betrokken']);
    sim.ok(helper1, { type: 'contribute', kind: 'quality', text: 'betrokkenheid' });
    sim.ok(chair, { type: 'advancePhase' });
    expect(namedQualities(sim.state, 'quality')).toEqual(['Betrokken', 'Geduldig']);
    expect(namedQualities(sim.state, 'pitfall')).toEqual([]);
  });

  it('normalizeText ignores case, accents, punctuation and spacing', () => {
    expect(normalizeText('  Zorgvuldig, Één!  ')).toBe(normalizeText('zorgvuldig een'));
    expect(normalizeText('Loyal')).not.toBe(normalizeText('Royal'));
  });

  it('partOf tells the case-giver they listen in this phase, and votes are counted', () => {
    const sim = inPhase('write');
    expect(partOf(sim.state, caseGiver.userId)).toMatchObject({
      role: 'caseGiver',
      placement: 'listensOnly',
      blocked: 'case_giver_listens_only',
    });
    expect(partOf(sim.state, chair.userId)).toMatchObject({ role: 'helper', chair: true, blocked: null });
    sim.ok(chair, { type: 'openStage', stage: 'inventory' });
    sim.ok(helper1, { type: 'pitchCase', text: 'My case' });
    sim.ok(helper2, { type: 'vote', pitchId: 'p1' });
    sim.ok(chair, { type: 'vote', pitchId: 'p1' });
    expect(voteCounts(sim.state)).toEqual({ p1: 2 });
  });
});
