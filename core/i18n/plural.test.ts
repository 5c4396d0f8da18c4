import { describe, expect, it } from 'vitest';
import { en, nl, translate } from './index';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

// A number followed by a noun ("{{count}} stemmen", "{{minutes}} minutes") needs a singular form.
// "van"/"of" point at the total ("3 van 8 leden"), "min" is an abbreviation: neither changes with the number.
const COUNTED = /\{\{(count|minutes)\}\} (?!van\b|of\b|min\b)\p{L}/u;
// Both numbers here are lengths of whole meetings (a library method, the time a group has): never one minute.
const WHOLE_MEETINGS = new Set(['methods.chooser.reasons.fitsTime', 'methods.chooser.reasons.tooLong']);

describe('plural forms', () => {
  it('says "1 stem" and "2 stemmen", "1 vote" and "2 votes"', () => {
    expect(translate('nl', 'room.inventory.votes', { count: 1 })).toBe('1 stem');
    expect(translate('nl', 'room.inventory.votes', { count: 2 })).toBe('2 stemmen');
    expect(translate('nl', 'room.inventory.votes', { count: 0 })).toBe('0 stemmen');
    expect(translate('en', 'room.inventory.votes', { count: 1 })).toBe('1 vote');
    expect(translate('en', 'room.inventory.votes', { count: 3 })).toBe('3 votes');
  });

  it('uses the plural for halves ("1,5 minuten") and the singular for one minute', () => {
    expect(translate('nl', 'groups.attendance.minutes', { count: 1 })).toBe('1 minuut');
    expect(translate('en', 'library.method.phaseMinutes', { count: 1.5, minutes: '1.5' })).toBe(
      '1.5 minutes',
    );
  });

  for (const [locale, texts] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    it(`gives every counted text in ${locale} a singular and a plural form`, () => {
      const all = leaves(texts);
      const keys = new Set(all.map(([key]) => key));
      const missing = all
        .filter(([key, text]) => COUNTED.test(text) && !WHOLE_MEETINGS.has(key) && !/_(one|other)$/.test(key))
        .map(([key, text]) => `${key}: ${text}`);
      expect(missing).toEqual([]);
      const unpaired = [...keys].filter(
        (key) =>
          (key.endsWith('_one') && !keys.has(key.replace(/_one$/, '_other'))) ||
          (key.endsWith('_other') && !keys.has(key.replace(/_other$/, '_one'))),
      );
      expect(unpaired).toEqual([]);
    });
  }
});
