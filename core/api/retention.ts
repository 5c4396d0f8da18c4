import { z } from 'zod';

/** The periods a group may choose, in days after the meeting; null keeps case content. */
export const RETENTION_DAYS = [30, 90, 365] as const;
export type RetentionDays = (typeof RETENTION_DAYS)[number] | null;

export const updateRetentionSchema = z.strictObject({
  days: z.union([z.literal(30), z.literal(90), z.literal(365), z.null()]),
});

/** A group's retention as members read it. */
export type Retention = { days: RetentionDays; changedAt: string | null };

/** When a meeting's case content goes (or went); both null while the group keeps it. */
export type MeetingRetention = { removesAt: string | null; removedAt: string | null };
