import { describe, expect, it } from 'vitest';
import { balint } from './balint';
import { dilts } from './dilts';
import { forceField } from './force-field';
import { incident } from './incident';
import { getMethod } from './index';
import { profile } from './profile';
import { raguse } from './raguse';
import { DILTS_LEVELS, type Method, type Phase } from './schema';
import { sioo } from './sioo';
import { tgi } from './tgi';

const mine = [incident, forceField, profile, balint, tgi, raguse, sioo, dilts];

function phase(method: Method, id: string): Phase {
  const found = method.phases.find((p) => p.id === id);
  if (!found) throw new Error(`${method.id} has no phase ${id}`);
  return found;
}

function indexOf(method: Method, id: string): number {
  return method.phases.findIndex((p) => p.id === id);
}

/** Every Dutch string anywhere in a method, for language checks. */
function dutchTexts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(dutchTexts);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.nl === 'string') return [record.nl];
    return Object.values(record).flatMap(dutchTexts);
  }
  return [];
}

describe('incident method', () => {
  it('lets the case-giver only listen while diagnoses and solutions are given, and nowhere else', () => {
    const listening = incident.phases.filter((p) => p.caseGiverPlacement === 'listensOnly').map((p) => p.id);
    expect(listening).toEqual(['diagnosis', 'solutions']);
  });

  it('asks factual questions one per turn, answered by the case-giver, before any diagnosis', () => {
    const info = phase(incident, 'information');
    expect(info).toMatchObject({
      turns: 'round',
      contributionKinds: ['factualQuestion'],
      caseGiverAnswers: true,
    });
    expect(indexOf(incident, 'information')).toBeLessThan(indexOf(incident, 'diagnosis'));
  });

  it('has every helper write a solution privately before it is revealed', () => {
    expect(phase(incident, 'solutions')).toMatchObject({
      turns: 'individual',
      contributionKinds: ['advice'],
    });
  });

  it('follows the six-step default of about fifty minutes', () => {
    expect(incident.phases).toHaveLength(6);
    expect(incident.durationMinutes).toBe(50);
  });
});

describe('force-field analysis', () => {
  it('collects forces privately before they are weighed', () => {
    expect(phase(forceField, 'forces')).toMatchObject({ turns: 'individual', contributionKinds: ['force'] });
    const weighing = forceField.phases.filter((p) => p.weighForces);
    expect(weighing.map((p) => p.id)).toEqual(['weigh']);
    expect(indexOf(forceField, 'forces')).toBeLessThan(indexOf(forceField, 'weigh'));
  });

  it('proposes actions only after weighing, while the case-giver listens', () => {
    expect(indexOf(forceField, 'weigh')).toBeLessThan(indexOf(forceField, 'actions'));
    expect(phase(forceField, 'actions').caseGiverPlacement).toBe('listensOnly');
  });
});

describe('six logical levels', () => {
  it('has six level-tagged question phases in bottom-up order, one after another', () => {
    const levelPhases = dilts.phases.filter((p) => p.id.startsWith('level-') && p.id !== 'level-choice');
    expect(levelPhases.map((p) => p.id)).toEqual(DILTS_LEVELS.map((level) => `level-${level}`));
    for (const p of levelPhases) {
      expect(p).toMatchObject({
        tagging: 'diltsLevel',
        contributionKinds: ['question'],
        caseGiverAnswers: true,
      });
    }
    const first = indexOf(dilts, 'level-environment');
    expect(indexOf(dilts, 'level-mission')).toBe(first + 5);
  });

  it('tallies a privately written diagnosis per level before the case-giver chooses a level', () => {
    expect(phase(dilts, 'diagnosis')).toMatchObject({
      turns: 'individual',
      tagging: 'diltsLevel',
      caseGiverPlacement: 'listensOnly',
      artefact: 'levelTally',
    });
    expect(indexOf(dilts, 'level-mission')).toBeLessThan(indexOf(dilts, 'diagnosis'));
    expect(indexOf(dilts, 'diagnosis')).toBeLessThan(indexOf(dilts, 'level-choice'));
  });
});

