import { z } from 'zod';
import type { MessageKey } from '../i18n/index';

/** Stable error codes of the HTTP API, each with the i18n key of its message. */
export const ERROR_MESSAGES = {
  not_found: 'errors.notFound',
  route_not_found: 'errors.routeNotFound',
  invalid_json: 'errors.invalidJson',
  body_too_large: 'errors.bodyTooLarge',
  validation_failed: 'errors.validation',
  control_characters: 'errors.controlCharacters',
  unsupported_media_type: 'errors.unsupportedMediaType',
  unauthorized: 'errors.unauthorized',
  forbidden: 'errors.forbidden',
  forbidden_origin: 'errors.forbiddenOrigin',
  rate_limited: 'errors.rateLimited',
  invalid_credentials: 'errors.invalidCredentials',
  email_not_verified: 'errors.emailNotVerified',
  weak_password: 'errors.weakPassword',
  password_too_common: 'errors.passwordTooCommon',
  invalid_token: 'errors.invalidToken',
  group_full: 'groups.errors.groupFull',
  last_admin: 'groups.errors.lastAdmin',
  rules_not_accepted: 'groups.errors.rulesNotAccepted',
  rules_outdated: 'groups.errors.rulesOutdated',
  case_recused: 'groups.errors.caseRecused',
  invite_invalid: 'groups.errors.inviteInvalid',
  invite_wrong_email: 'groups.errors.inviteWrongEmail',
  guest_name_taken: 'room.join.nameTaken',
  own_case_recusal: 'groups.errors.ownCaseRecusal',
  feed_not_found: 'groups.errors.feedNotFound',
  report_sharing_invalid: 'groups.errors.reportSharingInvalid',
  trajectory_facilitator_invalid: 'trajectories.errors.facilitatorInvalid',
  meeting_in_trajectory: 'trajectories.errors.meetingInTrajectory',
  meeting_not_ended: 'trajectories.errors.meetingNotEnded',
  meeting_not_countable: 'trajectories.errors.meetingNotCountable',
  already_signed: 'register.errors.alreadySigned',
  sign_off_closed: 'register.errors.signOffClosed',
  signup_invalid: 'activities.errors.signupInvalid',
  account_not_found: 'activities.errors.accountNotFound',
  activity_cancelled: 'activities.errors.cancelled',
  activity_facilitator_invalid: 'activities.errors.facilitatorInvalid',
  activity_capacity_taken: 'activities.errors.capacityTaken',
  activity_not_trajectory: 'activities.errors.notTrajectory',
  demo_full: 'demo.full',
  internal: 'errors.internal',
  method_not_found: 'library.errors.methodNotFound',
  method_version_not_found: 'library.errors.versionNotFound',
  method_version_in_use: 'library.errors.versionInUse',
  method_text_missing: 'library.errors.textMissing',
  method_minutes_invalid: 'library.errors.minutesInvalid',
  method_no_phases: 'library.errors.noPhases',
  method_phase_ids_unique: 'library.errors.phaseIdsUnique',
  method_phase_contribution: 'library.errors.phaseContribution',
  method_phase_stick: 'library.errors.phaseStick',
  method_phase_anonymous: 'library.errors.phaseAnonymous',
  method_group_size: 'library.errors.groupSize',
} as const satisfies Record<string, MessageKey>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** The JSON body of every error response. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    /** Problems per field; `code` is set when the message is one of ours (an error code's, translated). */
    issues: z
      .array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() }))
      .optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
