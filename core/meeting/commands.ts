import { z } from 'zod';
import { containsNul } from '../api/nul';
import { CONTRIBUTION_KINDS, methodSchema } from '../methods/schema';
import {
  ASSIGNABLE_ROLES,
  FACILITATOR_MODES,
  FLAG_REASONS,
  FORCE_DIRECTIONS,
  MAX_PITCH,
  MAX_SHORT_TEXT,
  MAX_TEXT,
  OPENABLE_STAGES,
  TAGS,
  TALK_MODES,
} from './limits';

export * from './limits';

/**
 * Every command a participant can send to a live meeting (docs/MEETING-RULES.md).
 * The client-made `commandId` lives in the protocol envelope, not here: idempotency is the room's job.
 */

const id = z.string().min(1).max(64);
const text = z.string().trim().min(1).max(MAX_TEXT);
const score = z.number().int().min(1).max(5);

export const forceSchema = z.object({
  direction: z.enum(FORCE_DIRECTIONS),
  inReach: z.boolean().default(true),
});
export type Force = z.output<typeof forceSchema>;

export const actionSchema = z.object({
  text: z.string().trim().min(1).max(MAX_SHORT_TEXT),
  /** Who does it; absent means the case-giver. */
  ownerId: id.optional(),
  /** ISO date (yyyy-mm-dd). */
  due: z.iso.date().optional(),
});
export type Action = z.output<typeof actionSchema>;

const cmd = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...shape });

// Commands a recorder may give for someone who speaks (TALK-2); each is decided as the speaker's own.
const contribute = cmd('contribute', {
  kind: z.enum(CONTRIBUTION_KINDS),
  text,
  tag: z.enum(TAGS).optional(),
  force: forceSchema.optional(),
});
const passTurn = cmd('passTurn', {});
const answerQuestion = cmd('answerQuestion', { contributionId: id, text });
const rateContribution = cmd('rateContribution', { contributionId: id, rating: score });
// The case-giver marks (or unmarks) an item of earlier material as chosen (MAT-3).
const chooseContribution = cmd('chooseContribution', {
  contributionId: id,
  chosen: z.boolean().default(true),
});
const weighForce = cmd('weighForce', { contributionId: id, weight: z.number().int().min(1).max(10) });
const giveEvaluation = cmd('giveEvaluation', {
  /** Only the case-giver says whether they felt heard. */
  heard: score.optional(),
  perspectives: score,
  method: score,
  cooperation: score,
  note: z.string().trim().max(MAX_TEXT).optional(),
});

export const recordableSchema = z.discriminatedUnion('type', [
  contribute,
  passTurn,
  answerQuestion,
  rateContribution,
  chooseContribution,
  weighForce,
  giveEvaluation,
]);
/** A command a recorder gives on someone's behalf. */
export type RecordableCommand = z.output<typeof recordableSchema>;

