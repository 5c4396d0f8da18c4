/**
 * HTTP contract of groups, ground rules, meetings, cases, follow-up and attendance.
 *
 * For the web: import the `*Schema` values only when you need runtime validation; the inferred types
 * (`Group`, `Meeting`, `CaseItem`, ...) are what `api<T>()` returns. Dates travel as ISO-8601 strings (UTC);
 * a meeting also carries its IANA `timeZone` so pages can show local time with Intl.DateTimeFormat.
 * Errors use the common error body (core/api/errors.ts); codes specific to this feature are listed in
 * GROUP_ERROR_CODES below. Every group resource answers 404 to non-members (never 403), so a page
 * cannot tell "does not exist" from "not yours".
 *
 * Links the server puts in mails and calendar entries point at these web pages: /invite/:token,
 * /groups/:groupId, /meetings/:meetingId. The privacy check also runs in the browser with
 * core/cases/privacy.ts (findPersonalData, redact); core/calendar/zoned-time.ts turns a meeting's startsAt
 * back into the date and time fields of the form (utcToZonedFields).
 *
 * Roles: member < facilitator < admin. "accepted" = accepted the CURRENT ground-rules version.
 *
 * Routes (method, path → response; who may call):
 *   POST   /api/groups                                  → Group              signed in; creator becomes admin
 *   GET    /api/groups                                  → GroupList          signed in; my groups
 *   GET    /api/groups/:groupId                         → Group              member
 *   PATCH  /api/groups/:groupId                         → Group              admin
 *   DELETE /api/groups/:groupId                         → 204                admin
 *   GET    /api/groups/:groupId/members                 → MemberList         member
 *   PATCH  /api/groups/:groupId/members/:userId         → Member             admin (not the last admin)
 *   DELETE /api/groups/:groupId/members/:userId         → 204                admin, or the member self (= leave)
 *   GET    /api/groups/:groupId/invites                 → InviteList         admin (open invites, no tokens)
 *   POST   /api/groups/:groupId/invites                 → CreatedInvite      admin; link, reusable until expiry
 *   POST   /api/groups/:groupId/invites/email           → CreatedInvite      admin; one-use, mailed in group language
 *   DELETE /api/groups/:groupId/invites/:inviteId       → 204                admin (revoke)
 *   GET    /api/invites/:token                          → InvitePreview      anyone (public)
 *   POST   /api/invites/:token/accept                   → AcceptedInvite     signed in; an e-mail invite only by
 *                                                                         its address; not by someone removed
 *                                                                         after the invite was made
 *   GET    /api/groups/:groupId/rules                   → GroundRules        member
 *   PUT    /api/groups/:groupId/rules                   → GroundRules        admin; new version, everyone accepts again
 *   PUT    /api/groups/:groupId/report-sharing          → ReportSharingState admin (core/api/reports.ts)
 *   POST   /api/groups/:groupId/rules/accept            → GroundRules        member; body names the version
 *   GET    /api/groups/:groupId/meetings?when=upcoming|past → MeetingList    member
 *   POST   /api/groups/:groupId/meetings                → Meeting            admin, facilitator
 *   GET    /api/groups/:groupId/rota-suggestion?caseGiverId= → RotaSuggestion member
 *   GET    /api/meetings/:meetingId                     → Meeting            member
 *   PATCH  /api/meetings/:meetingId                     → Meeting            admin, facilitator
 *   DELETE /api/meetings/:meetingId                     → 204                admin, facilitator
 *   PUT    /api/meetings/:meetingId/rsvp                → RsvpResult         member
 *   GET    /api/meetings/:meetingId/ics                 → text/calendar      member
 *   GET    /api/me/upcoming                             → MeetingList        signed in; all my groups
 *   GET    /api/me/calendar-feed                        → CalendarFeedStatus signed in
 *   POST   /api/me/calendar-feed                        → CalendarFeedCreated signed in; creates or rotates (old URL dies)
 *   DELETE /api/me/calendar-feed                        → 204                signed in (revoke)
 *   GET    /api/calendar/:secret.ics                    → text/calendar      anyone holding the secret
 *   POST   /api/groups/:groupId/cases                   → CaseItem           member (drafts need no acceptance;
 *                                                                            submitting does)
 *   GET    /api/me/cases                                → CaseList           signed in; my own cases (drafts too)
 *   GET    /api/cases/:caseId                           → CaseItem           author, or accepted member not recused
 *   PATCH  /api/cases/:caseId                           → CaseItem           author
 *   DELETE /api/cases/:caseId                           → 204                author, admin
 *   GET    /api/meetings/:meetingId/cases               → CaseInventory      accepted member (recused cases hidden)
 *   POST   /api/cases/:caseId/recusal                   → 204                member (not the author)
 *   DELETE /api/cases/:caseId/recusal                   → 204                member
 *   POST   /api/privacy/check                           → PrivacyResult      signed in; 30 a minute per client (429)
 *                                                                            (same as core/cases/privacy.ts)
 *   GET    /api/me/actions                              → ActionList         signed in; my actions, all groups
 *   POST   /api/groups/:groupId/actions                 → ActionItem         member; my own action
 *   PATCH  /api/actions/:actionId                       → ActionItem         owner
 *   GET    /api/meetings/:meetingId/follow-up           → FollowUp           accepted member
 *   GET    /api/meetings/:meetingId/attendance          → Attendance         member
 *   POST   /api/meetings/:meetingId/attendance          → Attendance         admin, facilitator
 *   GET    /api/meetings/:meetingId/attendance.csv      → text/csv           member
 *   GET    /api/meetings/:meetingId/attendance.pdf      → application/pdf    member (?lang=nl|en)
 */
