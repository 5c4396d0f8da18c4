import { z } from 'zod';
import {
  ARTEFACTS,
  CASE_TOPICS,
  CONTRIBUTION_KINDS,
  CONTRIBUTORS,
  EXPERIENCE_LEVELS,
  PLACEMENTS,
  ROLES,
  TAGGINGS,
  TURNS,
} from './vocabulary';

/** A text in both languages; Dutch is written first, English must say the same. */
export const localizedSchema = z.object({ nl: z.string().trim().min(1), en: z.string().trim().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

export * from './vocabulary';

const slug = z.string().regex(/^[a-z][a-z0-9-]{1,62}$/);

/**
 * What a phase does with an earlier phase's material (a flipchart sheet that stays on the wall):
 * `show` it, let the case-giver `rate` each item 1–5, `answer` each item (highest rated first), `choose`
 * items, `compare` several sheets side by side, or `sort` them (chair or scribe merge duplicates and set
 * aside what lies outside the case-giver's reach).
 */
export const MATERIAL_ACTIONS = ['show', 'rate', 'answer', 'choose', 'compare', 'sort'] as const;
export type MaterialAction = (typeof MATERIAL_ACTIONS)[number];

/**
 * Parts of the meeting's frame a phase can stand for (MEETING-RULES FRAME-1): the method's own check-in,
 * case choice, casting, decision or evaluation, which then replaces the frame's stage so nothing runs twice.
 */
export const FRAME_PARTS = ['opening', 'inventory', 'casting', 'decision', 'evaluation'] as const;
export type FramePart = (typeof FRAME_PARTS)[number];

/** One earlier phase whose material a phase works on, named by that phase's id. */
export const materialUseSchema = z.object({
  phase: slug,
  actions: z.array(z.enum(MATERIAL_ACTIONS)).min(1),
  /** Only the n heaviest or highest-rated items go on (force field: the five heaviest forces). */
  top: z.number().int().min(1).max(20).optional(),
  /** Only the items the case-giver chose go on (the chosen hypothesis above the interventions). */
  chosenOnly: z.boolean().optional(),
});
export type MaterialUse = z.output<typeof materialUseSchema>;

export const phaseSchema = z
  .object({
    id: slug,
    title: localizedSchema,
    instructions: localizedSchema,
    /** Time box in minutes; halves allowed (e.g. 7.5). */
    minutes: z.number().positive().max(240).multipleOf(0.5),
    contributors: z.enum(CONTRIBUTORS),
    caseGiverPlacement: z.enum(PLACEMENTS).default('inCircle'),
    turns: z.enum(TURNS).default('free'),
    contributionKinds: z.array(z.enum(CONTRIBUTION_KINDS)).default([]),
    tagging: z.enum(TAGGINGS).default('none'),
    /** The case-giver may answer contributions (questions) in this phase. */
    caseGiverAnswers: z.boolean().default(false),
    /** The case-giver may rate contributions (e.g. questions, problem statements) 1–5. */
    caseGiverRates: z.boolean().default(false),
    /** Everyone may give each force a weight 1–10. */
    weighForces: z.boolean().default(false),
    /** Covey rule: paraphrase the previous speaker before your own contribution. */
    paraphraseFirst: z.boolean().default(false),
    /** Private writing of this phase is revealed without names (LIFE-8); absent means with names. */
    anonymous: z.boolean().optional(),
    rules: z.array(localizedSchema).default([]),
    helperPrompts: z.array(localizedSchema).default([]),
    facilitatorPrompts: z.array(localizedSchema).default([]),
    artefact: z.enum(ARTEFACTS).default('none'),
    /**
     * Earlier phases whose material this phase works on. Optional: methods frozen into meetings or saved as
     * group versions before references existed have none, and then a phase shows only its own material.
     */
    uses: z.array(materialUseSchema).max(12).optional(),
    /** The frame parts this phase is the method's own version of; absent in methods saved before it existed. */
    frame: z.array(z.enum(FRAME_PARTS)).min(1).max(FRAME_PARTS.length).optional(),
  })
  .refine((p) => p.contributors !== 'nobody' || p.contributionKinds.length === 0, {
    message: 'a silent phase has no contribution kinds',
    path: ['contributionKinds'],
  })
  .refine((p) => p.contributors === 'nobody' || p.contributionKinds.length > 0, {
    message: 'a phase where people contribute names at least one contribution kind',
    path: ['contributionKinds'],
  })
  .refine((p) => (p.turns === 'stick') === (p.contributors === 'stickHolder'), {
    message: 'stick turns and stick-holder contributors go together',
    path: ['turns'],
  });
export type Phase = z.output<typeof phaseSchema>;
export type PhaseInput = z.input<typeof phaseSchema>;

export const methodSchema = z
  .object({
    id: slug,
    names: localizedSchema,
    /** One sentence for lists. */
    summary: localizedSchema,
    /** Which questions and situations it suits. */
    intent: localizedSchema,
    /** Where it comes from, in one or two sentences; for reconstructions, says so plainly. */
    origin: localizedSchema,
    /** True when no public step-by-step source exists and the structure is Kring's proposal. */
    reconstruction: z.boolean(),
    groupSize: z.object({ min: z.number().int().min(2), max: z.number().int().max(12) }),
    durationMinutes: z.number().positive().max(480),
    roles: z.array(z.enum(ROLES)).min(1),
    topics: z.array(z.enum(CASE_TOPICS)).min(1),
    /** The least experience a group needs to run it well. */
    experience: z.enum(EXPERIENCE_LEVELS),
    tags: z.array(z.string().min(1)).default([]),
    /**
     * Two colleagues who share a case (the same client, the same team) may bring it in together: the chair
     * can add a second case-giver (PAIR-1). Balint allows it.
     */
    caseGiverPair: z.boolean().default(false),
    phases: z.array(phaseSchema).min(1).max(30),
  })
  .refine((m) => m.groupSize.min <= m.groupSize.max, {
    message: 'group size min exceeds max',
    path: ['groupSize'],
  })
  .refine((m) => new Set(m.phases.map((p) => p.id)).size === m.phases.length, {
    message: 'phase ids must be unique',
    path: ['phases'],
  })
  .refine((m) => Math.abs(m.phases.reduce((sum, p) => sum + p.minutes, 0) - m.durationMinutes) < 0.01, {
    message: 'phase time boxes must add up to durationMinutes',
    path: ['durationMinutes'],
  });
export type Method = z.output<typeof methodSchema>;
export type MethodInput = z.input<typeof methodSchema>;

/** Validates a method definition and fills defaults; throws with the zod issues when it is malformed. */
export function defineMethod(input: MethodInput): Method {
  return methodSchema.parse(input);
}
