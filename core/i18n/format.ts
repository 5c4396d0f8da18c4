import type { Locale } from './locale';

// Formatters are costly to build and used per line of a report: one of each per language.
const numbers = {
  nl: new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
} satisfies Record<Locale, Intl.NumberFormat>;
const days = {
  nl: new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
} satisfies Record<Locale, Intl.DateTimeFormat>;

/** A number as the reader writes it: "4,4" in Dutch, "4.4" in English. */
export function formatNumber(locale: Locale, value: number): string {
  return numbers[locale].format(value);
}

/** A calendar day ("2026-12-04") as the reader writes it: "4 december 2026", "4 December 2026". */
export function formatDay(locale: Locale, isoDay: string): string {
  const [year, month, day] = isoDay.split('-').map(Number);
  if (!year || !month || !day) return isoDay;
  return days[locale].format(new Date(Date.UTC(year, month - 1, day)));
}
