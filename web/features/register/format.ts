import { currentLocale } from '../../lib/i18n';

/** A moment as the reader writes it ('4 dec 2026 19:42'). */
export const formatMoment = (iso: string): string =>
  new Intl.DateTimeFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));

/** A day as the reader writes it ('4 december 2026'). */
export const formatDate = (iso: string): string =>
  new Intl.DateTimeFormat(currentLocale() === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(
    new Date(iso),
  );
