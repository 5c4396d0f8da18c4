import { currentLocale } from '../../../lib/i18n';

const tag = () => (currentLocale() === 'nl' ? 'nl-NL' : 'en-GB');

/** The meeting's start as people read it in the meeting's own time zone, e.g. "dinsdag 3 maart 2026 19:30". */
export function formatMeetingStart(startsAt: string, timeZone: string): string {
  return new Intl.DateTimeFormat(tag(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(new Date(startsAt));
}

/** A short date without time, for expiry dates and lists. */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(tag(), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(iso),
  );
}

/** The time zone name only when it differs from the reader's own, so most people see no noise. */
export function foreignTimeZone(timeZone: string): string | null {
  const own = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return own === timeZone ? null : timeZone;
}

/** The end time of a meeting, as a wall-clock time in its own zone. */
export function formatEndTime(startsAt: string, durationMinutes: number, timeZone: string): string {
  const end = new Date(new Date(startsAt).getTime() + durationMinutes * 60_000);
  return new Intl.DateTimeFormat(tag(), { hour: '2-digit', minute: '2-digit', timeZone }).format(end);
}