import { z } from 'zod';
import { emailSchema, localeSchema } from './auth';
import { patchOf } from './patch';
import { reportSharingSchema } from './reports';
import { lineSchema, nameSchema } from './text';

export const GROUP_ROLES = ['member', 'facilitator', 'admin'] as const;
export const groupRoleSchema = z.enum(GROUP_ROLES);
export type GroupRole = z.infer<typeof groupRoleSchema>;

/** Most members a group may have; quality circles stop at ten. */
export const MAX_GROUP_SIZE = 10;
/** Above this many members the group is told that 4–8 works best. */
export const ADVISED_GROUP_SIZE = 8;

export const GROUP_ERROR_CODES = [
  'group_full',
  'last_admin',
  'rules_not_accepted',
  'rules_outdated',
  'case_recused',
  'invite_invalid',
  'invite_wrong_email',
  'own_case_recusal',
  'feed_not_found',
] as const;

const isoDate = z.string();
const id = z.string().min(1).max(64);

// ---------- groups ----------
export const createGroupSchema = z.object({
  name: nameSchema(80),
  description: z.string().trim().max(1000).default(''),
  language: localeSchema.default('nl'),
});
export type CreateGroupInput = z.input<typeof createGroupSchema>;
export const updateGroupSchema = patchOf(createGroupSchema);
export type UpdateGroupInput = z.input<typeof updateGroupSchema>;

export const groupSchema = z.object({
  id,
  name: z.string(),
  description: z.string(),
  language: localeSchema,
  createdAt: isoDate,
  memberCount: z.number().int(),
  /** True above ADVISED_GROUP_SIZE members: show "4–8 works best" (key groups.size.warning). */
  sizeWarning: z.boolean(),
  myRole: groupRoleSchema,
  rulesVersion: z.number().int(),
  acceptedCurrentRules: z.boolean(),
  /** What members other than the case-giver see of a report (core/api/reports.ts); admins change it. */
  reportSharing: reportSharingSchema,
});
export type Group = z.infer<typeof groupSchema>;
export const groupListSchema = z.object({ groups: z.array(groupSchema) });
export type GroupList = z.infer<typeof groupListSchema>;

// ---------- members ----------
export const memberSchema = z.object({
  userId: id,
  name: z.string(),
  role: groupRoleSchema,
  joinedAt: isoDate,
  acceptedCurrentRules: z.boolean(),
});
export type Member = z.infer<typeof memberSchema>;
export const memberListSchema = z.object({
  members: z.array(memberSchema),
  sizeWarning: z.boolean(),
  maxMembers: z.number().int(),
});
export type MemberList = z.infer<typeof memberListSchema>;
export const updateMemberSchema = z.object({ role: groupRoleSchema });
export type UpdateMemberInput = z.infer<typeof updateMemberSchema>;

