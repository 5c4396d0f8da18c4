/** The local date ("2026-03-03") and time ("19:30") of an instant in a time zone, as form inputs want them. */
export function toWallClock(iso: string, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(iso))
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Default date for a new meeting: one week from today, so the form starts with something sensible. */
export function nextWeek(now = new Date()): string {
  const d = new Date(now.getTime() + 7 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Every IANA zone the browser knows, Europe/Amsterdam first because most groups meet there. */
export function timeZones(): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [
    'Europe/Amsterdam',
    'Europe/Brussels',
    ...all.filter((z) => z !== 'Europe/Amsterdam' && z !== 'Europe/Brussels'),
  ];
}
