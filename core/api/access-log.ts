import { z } from 'zod';

/**
 * What was read or downloaded: a report (page, Markdown, PDF), a meeting's attendance (page, CSV, PDF), or
 * one's own hours dossier (page, PDF), which shows the attendance of every meeting it lists.
 */
export const ACCESS_KINDS = [
  'report',
  'report.md',
  'report.pdf',
  'attendance',
  'attendance.csv',
  'attendance.pdf',
  'dossier',
  'dossier.pdf',
] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

export const accessEntrySchema = z.object({
  /** null when the reader deleted their account since (shown as a former member). */
  name: z.string().nullable(),
  kind: z.enum(ACCESS_KINDS),
  meetingId: z.string(),
  meetingStartsAt: z.string(),
  at: z.string(),
});
export type AccessEntry = z.infer<typeof accessEntrySchema>;
export type AccessLog = { entries: AccessEntry[] };

export const accessLogQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