// ---------- invites ----------
export const createLinkInviteSchema = z.object({
  expiresInDays: z.number().int().min(1).max(30).default(7),
});
export type CreateLinkInviteInput = z.input<typeof createLinkInviteSchema>;
export const createEmailInviteSchema = z.object({
  email: emailSchema,
  expiresInDays: z.number().int().min(1).max(30).default(14),
});
export type CreateEmailInviteInput = z.input<typeof createEmailInviteSchema>;

export const inviteSchema = z.object({
  id,
  kind: z.enum(['link', 'email']),
  email: z.string().nullable(),
  expiresAt: isoDate,
  createdAt: isoDate,
  usedCount: z.number().int(),
});
export type Invite = z.infer<typeof inviteSchema>;
/** Only the creation response carries the secret URL; it is stored hashed and cannot be shown again. */
export const createdInviteSchema = inviteSchema.extend({ url: z.string(), token: z.string() });
export type CreatedInvite = z.infer<typeof createdInviteSchema>;
export const inviteListSchema = z.object({ invites: z.array(inviteSchema) });
export type InviteList = z.infer<typeof inviteListSchema>;

export const invitePreviewSchema = z.object({
  groupName: z.string(),
  groupDescription: z.string(),
  language: localeSchema,
  memberCount: z.number().int(),
  /** The group already has MAX_GROUP_SIZE members: accepting will be refused. */
  full: z.boolean(),
  expiresAt: isoDate,
});
export type InvitePreview = z.infer<typeof invitePreviewSchema>;
export const acceptedInviteSchema = z.object({ groupId: id, alreadyMember: z.boolean() });
export type AcceptedInvite = z.infer<typeof acceptedInviteSchema>;

// ---------- ground rules ----------
export const groundRuleItemSchema = z.object({
  title: lineSchema(120, 1),
  body: z.string().trim().max(2000),
});
export type GroundRuleItem = z.infer<typeof groundRuleItemSchema>;
export const updateGroundRulesSchema = z.object({ items: z.array(groundRuleItemSchema).min(1).max(30) });
export type UpdateGroundRulesInput = z.infer<typeof updateGroundRulesSchema>;
export const acceptGroundRulesSchema = z.object({ version: z.number().int().min(1) });
export type AcceptGroundRulesInput = z.infer<typeof acceptGroundRulesSchema>;

export const groundRulesSchema = z.object({
  version: z.number().int(),
  items: z.array(groundRuleItemSchema),
  createdAt: isoDate,
  acceptedByMe: z.boolean(),
  acceptances: z.array(z.object({ userId: id, name: z.string(), accepted: z.boolean() })),
});
export type GroundRules = z.infer<typeof groundRulesSchema>;

// ---------- meetings ----------
export const RSVP_RESPONSES = ['yes', 'no', 'maybe'] as const;
export const rsvpResponseSchema = z.enum(RSVP_RESPONSES);
export type RsvpResponse = z.infer<typeof rsvpResponseSchema>;
export const MEETING_STATUSES = ['scheduled', 'live', 'ended'] as const;

/** An IANA time zone the runtime knows (Europe/Amsterdam…). */
export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'invalid time zone');

export const rotaSchema = z.object({
  chair: id.nullable(),
  timekeeper: id.nullable(),
  scribe: id.nullable(),
});
export type Rota = z.infer<typeof rotaSchema>;

/**
 * A practice meeting on one of the example cases of core/practice (PRACTICE-1…3), with the member who plays
 * its case-giver (null: the first member who is not the chair). The server checks that the case exists.
 */
export const meetingPracticeSchema = z.strictObject({
  caseId: z.string().regex(/^[a-z][a-z0-9-]{1,62}$/),
  caseGiverId: id.nullable().default(null),
});
export type MeetingPractice = z.infer<typeof meetingPracticeSchema>;