export const commandSchema = z.discriminatedUnion('type', [
  // Presence and people
  cmd('join', {}),
  cmd('leave', {}),
  cmd('admitGuest', { userId: id, name: z.string().trim().min(1).max(80) }),
  cmd('refuseGuest', { userId: id }),
  cmd('assignRole', { role: z.enum(ASSIGNABLE_ROLES), userId: id }),
  cmd('unassignRole', { role: z.enum(ASSIGNABLE_ROLES).exclude(['chair']), userId: id }),
  // Method and flow
  // The frozen copy the server looked up for a client's methodChoice (clients never send a whole method).
  cmd('chooseMethod', { method: methodSchema, versionId: id.optional() }),
  cmd('openStage', { stage: z.enum(OPENABLE_STAGES), minutes: z.number().positive().max(240).optional() }),
  cmd('startPhase', { phaseId: z.string().min(1).max(64).optional() }),
  cmd('advancePhase', {}),
  cmd('goBack', {}),
  cmd('skipPhase', { phaseId: z.string().min(1).max(64) }),
  cmd('extendTimebox', { minutes: z.number().positive().max(60).multipleOf(0.5) }),
  cmd('reveal', {}),
  cmd('markReady', { ready: z.boolean().default(true) }),
  cmd('endMeeting', {}),
  // Case inventory
  cmd('pitchCase', { text: z.string().trim().min(1).max(MAX_PITCH) }),
  cmd('vote', { pitchId: id.nullable() }),
  cmd('chooseCase', { pitchId: id }),
  cmd('setCaseQuestion', { text }),
  // Contributions
  contribute,
  cmd('editContribution', { contributionId: id, text, force: forceSchema.optional() }),
  cmd('withdrawContribution', { contributionId: id }),
  passTurn,
  cmd('passStick', { to: id }),
  answerQuestion,
  rateContribution,
  chooseContribution,
  weighForce,
  cmd('tagLevel', { contributionId: id, tag: z.enum(TAGS) }),
  // Sorting forces before they are weighed (FORCE-1 … FORCE-4): chair or scribe.
  cmd('mergeForce', { contributionId: id, into: id.nullable() }),
  cmd('setForceReach', { contributionId: id, inReach: z.boolean() }),
  cmd('raiseFlag', { reason: z.enum(FLAG_REASONS), text: z.string().trim().max(MAX_SHORT_TEXT).optional() }),
  cmd('resolveFlag', { flagId: id }),
  // Closing
  cmd('recordDecision', { text, actions: z.array(actionSchema).max(20).default([]) }),
  giveEvaluation,
  cmd('learningPoint', { text, shared: z.boolean().default(false) }),
  cmd('shareLearningPoint', { learningPointId: id, shared: z.boolean() }),
  // Talking in the room (TALK-1, TALK-2)
  cmd('setTalkMode', { mode: z.enum(TALK_MODES) }),
  cmd('record', { speakerId: id, command: recordableSchema }),
  // Real life (LIFE-2 … LIFE-7)
  cmd('takeChair', {}),
  cmd('pauseClock', {}),
  cmd('resumeClock', {}),
  cmd('undoSkip', { phaseId: z.string().min(1).max(64) }),
  cmd('hideContribution', { contributionId: id, hidden: z.boolean().default(true) }),
  cmd('giveFloor', { userId: id.nullable() }),
  cmd('setFacilitatorMode', { mode: z.enum(FACILITATOR_MODES) }),
  // Several cases in one meeting (CASES-1)
  cmd('startNextCase', {}),
]);

/** A validated command, defaults filled. */
export type Command = z.output<typeof commandSchema>;
/** A command as the engine takes it, defaults left out (chooseMethod with the frozen method). */
export type EngineCommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/**
 * How a client chooses the method: a library method's id or one of the group's own versions. The server
 * looks it up and hands the engine a `chooseMethod` with the frozen copy.
 */
export const methodChoiceSchema = z.union([
  z.strictObject({ type: z.literal('chooseMethod'), methodId: id }),
  z.strictObject({ type: z.literal('chooseMethod'), versionId: id }),
]);
export type MethodChoice = z.output<typeof methodChoiceSchema>;
/** A command as a client sends it: the same, except that a method is chosen by reference. */
export type CommandInput = Exclude<EngineCommandInput, { type: 'chooseMethod' }> | MethodChoice;

/** Validates raw input as a command; null when malformed (the room answers with an error). */
export function parseCommand(raw: unknown): Command | null {
  if (containsNul(raw)) return null;
  const result = commandSchema.safeParse(raw);
  return result.success && wellFormed(result.data) ? result.data : null;
}

/** A UTF-16 surrogate without its pair: no valid text, and PostgreSQL cannot store it (CONTRIB-10). */
const LONE_SURROGATE = /\p{Cs}/u;

/** Whether every string (and key) of a validated command, a recorded one inside it too, is well-formed Unicode. */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return !LONE_SURROGATE.test(value);
  if (value === null || typeof value !== 'object') return true;
  return Object.entries(value).every(([key, v]) => !LONE_SURROGATE.test(key) && wellFormed(v));
}
