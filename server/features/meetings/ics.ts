import ical from 'ical-generator';
import { oneLine } from '../../../core/api/text';
import { wallTime } from '../../../core/calendar/zoned-time';
import { type Locale, translate } from '../../../core/i18n/index';
import { webLinks } from '../groups/context';
import type { MeetingWithGroup } from './repo';
import { vtimezone } from './vtimezone';

/**
 * A Date that ical-generator formats as wall time in the event's zone (it recognises this shape as a
 * zoned date); a plain Date would be printed in the server's own zone.
 */
export class ZonedDate extends Date {
  readonly internal: Date;
  constructor(instant: Date) {
    super(instant.getTime());
    this.internal = new Date(instant.getTime());
  }
  withTimeZone(timeZone: string) {
    const w = wallTime(this.internal, timeZone);
    const get = { getFullYear: () => w.year, getMonth: () => w.month - 1, getDate: () => w.day };
    return {
      ...get,
      getHours: () => w.hour,
      getMinutes: () => w.minute,
      getSeconds: () => w.second,
      getUTCFullYear: get.getFullYear,
      getUTCMonth: get.getMonth,
      getUTCDate: get.getDate,
    };
  }
  tzComponents() {
    return wallTime(this.internal, 'UTC');
  }
}

// Text values may come from before names and places were checked for control characters (issue 11,
// MEDIUM 7). ical-generator escapes an event's text fields (backslash, ; , and line breaks) but writes the
// calendar's name as given, so a line break there started a line of its own.
/** RFC 5545 TEXT escaping, for the values ical-generator writes as given. */
export const icsText = (text: string) => oneLine(text).replace(/[\\;,]/g, (c) => `\\${c}`);

/** An iCalendar file with the given meetings, each with a stable UID, its own TZID and a VTIMEZONE. */
export function meetingsCalendar(
  meetings: MeetingWithGroup[],
  options: { name: string; locale: Locale; publicUrl: string; now: Date },
): string {
  const calendar = ical({
    name: icsText(options.name),
    prodId: { company: 'Kring', product: 'Kring', language: options.locale.toUpperCase() },
  });
  calendar.timezone({
    name: null,
    generator: (tz) =>
      vtimezone(
        tz,
        meetings.filter((m) => m.timeZone === tz).map((m) => m.startsAt),
      ),
  });
  for (const m of meetings) {
    const url = webLinks.meeting(options.publicUrl, m.id);
    const description = [
      m.videoUrl ? translate(options.locale, 'groups.calendar.video', { url: m.videoUrl }) : null,
      translate(options.locale, 'groups.calendar.open', { url }),
    ].filter(Boolean);
    calendar.createEvent({
      id: `${m.id}@kring`,
      start: new ZonedDate(m.startsAt),
      end: new ZonedDate(new Date(m.startsAt.getTime() + m.durationMinutes * 60_000)),
      timezone: m.timeZone,
      stamp: options.now,
      summary: oneLine(translate(options.locale, 'groups.calendar.summary', { group: m.groupName })),
      location: oneLine(m.place || m.videoUrl || '') || null,
      description: description.map((line) => oneLine(line ?? '')).join('\n'),
      url,
    });
  }
  return calendar.toString();
}