/** Local wall-clock date and time in `timeZone`; the server turns it into an instant. */
export const createMeetingSchema = z.object({
  // Real calendar dates and clock times only: 9999-99-99 became an invalid instant and a server error.
  // Years before 1900 are refused too (Date.UTC reads years below 100 as 19xx).
  date: z.iso.date().refine((d) => d >= '1900'),
  time: z.iso.time({ precision: -1 }),
  timeZone: timeZoneSchema.default('Europe/Amsterdam'),
  durationMinutes: z.number().int().min(15).max(480).default(120),
  place: lineSchema(200).default(''),
  videoUrl: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .nullable()
    .default(null),
  methodId: z.string().max(64).nullable().default(null),
  methodVersionId: z.string().max(64).nullable().default(null),
  rota: rotaSchema.default({ chair: null, timekeeper: null, scribe: null }),
  /** The live room advances by itself when a time box ends; off by default, the chair decides. */
  autoAdvance: z.boolean().default(false),
  /** A practice meeting that counts for nothing (PRACTICE-3); null for a real one. */
  practice: meetingPracticeSchema.nullable().default(null),
  /** Mail every member an invitation with the .ics attached. */
  notify: z.boolean().default(true),
});
export type CreateMeetingInput = z.input<typeof createMeetingSchema>;
export const updateMeetingSchema = patchOf(createMeetingSchema.omit({ notify: true }));
export type UpdateMeetingInput = z.input<typeof updateMeetingSchema>;

export const rsvpCountsSchema = z.object({
  yes: z.number().int(),
  no: z.number().int(),
  maybe: z.number().int(),
});
export type RsvpCounts = z.infer<typeof rsvpCountsSchema>;

export const meetingSchema = z.object({
  id,
  groupId: id,
  groupName: z.string(),
  startsAt: isoDate,
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  place: z.string(),
  videoUrl: z.string().nullable(),
  methodId: z.string().nullable(),
  methodVersionId: z.string().nullable(),
  rota: rotaSchema,
  autoAdvance: z.boolean(),
  practice: z.object({ caseId: z.string(), caseGiverId: id.nullable() }).nullable(),
  status: z.enum(MEETING_STATUSES),
  createdBy: id.nullable(),
  myRole: groupRoleSchema,
  rsvp: rsvpCountsSchema.extend({ mine: rsvpResponseSchema.nullable() }),
  /** Per member; only on GET /api/meetings/:id. */
  responses: z
    .array(z.object({ userId: id, name: z.string(), response: rsvpResponseSchema.nullable() }))
    .optional(),
});
export type Meeting = z.infer<typeof meetingSchema>;
export const meetingListSchema = z.object({ meetings: z.array(meetingSchema) });
export type MeetingList = z.infer<typeof meetingListSchema>;
export const rsvpInputSchema = z.object({ response: rsvpResponseSchema });
export type RsvpInput = z.infer<typeof rsvpInputSchema>;
export const rsvpResultSchema = z.object({ counts: rsvpCountsSchema, mine: rsvpResponseSchema });
export type RsvpResult = z.infer<typeof rsvpResultSchema>;

const rotaPerson = z.object({ userId: id, name: z.string() }).nullable();
export const rotaSuggestionSchema = z.object({
  chair: rotaPerson,
  timekeeper: rotaPerson,
  scribe: rotaPerson,
});
export type RotaSuggestion = z.infer<typeof rotaSuggestionSchema>;

// ---------- calendar feed ----------
export const calendarFeedStatusSchema = z.object({ active: z.boolean(), createdAt: isoDate.nullable() });
export type CalendarFeedStatus = z.infer<typeof calendarFeedStatusSchema>;
/** The URL is shown once; only its hash is stored. */
export const calendarFeedCreatedSchema = z.object({ url: z.string(), createdAt: isoDate });
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreatedSchema>;

// ---------- cases ----------
export const CASE_STREAMS = ['bovenstroom', 'onderstroom'] as const;
export const CASE_STATUSES = ['draft', 'submitted', 'discussed'] as const;
export const caseCriteriaSchema = z.object({
  ownProblem: z.boolean(),
  current: z.boolean(),
  concrete: z.boolean(),
  bothersMe: z.boolean(),
  wantToAct: z.boolean(),
});
export type CaseCriteria = z.infer<typeof caseCriteriaSchema>;

export const createCaseSchema = z.object({
  title: lineSchema(120, 1),
  situation: z.string().trim().max(5000).default(''),
  question: z.string().trim().max(1000).default(''),
  stream: z.enum(CASE_STREAMS).nullable().default(null),
  criteria: caseCriteriaSchema.default({
    ownProblem: false,
    current: false,
    concrete: false,
    bothersMe: false,
    wantToAct: false,
  }),
  meetingId: id.nullable().default(null),
  status: z.enum(['draft', 'submitted']).default('draft'),
});
export type CreateCaseInput = z.input<typeof createCaseSchema>;
export const updateCaseSchema = patchOf(createCaseSchema);
export type UpdateCaseInput = z.input<typeof updateCaseSchema>;

