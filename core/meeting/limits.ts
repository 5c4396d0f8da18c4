import { DILTS_LEVELS, TGI_FACTORS } from '../methods/vocabulary';

// Limits and word lists of the commands, without zod: the live room's code imports these, not commands.ts.

/** Longest contribution, answer or note text. */
export const MAX_TEXT = 2000;
/** A case pitch is at most three sentences. */
export const MAX_PITCH = 600;
/** Longest process-flag remark and action text. */
export const MAX_SHORT_TEXT = 500;

/** Roles the chair assigns; the chair role moves by hand-over (assignRole with role 'chair'). */
export const ASSIGNABLE_ROLES = [
  'chair',
  'caseGiver',
  // The second case-giver of a pair, in a method that allows one (PAIR-1).
  'coCaseGiver',
  'timekeeper',
  'scribe',
  'facilitator',
  'observer',
] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** Frame stages the chair can open directly (the method's phases are started with startPhase). */
export const OPENABLE_STAGES = [
  'opening',
  'inventory',
  'casting',
  'decision',
  'evaluation',
  'summary',
] as const;
export type OpenableStage = (typeof OPENABLE_STAGES)[number];

/** A Dilts level or a TGI factor, depending on the phase's tagging. */
export const TAGS = [...DILTS_LEVELS, ...TGI_FACTORS] as const;
export type Tag = (typeof TAGS)[number];

export const FORCE_DIRECTIONS = ['restraining', 'driving'] as const;
export type ForceDirection = (typeof FORCE_DIRECTIONS)[number];
/** Why someone raises a process flag; the chair sees it at once. */
export const FLAG_REASONS = ['advice', 'suggestiveQuestion', 'offTopic', 'time', 'respect', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

/** How people talk in the room (TALK-1): everyone types, one device records what is said, or both. */
export const TALK_MODES = ['typed', 'recorded', 'mixed'] as const;
export type TalkMode = (typeof TALK_MODES)[number];
/** How the facilitators take part in a meeting (LIFE-7). */
export const FACILITATOR_MODES = ['leads', 'background', 'absent'] as const;
export type FacilitatorMode = (typeof FACILITATOR_MODES)[number];
