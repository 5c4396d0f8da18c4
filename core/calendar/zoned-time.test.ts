import { describe, expect, it } from 'vitest';
import { offsetMinutes, utcToZonedFields, zonedTimeToUtc } from './zoned-time';

describe('zoned time', () => {
  it('turns Amsterdam wall time into UTC in winter and in summer', () => {
    expect(zonedTimeToUtc('2026-01-15', '19:30', 'Europe/Amsterdam').toISOString()).toBe(
      '2026-01-15T18:30:00.000Z',
    );
    expect(zonedTimeToUtc('2026-07-01', '09:00', 'Europe/Amsterdam').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
  });

  it('handles zones west of UTC and the day the clocks change', () => {
    expect(zonedTimeToUtc('2026-03-08', '12:00', 'America/New_York').toISOString()).toBe(
      '2026-03-08T16:00:00.000Z',
    );
    expect(zonedTimeToUtc('2026-03-29', '03:30', 'Europe/Amsterdam').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('round-trips to the form fields', () => {
    const instant = zonedTimeToUtc('2026-10-25', '14:05', 'Europe/Brussels');
    expect(utcToZonedFields(instant, 'Europe/Brussels')).toEqual({ date: '2026-10-25', time: '14:05' });
    expect(offsetMinutes(instant, 'Europe/Brussels')).toBe(60);
  });
});
