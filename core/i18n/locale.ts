// The languages and how one is picked, without the texts: the web app loads those per language and feature.

export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nl';

/** Picks a supported locale from a free-form value such as a query parameter or Accept-Language header. */
export function pickLocale(input: string | null | undefined): Locale {
  if (!input) return DEFAULT_LOCALE;
  for (const part of input.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (tag === 'nl' || tag === 'en') return tag;
  }
  return DEFAULT_LOCALE;
}
