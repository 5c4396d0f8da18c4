import { describe, expect, it } from 'vitest';
import { MAX_GROUP_SIZE } from '../api/groups';
import { en, nl } from '../i18n/index';
import { methods } from './index';
import { localizedTexts } from './shared/localized-texts';

const methodTexts = methods.flatMap((method) => localizedTexts(method, method.id));

function leaves(node: unknown, prefix = ''): { path: string; text: string }[] {
  if (typeof node === 'string') return [{ path: prefix, text: node }];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, prefix ? `${prefix}.${k}` : k),
  );
}

/** Every text a user can read in one language: the method library and the interface. */
const textsIn = (locale: 'nl' | 'en') => [
  ...methodTexts.map(({ path, text }) => ({ path, text: text[locale] })),
  ...leaves(locale === 'nl' ? nl : en),
];

const sentences = (text: string) => text.split(/(?<=[.?!])\s+/);

describe('wording of the methods and the interface', () => {
  // The instructions speak to the group; the case-giver is "hij of zij" / "they" there, never "je" / "you".
  it('refers to the case-giver in the third person in every sentence about them', () => {
    const secondPerson = {
      nl: { subject: /^De inbrenger\b/, you: /\b(je|jij|jou|jouw|jezelf|jullie)\b/i },
      en: { subject: /^The case-giver\b/, you: /\b(you|your|yours|yourself)\b/i },
    };
    const wrong = (['nl', 'en'] as const).flatMap((locale) =>
      methodTexts.flatMap(({ path, text }) =>
        sentences(text[locale])
          .filter((s) => secondPerson[locale].subject.test(s) && secondPerson[locale].you.test(s))
          .map((s) => `${path} (${locale}): ${s}`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  const forbidden = {
    nl: [
      'middellijn', // the line in the middle of a force field is the middenlijn
      'stap-voor-stap beschrijving', // one compound: stap-voor-stapbeschrijving
      'by design',
      'voorzitter', // the person leading the meeting is the gespreksleider everywhere
      'fases', // one plural each: fasen, methoden, hypothesen
      'methodes',
      'hypotheses',
      'pas haar aan', // "de opbouw … pas hem aan"
      'bekijkt haar', // "de casus … bekijkt hem"
      'één zin die de casus vat',
      'je begint',
    ],
    en: ['firm hold', 'chafes', 'rubs', 'ask further', 'provoked', 'dare you'],
  } as const;
  for (const locale of ['nl', 'en'] as const) {
    it(`avoids the words review found wrong in ${locale}`, () => {
      const found = textsIn(locale).flatMap(({ path, text }) =>
        forbidden[locale]
          .filter((word) => text.toLowerCase().includes(word))
          .map((word) => `${path}: ${word}`),
      );
      expect(found).toEqual([]);
    });
  }

  // The library may not promise a method for more people than a group can have.
  it('states no method group size above the largest group', () => {
    const tooLarge = methods.filter((m) => m.groupSize.max > MAX_GROUP_SIZE).map((m) => m.id);
    expect(tooLarge).toEqual([]);
  });
});
