/**
 * HTTP contract of the public method library and of a group's own method versions.
 *
 * Routes (method, path → response; who may call):
 *   GET    /api/methods?lang=nl|en|all                       → MethodList     anyone; ETag, Cache-Control
 *   GET    /api/methods/:id?lang=nl|en|all                   → MethodDetail   anyone; 404 method_not_found
 *   GET    /api/methods/suggestions?topic=&minutes=&experience=[&groupSize=] → Suggestions   anyone; the
 *                                                             chooser's ranking (core/methods/chooser.ts)
 *   GET    /api/groups/:groupId/method-versions              → MethodVersionList   member
 *   POST   /api/groups/:groupId/method-versions              → MethodVersion  admin, facilitator (copy a method)
 *   GET    /api/groups/:groupId/method-versions/:versionId   → MethodVersion  member
 *   PUT    /api/groups/:groupId/method-versions/:versionId   → MethodVersion  admin, facilitator; edits in place
 *                                                             while unused and newest, else saves a new version
 *   DELETE /api/groups/:groupId/method-versions/:versionId   → 204            admin, facilitator; unused only
 *
 * Language of the library: `?lang=nl|en` returns every text as a plain string in that language; `?lang=all`
 * returns every text as {nl, en}. Without ?lang, an Accept-Language naming nl or en picks that language and
 * anything else gets both. The web app asks for `all` so switching language needs no new request.
 */
import { z } from 'zod';
import {
  CASE_TOPICS,
  EXPERIENCE_LEVELS,
  type Localized,
  localizedSchema,
  methodSchema,
  phaseSchema,
} from '../methods/schema';

export const METHOD_LANGS = ['nl', 'en', 'all'] as const;
export const methodLangSchema = z.enum(METHOD_LANGS);
export type MethodLang = z.infer<typeof methodLangSchema>;

/** Error codes of the library and of group versions (messages in library.json "library.errors"). */
export const METHOD_ERROR_CODES = [
  'method_not_found',
  'method_version_not_found',
  'method_version_in_use',
  'method_text_missing',
  'method_minutes_invalid',
  'method_no_phases',
  'method_phase_ids_unique',
  'method_phase_contribution',
  'method_phase_stick',
  'method_phase_anonymous',
  'method_group_size',
] as const;

const listFields = {
  id: z.string(),
  durationMinutes: z.number(),
  groupSize: z.object({ min: z.number().int(), max: z.number().int() }),
  tags: z.array(z.string()),
  topics: z.array(z.enum(CASE_TOPICS)),
  experience: z.enum(EXPERIENCE_LEVELS),
  reconstruction: z.boolean(),
  phaseCount: z.number().int(),
};

/** One method in the library list, texts in both languages. */
export const methodSummarySchema = z.object({
  ...listFields,
  names: localizedSchema,
  summary: localizedSchema,
});
export type MethodSummary = z.infer<typeof methodSummarySchema>;
/** One method in the library list, texts in one language. */
export const localizedMethodSummarySchema = z.object({
  ...listFields,
  names: z.string(),
  summary: z.string(),
});
export type LocalizedMethodSummary = z.infer<typeof localizedMethodSummarySchema>;

export const methodListSchema = z.union([
  z.object({ lang: z.literal('all'), methods: z.array(methodSummarySchema) }),
  z.object({ lang: z.enum(['nl', 'en']), methods: z.array(localizedMethodSummarySchema) }),
]);
export type MethodList = { lang: 'all'; methods: MethodSummary[] };

const text = z.string();
const texts = z.array(z.string());
export const localizedPhaseSchema = z.object({
  ...phaseSchema.shape,
  title: text,
  instructions: text,
  rules: texts,
  helperPrompts: texts,
  facilitatorPrompts: texts,
});
export const localizedMethodSchema = z.object({
  ...methodSchema.shape,
  names: text,
  summary: text,
  intent: text,
  origin: text,
  phases: z.array(localizedPhaseSchema),
});

export const methodDetailSchema = z.union([
  z.object({ lang: z.literal('all'), method: methodSchema }),
  z.object({ lang: z.enum(['nl', 'en']), method: localizedMethodSchema }),
]);
export type MethodDetail = { lang: 'all'; method: z.output<typeof methodSchema> };

/** Replaces every {nl, en} text inside a value by the text of one language; other values are copied. */
export function localizeDeep<T>(value: T, lang: 'nl' | 'en'): unknown {
  if (Array.isArray(value)) return value.map((item) => localizeDeep(item, lang));
  if (isLocalized(value)) return value[lang];
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, localizeDeep(v, lang)]));
  }
  return value;
}

