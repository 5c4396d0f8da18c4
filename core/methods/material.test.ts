import { describe, expect, it } from 'vitest';
import { getMethod, methods } from './index';
import { materialUses } from './material';
import type { MaterialAction, Phase } from './schema';

/**
 * Words in a phase's instructions that say it works on earlier material, and the action each needs.
 * A phase whose instructions rate, answer, choose or compare without naming the material fails here.
 */
const WORDING: { action: MaterialAction; en: RegExp; nl: RegExp }[] = [
  { action: 'rate', en: /\b(rating|rates?|score)\b/i, nl: /\b(cijfer|beoordeelt|score)\b/i },
  { action: 'answer', en: /\banswers the questions\b/i, nl: /\bbeantwoordt de vragen\b/i },
  {
    action: 'choose',
    en: /\b(chooses (an?|one|the|which)|picks|says which (solution|advice)|what was valuable|chooses what)\b/i,
    nl: /\bkiest (een|één|de|welke|waar)\b/i,
  },
  { action: 'compare', en: /\b(compare|side by side)\b/i, nl: /\b(vergelijk|naast elkaar)\b/i },
];

/** Case choice by vote runs through pitches and votes, not through earlier material. */
const votes = (phase: Phase) => phase.contributionKinds.includes('vote');

const phases = methods.flatMap((m) => m.phases.map((p, index) => ({ method: m, phase: p, index })));

describe('material that flows between phases', () => {
  it('names earlier phases only: a reference to the same or a later phase fails', () => {
    const wrong = phases.flatMap(({ method, phase, index }) =>
      (phase.uses ?? [])
        .filter((use) => !method.phases.slice(0, index).some((p) => p.id === use.phase))
        .map((use) => `${method.id}/${phase.id} → ${use.phase}`),
    );
    expect(wrong).toEqual([]);
  });

  it('names the material whenever the instructions rate, answer, choose or compare', () => {
    const missing: string[] = [];
    for (const { method, phase } of phases) {
      if (votes(phase)) continue;
      const actions = new Set(materialUses(method, phase).flatMap((u) => u.actions));
      for (const { action, en, nl } of WORDING) {
        const says = en.test(phase.instructions.en) || nl.test(phase.instructions.nl);
        // Compare may also be done by showing two sheets; a choice may be among shown items.
        if (says && !actions.has(action)) missing.push(`${method.id}/${phase.id}: ${action}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lets the case-giver rate only in phases that rate, and gives those phases a sheet to rate', () => {
    for (const { method, phase } of phases) {
      const rates = materialUses(method, phase).some((u) => u.actions.includes('rate'));
      expect(phase.caseGiverRates, `${method.id}/${phase.id}`).toBe(rates);
    }
  });

  it('lets the case-giver answer earlier questions only in a phase that answers', () => {
    for (const { method, phase } of phases) {
      if (materialUses(method, phase).some((u) => u.actions.includes('answer')))
        expect(phase.caseGiverAnswers, `${method.id}/${phase.id}`).toBe(true);
    }
  });

  it.each([
    ['ten-step', 'rate-questions', 'write-questions', 'rate'],
    ['ten-step', 'answers', 'write-questions', 'answer'],
    ['ten-step', 'rate-statements', 'problem-statements', 'rate'],
    ['sioo', 'pick', 'hypotheses', 'rate'],
    ['sioo', 'pick', 'hypotheses', 'choose'],
    ['sioo', 'interventions', 'hypotheses', 'show'],
    ['sioo', 'choice', 'interventions', 'choose'],
    ['raguse', 'recognition', 'picture', 'choose'],
    ['incident', 'choice', 'solutions', 'choose'],
    ['gossip', 'reaction', 'gossip', 'show'],
    ['troika', 'round-1-harvest', 'round-1-consult', 'choose'],
    ['troika', 'round-3-harvest', 'round-3-consult', 'choose'],
    ['socratic', 'values', 'own-statements', 'compare'],
    ['core-quadrants', 'quadrant', 'allergy', 'compare'],
    ['force-field', 'weigh', 'forces', 'sort'],
    ['force-field', 'actions', 'forces', 'show'],
    ['reflecting-team', 'response', 'reflection', 'choose'],
    ['balint', 'decision', 'group-judgement', 'choose'],
  ] as const)('%s: %s works on %s (%s)', (methodId, phaseId, from, action) => {
    const method = getMethod(methodId)!;
    const phase = method.phases.find((p) => p.id === phaseId)!;
    const use = materialUses(method, phase).find((u) => u.phase === from);
    expect(use?.actions).toContain(action);
  });

  it('carries the chosen hypothesis to the SIOO interventions and the five heaviest forces to the actions', () => {
    const sioo = getMethod('sioo')!;
    expect(materialUses(sioo, sioo.phases.find((p) => p.id === 'interventions')!)[0]?.chosenOnly).toBe(true);
    const forceField = getMethod('force-field')!;
    expect(materialUses(forceField, forceField.phases.find((p) => p.id === 'actions')!)[0]?.top).toBe(5);
  });

  it('ignores a reference that no longer points to an earlier phase (a group moved the phases)', () => {
    const sioo = getMethod('sioo')!;
    const pick = sioo.phases.find((p) => p.id === 'pick')!;
    const moved = { phases: [pick, ...sioo.phases.filter((p) => p !== pick)] };
    expect(materialUses(moved, pick)).toEqual([]);
  });
});
