import { describe, expect, it } from 'vitest';
import { getMethod, listMethods, methods } from './index';
import { CONTRIBUTION_KINDS, type Method, methodSchema, type Phase, type Role } from './schema';
import { localizedTexts } from './shared/localized-texts';

const allTexts = methods.flatMap((method) => localizedTexts(method, method.id));

/** The assigned roles a phase cannot run without. */
function rolesImpliedBy(phase: Phase): Role[] {
  const implied: Role[] = [];
  if (phase.contributors === 'caseGiver' || phase.contributors === 'all') implied.push('caseGiver');
  if (phase.contributors === 'helpers' || phase.contributors === 'all') implied.push('helper');
  // The stick has to pass between people, so a stick phase needs helpers besides the case-giver.
  if (phase.contributors === 'stickHolder') implied.push('caseGiver', 'helper');
  if (phase.caseGiverPlacement !== 'inCircle' || phase.caseGiverAnswers || phase.caseGiverRates) {
    implied.push('caseGiver');
  }
  return implied;
}

/** Text outside double quotes, so quoted book titles and sample sentences do not count as the other language. */
function unquoted(text: string): string {
  return text.replace(/"[^"]*"/g, '');
}

const SEED_METHODS = [
  'incident',
  'force-field',
  'profile',
  'balint',
  'tgi',
  'raguse',
  'sioo',
  'dilts',
  'talking-stick',
];

describe('method library', () => {
  it('PAIR-1: a method has one case-giver unless it says otherwise; Balint lets two who share a case bring it in', () => {
    const { caseGiverPair: _pair, ...withoutFlag } = getMethod('incident')!;
    expect(methodSchema.parse(withoutFlag).caseGiverPair).toBe(false);
    expect(getMethod('balint')!.caseGiverPair).toBe(true);
    // A pair needs a case-giver to pair with.
    for (const m of methods.filter((method) => method.caseGiverPair)) expect(m.roles).toContain('caseGiver');
  });

  it('has at least seventeen methods', () => {
    expect(methods.length).toBeGreaterThanOrEqual(17);
  });

  it('keeps its method ids stable: renaming or removing an id fails here', () => {
    expect(methods.map((m) => m.id).sort()).toEqual([
      'balint',
      'collegial-consultation',
      'core-quadrants',
      'dilts',
      'five-step',
      'force-field',
      'gossip',
      'incident',
      'profile',
      'raguse',
      'reflecting-team',
      'sioo',
      'socratic',
      'talking-stick',
      'ten-step',
      'tgi',
      'troika',
    ]);
  });

  it('has unique method ids', () => {
    expect(new Set(methods.map((m) => m.id)).size).toBe(methods.length);
  });

  it('lists the nine methods of the source texts first', () => {
    expect(methods.slice(0, SEED_METHODS.length).map((m) => m.id)).toEqual(SEED_METHODS);
  });

  it('registers every method file in the folder under the file’s own name', () => {
    const modules = import.meta.glob<Record<string, unknown>>(
      [
        './*.ts',
        '!./*.test.ts',
        '!./index.ts',
        '!./schema.ts',
        '!./vocabulary.ts',
        '!./summary.ts',
        '!./chooser.ts',
        '!./material.ts',
      ],
      { eager: true },
    );
    const registered = new Set(methods);
    for (const [file, exports] of Object.entries(modules)) {
      const defined = Object.values(exports).filter((value) => methodSchema.safeParse(value).success);
      expect(defined, file).toHaveLength(1);
      const method = defined[0] as Method;
      expect(`./${method.id}.ts`).toBe(file);
      expect(registered.has(method), `${file} is not in methods`).toBe(true);
    }
    expect(Object.keys(modules)).toHaveLength(methods.length);
  });

  it('finds a method by id and nothing for an unknown id', () => {
    expect(getMethod('talking-stick')?.names.en).toBe('Talking Stick intervision');
    expect(getMethod('no-such-method')).toBeUndefined();
  });

  it('lists summaries in library order without the phases', () => {
    const list = listMethods();
    expect(list.map((m) => m.id)).toEqual(methods.map((m) => m.id));
    for (const item of list) expect(item).not.toHaveProperty('phases');
  });
});

describe.each(methods.map((m) => [m.id, m] as const))('method %s', (_id, method) => {
  it('validates against the method schema', () => {
    expect(() => methodSchema.parse(method)).not.toThrow();
  });

  it('adds its phase time boxes up to its duration', () => {
    const total = method.phases.reduce((sum, phase) => sum + phase.minutes, 0);
    expect(total).toBeCloseTo(method.durationMinutes, 5);
  });

  it('lists every role its phases rely on, once', () => {
    expect(new Set(method.roles).size).toBe(method.roles.length);
    for (const phase of method.phases) {
      for (const role of rolesImpliedBy(phase))
        expect(method.roles, `${phase.id} needs ${role}`).toContain(role);
    }
    const asksDifficultQuestions = method.phases.some((p) => p.facilitatorPrompts.length > 0);
    if (asksDifficultQuestions)
      expect(method.roles.some((r) => r === 'facilitator' || r === 'chair')).toBe(true);
  });

  it('uses only known contribution kinds, with no kind twice in a phase', () => {
    for (const phase of method.phases) {
      for (const kind of phase.contributionKinds) expect(CONTRIBUTION_KINDS, phase.id).toContain(kind);
      expect(new Set(phase.contributionKinds).size, phase.id).toBe(phase.contributionKinds.length);
    }
  });

  it('gives the facilitator difficult questions to ask', () => {
    expect(method.phases.flatMap((p) => p.facilitatorPrompts).length).toBeGreaterThanOrEqual(2);
  });

  it('describes itself honestly when its structure is a reconstruction', () => {
    if (!method.reconstruction) return;
    expect(method.origin.nl).toMatch(/reconstructie|voorstel van Kring/i);
    expect(method.origin.nl).toMatch(/\bpas\b.*\baan\b/i);
    expect(method.origin.en).toMatch(/reconstruction|proposed by Kring/i);
    expect(method.origin.en).toMatch(/\badapt\b/i);
  });
});

describe('method texts', () => {
  it('exist in Dutch and English for every text', () => {
    for (const { path, text } of allTexts) {
      expect(text.nl?.trim(), `${path}.nl`).toBeTruthy();
      expect(text.en?.trim(), `${path}.en`).toBeTruthy();
    }
  });

  it('are translated, not copied, whenever they are three words or longer', () => {
    const copied = allTexts
      .filter(({ text }) => text.nl.trim().split(/\s+/).length >= 3 && text.nl.trim() === text.en.trim())
      .map(({ path }) => path);
    expect(copied).toEqual([]);
  });

  it('keep Dutch words out of English texts', () => {
    const dutch = /\b(je|jij|het|niet|wat|een|zijn|wordt|voor|ook)\b/i;
    const mixed = allTexts.filter(({ text }) => dutch.test(unquoted(text.en))).map(({ path }) => path);
    expect(mixed).toEqual([]);
  });

  it('address the reader as "je", never as "u", in Dutch', () => {
    const formal = allTexts
      .filter(({ text }) => /\b(u|uw)\b/i.test(unquoted(text.nl)))
      .map(({ path }) => path);
    expect(formal).toEqual([]);
  });
});

describe('reconstructions', () => {
  it('marks profile, Raguse and SIOO as reconstructions', () => {
    for (const id of ['profile', 'raguse', 'sioo']) expect(getMethod(id)?.reconstruction, id).toBe(true);
  });

  it('marks the Talking Stick default structure as a reconstruction', () => {
    expect(getMethod('talking-stick')?.reconstruction).toBe(true);
  });
});