function isLocalized(value: unknown): value is Localized {
  if (!value || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return keys.length === 2 && typeof v.nl === 'string' && typeof v.en === 'string';
}

/** The chooser's answer: every method, best first, each with reason codes (texts: methods.chooser.reasons). */
export const suggestionsSchema = z.object({
  suggestions: z.array(
    z.object({
      methodId: z.string(),
      score: z.number(),
      fits: z.boolean(),
      reasons: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.number()) })),
    }),
  ),
});

// ---------- group versions ----------

// A group usually works in one language: a text given in only one language is used for both.
const localizedInput = z
  .object({ nl: z.string().trim().max(4000).default(''), en: z.string().trim().max(4000).default('') })
  .transform((t) => ({ nl: t.nl || t.en, en: t.en || t.nl }))
  .refine((t) => t.nl.length > 0, 'method_text_missing');

/**
 * A phase as the editor sends it. Checks that users can break come first, with error codes as messages so
 * the reply names the problem in the user's language; the full methodSchema runs after it on the server.
 */
export const phaseInputSchema = z
  .object({
    ...phaseSchema.shape,
    title: localizedInput,
    instructions: localizedInput,
    minutes: z
      .number({ message: 'method_minutes_invalid' })
      .positive('method_minutes_invalid')
      .max(240, 'method_minutes_invalid')
      .multipleOf(0.5, 'method_minutes_invalid'),
  })
  .refine((p) => (p.contributors === 'nobody') === (p.contributionKinds.length === 0), {
    message: 'method_phase_contribution',
    path: ['contributionKinds'],
  })
  .refine((p) => (p.turns === 'stick') === (p.contributors === 'stickHolder'), {
    message: 'method_phase_stick',
    path: ['turns'],
  })
  // Only private writing is revealed, so only a phase that writes privately can reveal it without names (LIFE-8).
  .refine((p) => p.anonymous !== true || p.turns === 'individual', {
    message: 'method_phase_anonymous',
    path: ['anonymous'],
  });
export type PhaseInput = z.input<typeof phaseInputSchema>;

/** The body of PUT …/method-versions/:id: the whole edited structure; the server sums the duration. */
export const methodVersionInputSchema = z
  .object({
    names: localizedInput,
    summary: localizedInput,
    intent: localizedInput,
    origin: localizedInput,
    groupSize: z.object({ min: z.number().int().min(2).max(12), max: z.number().int().min(2).max(12) }),
    roles: methodSchema.shape.roles,
    topics: methodSchema.shape.topics,
    experience: methodSchema.shape.experience,
    tags: methodSchema.shape.tags,
    phases: z.array(phaseInputSchema).min(1, 'method_no_phases').max(30),
  })
  .refine((m) => m.groupSize.min <= m.groupSize.max, { message: 'method_group_size', path: ['groupSize'] })
  .refine((m) => new Set(m.phases.map((p) => p.id)).size === m.phases.length, {
    message: 'method_phase_ids_unique',
    path: ['phases'],
  });
export type MethodVersionInput = z.input<typeof methodVersionInputSchema>;

/** The body of POST …/method-versions: which library method to copy. */
export const createMethodVersionSchema = z.object({ methodId: z.string().min(1).max(64) });
export type CreateMethodVersionInput = z.infer<typeof createMethodVersionSchema>;

const versionRef = z.object({
  id: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  usedAt: z.string().nullable(),
});

/** One saved version of a group's method; immutable once `usedAt` is set. */
export const methodVersionSchema = z.object({
  id: z.string(),
  groupId: z.string(),
  lineageId: z.string(),
  version: z.number().int(),
  baseMethodId: z.string(),
  method: methodSchema,
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  usedAt: z.string().nullable(),
  /** Every version of this lineage, oldest first. */
  history: z.array(versionRef),
  /** True when this reply created a new version because the edited one was in use or not the newest. */
  createdNewVersion: z.boolean(),
});
export type MethodVersion = z.infer<typeof methodVersionSchema>;

/** The newest version of each lineage in a group. */
export const methodVersionListSchema = z.object({
  versions: z.array(
    versionRef.extend({
      lineageId: z.string(),
      baseMethodId: z.string(),
      names: localizedSchema,
      durationMinutes: z.number(),
      phaseCount: z.number().int(),
    }),
  ),
});
export type MethodVersionList = z.infer<typeof methodVersionListSchema>;