describe('reconstructed methods', () => {
  it.each([profile, raguse, sioo])(
    '$id says in both languages that Kring proposed the structure',
    (method) => {
      expect(method.reconstruction).toBe(true);
      expect(method.origin.nl).toMatch(/geen (openbare )?stap-voor-stapbeschrijving/);
      expect(method.origin.nl).toContain('voorstel van Kring');
      expect(method.origin.nl).toContain('pas hem aan');
      expect(method.origin.en).toMatch(/no (public )?step-by-step description/i);
      expect(method.origin.en).toContain('proposed by Kring');
      expect(method.origin.en).toContain('adapt it');
    },
  );

  it('does not label methods with a documented procedure as reconstructions', () => {
    for (const method of [incident, forceField, balint]) expect(method.reconstruction).toBe(false);
  });
});

describe('Balint method', () => {
  it('keeps associations and individual judgement private until revealed', () => {
    expect(phase(balint, 'associations')).toMatchObject({
      turns: 'individual',
      contributionKinds: ['association'],
    });
    expect(phase(balint, 'judgement')).toMatchObject({ turns: 'individual', contributionKinds: ['advice'] });
  });

  it('does not let the case-giver react while the group judges', () => {
    expect(phase(balint, 'group-judgement').caseGiverPlacement).toBe('listensOnly');
    expect(indexOf(balint, 'judgement')).toBeLessThan(indexOf(balint, 'group-judgement'));
  });

  it('is meant for experienced groups of at least five', () => {
    expect(balint.experience).toBe('experienced');
    expect(balint.groupSize.min).toBeGreaterThanOrEqual(5);
  });
});

describe('profile description', () => {
  it('collects the self-image and the others’ image privately before comparing them', () => {
    expect(phase(profile, 'self-profile')).toMatchObject({ contributors: 'caseGiver', turns: 'individual' });
    expect(phase(profile, 'self-profile').contributionKinds).toEqual([
      'quality',
      'pitfall',
      'challenge',
      'allergy',
    ]);
    expect(phase(profile, 'others-profile')).toMatchObject({ contributors: 'helpers', turns: 'individual' });
    expect(indexOf(profile, 'others-profile')).toBeLessThan(indexOf(profile, 'comparison'));
    expect(phase(profile, 'comparison').artefact).toBe('profileComparison');
  });
});

describe('TGI and SIOO', () => {
  it('TGI checks for disturbances first and tags the factor round with I, We, It or Globe', () => {
    expect(tgi.phases[0]?.id).toBe('disturbances');
    expect(phase(tgi, 'factors').tagging).toBe('tgiFactor');
    expect(phase(tgi, 'questions').rules.length).toBeGreaterThanOrEqual(4);
  });

  it('SIOO has the case-giver rate the written hypotheses before interventions are offered', () => {
    expect(phase(sioo, 'hypotheses')).toMatchObject({
      turns: 'individual',
      contributionKinds: ['hypothesis'],
    });
    expect(phase(sioo, 'pick')).toMatchObject({ contributors: 'caseGiver', caseGiverRates: true });
    expect(indexOf(sioo, 'pick')).toBeLessThan(indexOf(sioo, 'interventions'));
  });
});

describe('all eight methods', () => {
  it('the case-giver only listens whenever helpers give advice or a diagnosis', () => {
    for (const method of mine) {
      for (const p of method.phases) {
        const judging =
          p.contributors === 'helpers' &&
          p.contributionKinds.some((k) => k === 'advice' || k === 'diagnosis');
        if (judging) expect(p.caseGiverPlacement, `${method.id}/${p.id}`).toBe('listensOnly');
      }
    }
  });

  it('question phases let the case-giver answer and offer example questions', () => {
    for (const method of mine) {
      for (const p of method.phases.filter((x) => x.caseGiverAnswers)) {
        expect(p.contributors, `${method.id}/${p.id}`).toBe('helpers');
        expect(p.helperPrompts.length, `${method.id}/${p.id}`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('gives the case-giver the last word on what to do; only closing rounds may follow', () => {
    for (const method of mine) {
      const last = method.phases.findLast((p) => p.contributors === 'caseGiver');
      expect(last?.contributionKinds.some((k) => k === 'action')).toBe(true);
      const after = method.phases.slice(method.phases.indexOf(last!) + 1);
      for (const p of after) expect(p.artefact, `${method.id}/${p.id}`).toMatch(/reflections|notes/);
    }
  });

  it('Dutch texts address the reader with je, never u', () => {
    for (const method of mine) {
      for (const text of dutchTexts(method)) expect(text, method.id).not.toMatch(/\b(u|uw)\b/i);
    }
  });

  it('are in the registry under their own id', () => {
    for (const method of mine) expect(getMethod(method.id)).toBe(method);
    expect(getMethod('no-such-method')).toBeUndefined();
  });
});
