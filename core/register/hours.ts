/**
 * What a professional register accepts of the meetings someone took part in. A target is data the person
 * keeps (with its source and date), so a register that changes its rules needs no new code.
 */
export type TargetRules = {
  /** Hours the register asks for in one period of `periodMonths`. */
  hours: number;
  periodMonths: number;
  /** A meeting counts only from this many minutes present (SKJ: 60); 0 for any length. */
  minSessionMinutes: number;
  /** Points per hour counted (SKJ: 1). */
  pointsPerHour: number;
  /** People present in the meeting, the person included, for it to count; null for any size. */
  minGroupSize: number | null;
  /** A meeting counts only with the person's own signature and the facilitator's or chair's countersignature. */
  requiresSignedList: boolean;
};

/** One meeting as it enters a dossier: the facts the rules look at. */
export type CountedFacts = {
  minutesPresent: number;
  groupSize: number;
  signed: boolean;
  countersigned: boolean;
};

export const NOT_COUNTED = ['tooShort', 'groupTooSmall', 'notSigned', 'notCountersigned'] as const;
export type NotCounted = (typeof NOT_COUNTED)[number];

export type MeetingCount = { hours: number; reasons: NotCounted[] };

/** The hours one meeting adds for a target, or why it adds none. */
export function countMeeting(rules: TargetRules, m: CountedFacts): MeetingCount {
  const reasons: NotCounted[] = [];
  if (m.minutesPresent <= 0 || m.minutesPresent < rules.minSessionMinutes) reasons.push('tooShort');
  if (rules.minGroupSize !== null && m.groupSize < rules.minGroupSize) reasons.push('groupTooSmall');
  if (rules.requiresSignedList && !m.signed) reasons.push('notSigned');
  if (rules.requiresSignedList && !m.countersigned) reasons.push('notCountersigned');
  return { hours: reasons.length > 0 ? 0 : m.minutesPresent / 60, reasons };
}

export type TargetTotal = { hours: number; points: number; meetings: number; required: number };

/** The hours, points and meetings that count for a target over a list of meetings. */
export function totalFor(rules: TargetRules, meetings: readonly CountedFacts[]): TargetTotal {
  const counted = meetings.map((m) => countMeeting(rules, m).hours).filter((h) => h > 0);
  const hours = counted.reduce((sum, h) => sum + h, 0);
  // Rounded to two decimals once, at the end, so many short meetings do not lose minutes one by one.
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    hours: round(hours),
    points: round(hours * rules.pointsPerHour),
    meetings: counted.length,
    required: rules.hours,
  };
}
