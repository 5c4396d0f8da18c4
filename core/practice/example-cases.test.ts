import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../cases/privacy';
import { LOCALES } from '../i18n/locale';
import { methods } from '../methods/index';
import { exampleCases, PRACTICE_FIELDS } from './example-cases';

const byId = new Map(methods.map((m) => [m.id, m]));

describe('example cases for practice meetings', () => {
  it('offers at least twelve cases with unique ids, covering every working field', () => {
    expect(exampleCases.length).toBeGreaterThanOrEqual(12);
    expect(new Set(exampleCases.map((c) => c.id)).size).toBe(exampleCases.length);
    for (const field of PRACTICE_FIELDS)
      expect(
        exampleCases.some((c) => c.field === field),
        field,
      ).toBe(true);
  });

  it('suggests only library methods that suit the case’s kind of question', () => {
    for (const c of exampleCases) {
      expect(c.methods.length, c.id).toBeGreaterThan(0);
      for (const id of c.methods) expect(byId.get(id)?.topics, `${c.id} → ${id}`).toContain(c.topic);
    }
  });

  it('phrases every question as the case-giver’s own “how can I”', () => {
    for (const c of exampleCases) {
      expect(c.question.nl, c.id).toMatch(/^Hoe kan ik .+\?$/);
      expect(c.question.en, c.id).toMatch(/^How can I .+\?$/);
    }
  });

  it('shows how a case is written without anyone recognisable: the privacy check finds nothing', () => {
    for (const c of exampleCases)
      for (const locale of LOCALES)
        for (const text of [c.title[locale], c.situation[locale], c.question[locale]])
          expect(findPersonalData(text, locale), `${c.id} (${locale}): ${text}`).toEqual([]);
  });
});
