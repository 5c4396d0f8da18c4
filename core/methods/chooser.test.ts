import { describe, expect, it } from 'vitest';
import { translate } from '../i18n';
import { CHOOSER_REASONS, type ChooserInput, chooserInputSchema, reasonKey, suggestMethods } from './chooser';
import { methods } from './index';
import { EXPERIENCE_LEVELS } from './schema';

const ids = (input: ChooserInput) => suggestMethods(input).map((s) => s.methodId);
const rankOf = (input: ChooserInput, id: string) => ids(input).indexOf(id);
const find = (input: ChooserInput, id: string) => suggestMethods(input).find((s) => s.methodId === id)!;
const codes = (input: ChooserInput, id: string) => find(input, id).reasons.map((r) => r.code);

describe('method chooser', () => {
  it('suggests the incident method first for a concrete incident in a new group with an hour', () => {
    const input: ChooserInput = { topic: 'incident', minutes: 60, experience: 'new', groupSize: 6 };
    expect(ids(input)[0]).toBe('incident');
    expect(codes(input, 'incident')).toEqual([
      'madeForTopic',
      'fitsTime',
      'goodForNewGroups',
      'groupSizeFits',
    ]);
  });

  it.each(EXPERIENCE_LEVELS)(
    'puts force-field analysis near the top for a change that does not happen (%s group)',
    (experience) => {
      const input: ChooserInput = { topic: 'change', minutes: 60, experience };
      expect(rankOf(input, 'force-field')).toBeLessThan(3);
    },
  );

  it('puts the method made for organisational issues above methods that merely also suit them', () => {
    const input: ChooserInput = { topic: 'organisation', minutes: 60, experience: 'experienced' };
    expect(ids(input)[0]).toBe('sioo');
    expect(codes(input, 'force-field')).toContain('suitsTopic');
  });

  it('ranks the logical levels or the Socratic dialogue first for values and identity', () => {
    const input: ChooserInput = { topic: 'valuesIdentity', minutes: 90, experience: 'some' };
    expect(['dilts', 'socratic']).toContain(ids(input)[0]);
    expect(rankOf(input, 'dilts')).toBeLessThan(3);
    expect(rankOf(input, 'socratic')).toBeLessThan(3);
  });

  it.each(EXPERIENCE_LEVELS)(
    'suggests Talking Stick first when everyone should have an equal voice (%s group)',
    (experience) => {
      const input: ChooserInput = { topic: 'equalVoice', minutes: 60, experience };
      expect(ids(input)[0]).toBe('talking-stick');
      expect(codes(input, 'talking-stick')).toContain('equalTurns');
    },
  );

  it('ranks a method longer than the available time below every suitable method that fits, and says it is too long', () => {
    const input: ChooserInput = { topic: 'ownFunctioning', minutes: 90, experience: 'experienced' };
    const ranked = suggestMethods(input);
    const tenStep = ranked.findIndex((s) => s.methodId === 'ten-step');
    const suitableAndFitting = ranked.filter(
      (s) => s.fits && s.reasons.some((r) => r.code === 'madeForTopic' || r.code === 'suitsTopic'),
    );
    expect(suitableAndFitting.length).toBeGreaterThan(3);
    for (const s of suitableAndFitting) expect(ranked.indexOf(s), s.methodId).toBeLessThan(tenStep);
    expect(ranked[tenStep]!.reasons).toContainEqual({
      code: 'tooLong',
      params: { minutes: 130, available: 90 },
    });
    expect(ranked[tenStep]!.fits).toBe(false);
  });

  it('prefers a suitable method that runs a little over to one that fits the time but not the question', () => {
    const input: ChooserInput = { topic: 'valuesIdentity', minutes: 60, experience: 'some' };
    expect(ids(input).slice(0, 2).sort()).toEqual(['dilts', 'socratic']);
    expect(codes(input, 'dilts')).toContain('tooLong');
  });

  it('still lets the ten-step method through when the group has its two hours and more', () => {
    const input: ChooserInput = { topic: 'ownFunctioning', minutes: 150, experience: 'some' };
    expect(find(input, 'ten-step').fits).toBe(true);
    expect(codes(input, 'ten-step')).toContain('fitsTime');
  });

  it('warns a new group off a method that asks for an experienced group', () => {
    const newGroup: ChooserInput = { topic: 'relationship', minutes: 120, experience: 'new' };
    const experienced: ChooserInput = { ...newGroup, experience: 'experienced' };
    expect(codes(newGroup, 'balint')).toContain('needsExperience');
    expect(codes(experienced, 'balint')).not.toContain('needsExperience');
    expect(rankOf(experienced, 'balint')).toBeLessThan(rankOf(newGroup, 'balint'));
  });

  it('names the group size a method is meant for when the group is smaller', () => {
    const small: ChooserInput = { topic: 'incident', minutes: 60, experience: 'new', groupSize: 3 };
    expect(find(small, 'incident').reasons).toContainEqual({
      code: 'groupSizeOff',
      params: { min: 5, max: 10, size: 3 },
    });
    expect(rankOf(small, 'incident')).toBeGreaterThan(rankOf({ ...small, groupSize: 6 }, 'incident'));
    expect(codes(small, 'troika')).toContain('groupSizeFits');
  });

  it('ranks every method once, each with at least a topic and a time reason', () => {
    const ranked = suggestMethods({ topic: 'organisation', minutes: 45, experience: 'some' });
    expect(ranked.map((s) => s.methodId).sort()).toEqual(methods.map((m) => m.id).sort());
    for (const s of ranked) {
      const found = s.reasons.map((r) => r.code);
      expect(
        found.some((c) => ['madeForTopic', 'suitsTopic', 'otherTopic'].includes(c)),
        s.methodId,
      ).toBe(true);
      expect(
        found.some((c) => c === 'fitsTime' || c === 'tooLong'),
        s.methodId,
      ).toBe(true);
    }
  });

  it('explains every reason in Dutch and English with all its numbers filled in', () => {
    const inputs: ChooserInput[] = [
      { topic: 'incident', minutes: 30, experience: 'new', groupSize: 12 },
      { topic: 'equalVoice', minutes: 90, experience: 'new', groupSize: 5 },
    ];
    const seen = new Set<string>();
    for (const input of inputs) {
      for (const { reasons } of suggestMethods(input)) {
        for (const { code, params } of reasons) {
          seen.add(code);
          for (const locale of ['nl', 'en'] as const) {
            const text = translate(locale, reasonKey(code), params);
            expect(text, `${locale} ${code}`).not.toBe(reasonKey(code));
            expect(text, `${locale} ${code}`).not.toContain('{{');
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...CHOOSER_REASONS].sort());
    expect(translate('en', reasonKey('tooLong'), { minutes: 130, available: 90 })).toBe(
      'Takes 130 minutes: longer than the 90 minutes you have',
    );
  });

  it('reads its input from query strings and refuses unknown kinds of question', () => {
    expect(chooserInputSchema.parse({ topic: 'change', minutes: '60', experience: 'some' })).toEqual({
      topic: 'change',
      minutes: 60,
      experience: 'some',
    });
    expect(
      chooserInputSchema.safeParse({ topic: 'gardening', minutes: 60, experience: 'some' }).success,
    ).toBe(false);
    expect(chooserInputSchema.safeParse({ topic: 'change', minutes: 0, experience: 'some' }).success).toBe(
      false,
    );
  });
});
