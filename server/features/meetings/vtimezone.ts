import { offsetMinutes, wallTime } from '../../../core/calendar/zoned-time';

const DAY = 86_400_000;

function stamp(instant: Date, timeZoneOffset: number): string {
  // DTSTART of an observance is the local time before the change, i.e. in the old offset.
  const local = new Date(instant.getTime() + timeZoneOffset * 60_000);
  return local
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, '');
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** Instants in [from, to) where the zone's UTC offset changes, found by daily steps and a binary search. */
function transitions(timeZone: string, from: Date, to: Date): { at: Date; before: number; after: number }[] {
  const found: { at: Date; before: number; after: number }[] = [];
  let prev = offsetMinutes(from, timeZone);
  for (let t = from.getTime() + DAY; t <= to.getTime(); t += DAY) {
    const now = offsetMinutes(new Date(t), timeZone);
    if (now === prev) continue;
    let lo = t - DAY;
    let hi = t;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000;
      if (offsetMinutes(new Date(mid), timeZone) === prev) lo = mid;
      else hi = mid;
    }
    found.push({ at: new Date(hi), before: prev, after: now });
    prev = now;
  }
  return found;
}

/**
 * A VTIMEZONE block for the years covering the given instants, computed from the platform's time-zone
 * data, so calendar apps that do not know the IANA name still place the meeting right.
 */
export function vtimezone(timeZone: string, instants: Date[]): string {
  const years = instants.map((d) => wallTime(d, timeZone).year);
  const from = new Date(Date.UTC(Math.min(...years, new Date().getUTCFullYear()) - 1, 0, 1));
  const to = new Date(Date.UTC(Math.max(...years) + 1, 11, 31));
  const changes = transitions(timeZone, from, to);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  if (changes.length === 0) {
    const o = offsetText(offsetMinutes(from, timeZone));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${o}`,
      `TZOFFSETTO:${o}`,
      'END:STANDARD',
    );
  }
  for (const c of changes) {
    const kind = c.after > c.before ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${stamp(c.at, c.before)}`,
      `TZOFFSETFROM:${offsetText(c.before)}`,
      `TZOFFSETTO:${offsetText(c.after)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}