export const caseSchema = z.object({
  id,
  groupId: id,
  meetingId: id.nullable(),
  authorId: id,
  authorName: z.string(),
  title: z.string(),
  situation: z.string(),
  question: z.string(),
  stream: z.enum(CASE_STREAMS).nullable(),
  criteria: caseCriteriaSchema,
  status: z.enum(CASE_STATUSES),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type CaseItem = z.infer<typeof caseSchema>;
export const caseListSchema = z.object({ cases: z.array(caseSchema) });
export type CaseList = z.infer<typeof caseListSchema>;
/** The inventory shows recused cases only as a stub so the member can step back in. */
export const caseInventorySchema = z.object({
  cases: z.array(caseSchema),
  recused: z.array(z.object({ id, authorName: z.string() })),
});
export type CaseInventory = z.infer<typeof caseInventorySchema>;

// ---------- privacy ----------
export const PRIVACY_KINDS = ['name', 'email', 'phone', 'bsn'] as const;
export const privacyCheckSchema = z.object({ text: z.string().max(20_000), locale: localeSchema.optional() });
export type PrivacyCheckInput = z.infer<typeof privacyCheckSchema>;
export const privacyFindingSchema = z.object({
  kind: z.enum(PRIVACY_KINDS),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  label: z.string(),
});
export type PrivacyFindingDto = z.infer<typeof privacyFindingSchema>;
export const privacyResultSchema = z.object({
  findings: z.array(privacyFindingSchema),
  redacted: z.string(),
});
export type PrivacyResult = z.infer<typeof privacyResultSchema>;

// ---------- actions and follow-up ----------
export const ACTION_STATUSES = ['open', 'done'] as const;
export const actionSchema = z.object({
  id,
  userId: id,
  userName: z.string(),
  groupId: id,
  groupName: z.string(),
  meetingId: id.nullable(),
  caseId: id.nullable(),
  text: z.string(),
  status: z.enum(ACTION_STATUSES),
  followUp: z.string(),
  createdAt: isoDate,
});
export type ActionItem = z.infer<typeof actionSchema>;
export const actionListSchema = z.object({ actions: z.array(actionSchema) });
export type ActionList = z.infer<typeof actionListSchema>;
export const createActionSchema = z.object({
  text: z.string().trim().min(1).max(1000),
  meetingId: id.nullable().default(null),
  caseId: id.nullable().default(null),
});
export type CreateActionInput = z.input<typeof createActionSchema>;
export const updateActionSchema = z.object({
  text: z.string().trim().min(1).max(1000).optional(),
  status: z.enum(ACTION_STATUSES).optional(),
  followUp: z.string().trim().max(2000).optional(),
});
export type UpdateActionInput = z.infer<typeof updateActionSchema>;
/** Open actions from the group's earlier meetings, for the "what did you do with it?" round. */
export const followUpSchema = z.object({ actions: z.array(actionSchema) });
export type FollowUp = z.infer<typeof followUpSchema>;

// ---------- attendance ----------
export const ATTENDANCE_ROLES = ['chair', 'timekeeper', 'scribe', 'caseGiver', 'facilitator'] as const;
export const attendanceRoleSchema = z.enum(ATTENDANCE_ROLES);
export type AttendanceRole = z.infer<typeof attendanceRoleSchema>;
export const attendanceEntryInputSchema = z.object({
  userId: id,
  present: z.boolean(),
  roles: z.array(attendanceRoleSchema).max(5).default([]),
});
export type AttendanceEntryInput = z.input<typeof attendanceEntryInputSchema>;
export const recordAttendanceSchema = z.object({
  entries: z.array(attendanceEntryInputSchema).min(1).max(20),
});
export type RecordAttendanceInput = z.input<typeof recordAttendanceSchema>;
export const attendanceSchema = z.object({
  meetingId: id,
  groupName: z.string(),
  startsAt: isoDate,
  timeZone: z.string(),
  durationMinutes: z.number().int(),
  entries: z.array(
    z.object({ userId: id, name: z.string(), present: z.boolean(), roles: z.array(attendanceRoleSchema) }),
  ),
});
export type Attendance = z.infer<typeof attendanceSchema>;
