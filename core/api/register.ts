/**
 * HTTP contract of the hours a register accepts: presence from the live log, the signed attendance list,
 * the facilitator's reflection statement, register targets, the dossier and its public verification.
 * The rules are REG-1 … REG-9 in docs/MEETING-RULES.md.
 *
 * Routes (method, path → response; who may call):
 *   GET    /api/meetings/:meetingId/sign-off            → SignOffList     member of the meeting's group
 *   POST   /api/meetings/:meetingId/sign-off            → SignOffList     someone present, after the end (REG-3)
 *   POST   /api/meetings/:meetingId/countersign         → SignOffList     the meeting's countersigner (REG-4)
 *   GET    /api/trajectories/:trajectoryId/statement    → StatementView   member of the trajectory's group
 *   PUT    /api/trajectories/:trajectoryId/statement    → StatementView   the trajectory's facilitator (REG-6)
 *   GET    /api/me/register-targets                     → TargetList      signed in; only their own
 *   POST   /api/me/register-targets                     → RegisterTarget  signed in (a copy of an example, or new)
 *   PUT    /api/me/register-targets/:targetId           → RegisterTarget  its owner
 *   DELETE /api/me/register-targets/:targetId           → 204             its owner
 *   GET    /api/me/dossier?from=&to=                    → Dossier         signed in; only their own
 *   GET    /api/me/dossier.pdf?from=&to=&lang=          → application/pdf signed in; only their own (REG-8)
 *   GET    /api/verify/:code                            → Verification    anyone, 30 a minute (REG-9)
 */
import { z } from 'zod';
import { TARGET_EXAMPLE_IDS, type TargetExample } from '../register/examples';
import type { MeetingCount, NotCounted, TargetRules, TargetTotal } from '../register/hours';
import { lineSchema } from './text';

const day = z.iso.date();
const confirm = z.literal(true);

/** A signature: the name or initials the person types, with their confirmation. */
export const signOffSchema = z.strictObject({ signature: lineSchema(80, 1), confirm });
export type SignOffInput = z.input<typeof signOffSchema>;

export const statementSchema = z.strictObject({
  register: lineSchema(120, 1),
  registrationNumber: lineSchema(40, 1),
  text: z.string().trim().min(1).max(4000),
  signature: lineSchema(80, 1),
  confirm,
});
export type StatementInput = z.input<typeof statementSchema>;

export const targetSchema = z.strictObject({
  name: lineSchema(120, 1),
  description: z.string().trim().max(2000).default(''),
  source: lineSchema(300, 1),
  sourceDate: day,
  hours: z.number().positive().max(1000),
  periodMonths: z.int().min(1).max(120),
  minSessionMinutes: z.int().min(0).max(600),
  pointsPerHour: z.number().positive().max(10),
  minGroupSize: z.int().min(2).max(50).nullable(),
  requiresSignedList: z.boolean(),
});
export type TargetInput = z.input<typeof targetSchema>;

/** A new target is a copy of a shipped example (in the caller's language) or written out in full. */
export const newTargetSchema = z.union([
  z.strictObject({ example: z.enum(TARGET_EXAMPLE_IDS as [TargetExample, ...TargetExample[]]) }),
  targetSchema,
]);

export const dossierQuerySchema = z
  .object({ from: day, to: day, lang: z.enum(['nl', 'en']).optional() })
  .refine((q) => q.to >= q.from, { path: ['to'], message: 'ends_before_start' });

export type RegisterTarget = TargetRules & {
  id: string;
  name: string;
  description: string;
  source: string;
  sourceDate: string;
  example: TargetExample | null;
  updatedAt: string;
};
export type TargetList = { targets: RegisterTarget[]; examples: TargetExample[] };

export type Signature = { name: string; signature: string; at: string };

/** One line of a meeting's attendance list; others' times only for those who countersign or plan (REG-5). */
export type SignOffLine = {
  userId: string;
  name: string;
  guest: boolean;
  minutes: number | null;
  lateMinutes: number | null;
  earlyMinutes: number | null;
  signed: Signature | null;
};

export type SignOffList = {
  meetingId: string;
  ended: boolean;
  startedAt: string | null;
  endedAt: string | null;
  /** Until when signatures are taken (REG-3). */
  openUntil: string | null;
  lines: SignOffLine[];
  countersigned: Signature | null;
  /** Who countersigns: a facilitator who took part, otherwise the chair (REG-4). */
  countersignerName: string | null;
  mayCountersign: boolean;
  maySign: boolean;
};

export type Statement = {
  trajectoryId: string;
  trajectoryName: string;
  groupName: string;
  facilitatorName: string;
  register: string;
  registrationNumber: string;
  text: string;
  signature: string;
  signedAt: string;
};
export type StatementView = { statement: Statement | null; maySign: boolean };

export type DossierMeeting = {
  meetingId: string;
  startsAt: string;
  timeZone: string;
  groupName: string;
  method: { nl: string; en: string } | null;
  roles: string[];
  minutesPresent: number;
  lateMinutes: number;
  earlyMinutes: number;
  groupSize: number;
  signed: Signature | null;
  countersigned: Signature | null;
  /** Per target id: the hours it adds or why none. */
  counts: Record<string, MeetingCount>;
};

export type Dossier = {
  name: string;
  from: string;
  to: string;
  meetings: DossierMeeting[];
  targets: RegisterTarget[];
  totals: Record<string, TargetTotal>;
  statements: Statement[];
};

export type Verification = {
  code: string;
  name: string;
  from: string;
  to: string;
  issuedAt: string;
  meetings: number;
  totals: { name: string; hours: number; points: number; required: number }[];
  /** Whether the record today gives the same document (REG-9); false once a sign-off or statement changed it. */
  matches: boolean;
};

export type { MeetingCount, NotCounted, TargetTotal };
