/**
 * HTTP contract of meeting reports and of the group's report sharing (rules REPORT-1 … REPORT-7 in
 * docs/MEETING-RULES.md).
 *
 * Routes (method, path → response; who may call):
 *   GET /api/meetings/:meetingId/report                → ReportResponse     accepted member (?lang=nl|en, ?case=n)
 *   GET /api/meetings/:meetingId/report.md             → text/markdown      accepted member
 *   GET /api/meetings/:meetingId/report.pdf            → application/pdf    accepted member
 *   PUT /api/groups/:groupId/report-sharing            → ReportSharingState admin; body UpdateReportSharingInput
 * The group's current level is also in every Group response (`reportSharing`).
 */
import { z } from 'zod';
import type { MessageKey } from '../i18n/index';
import type { Report, ReportMeta } from '../reports/index';

/**
 * How much of a report members other than the case-giver see, from least to most: `summary` (method, date,
 * who took part, evaluation means), `contributions` (also the question and everything the method produced),
 * `everything` (also the decision, the actions and shared learning points).
 */
export const REPORT_SHARING_LEVELS = ['summary', 'contributions', 'everything'] as const;
export type ReportSharing = (typeof REPORT_SHARING_LEVELS)[number];

/** A group that never chose shares only the summary: confidentiality first. */
export const DEFAULT_REPORT_SHARING: ReportSharing = 'summary';

export const reportSharingSchema = z.enum(REPORT_SHARING_LEVELS, { error: 'report_sharing_invalid' });

export const updateReportSharingSchema = z.object({ level: reportSharingSchema });
export type UpdateReportSharingInput = z.input<typeof updateReportSharingSchema>;

export const reportSharingStateSchema = z.object({ level: reportSharingSchema });
export type ReportSharingState = z.infer<typeof reportSharingStateSchema>;

/** Which of two levels shares less. */
export function narrowerSharing(a: ReportSharing, b: ReportSharing): ReportSharing {
  return REPORT_SHARING_LEVELS.indexOf(a) <= REPORT_SHARING_LEVELS.indexOf(b) ? a : b;
}

/** How the reader's report was cut, so the page can say what they do not see and why. */
export const reportReadingSchema = z.object({
  /** The level this report is shared at (REPORT-5). */
  level: reportSharingSchema,
  /** The reader is the case-giver and sees the whole report whatever the level (REPORT-2). */
  caseGiver: z.boolean(),
  /** The group shares more now than when the meeting ended; this report keeps the narrower level. */
  heldAtMeetingEnd: z.boolean(),
});
export type ReportReading = z.infer<typeof reportReadingSchema>;

/** One case of the meeting, for a reader to pick its report (CASES-7). */
export type ReportCase = { number: number; caseGiver: string | null };

/** Which case's report to read (`?case=n`, from 1); absent: the reader's own last case, else the last. */
export const reportCaseSchema = z.coerce.number().int().min(1).max(1000).optional();

/** GET /api/meetings/:meetingId/report. */
export type ReportResponse = {
  report: Report;
  meta: ReportMeta;
  /** The meeting's cases in order (one in a meeting of one case), and which of them this report is. */
  cases: ReportCase[];
  case: number;
  /** Names of everyone who joined the meeting, in the order they joined (guests included). */
  participants: string[];
  reading: ReportReading;
};

/**
 * What a reader is told about the cut of their report, as i18n keys with variables: the same lines on the
 * web page and in the Markdown and PDF (REPORT-7). `level` is filled with the level's translated name.
 */
export function readingNotice(reading: ReportReading): { key: MessageKey; level?: ReportSharing }[] {
  if (reading.caseGiver) return [{ key: 'reports.reading.caseGiver', level: reading.level }];
  if (reading.level === 'everything') return [];
  const lines: { key: MessageKey }[] = [{ key: `reports.reading.${reading.level}` }];
  if (reading.heldAtMeetingEnd) lines.push({ key: 'reports.reading.heldAtMeetingEnd' });
  return lines;
}

/** The i18n key of a level's short name. */
export const sharingNameKey = (level: ReportSharing): MessageKey => `groups.reportSharing.${level}.name`;
