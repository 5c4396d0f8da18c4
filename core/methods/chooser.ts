import { z } from 'zod';
import type { MessageKey } from '../i18n';
import { methods } from './index';
import { CASE_TOPICS, type CaseTopic, EXPERIENCE_LEVELS, type Experience, type Method } from './schema';

/** The chooser's three questions plus an optional group size; also validates query input on the server. */
export const chooserInputSchema = z.object({
  topic: z.enum(CASE_TOPICS),
  minutes: z.coerce.number().int().positive().max(480),
  experience: z.enum(EXPERIENCE_LEVELS),
  groupSize: z.coerce.number().int().min(2).max(30).optional(),
});
export type ChooserInput = z.infer<typeof chooserInputSchema>;

/** Why a method was ranked where it is; each code has a text under methods.chooser.reasons. */
export const CHOOSER_REASONS = [
  'madeForTopic',
  'suitsTopic',
  'otherTopic',
  'equalTurns',
  'fitsTime',
  'tooLong',
  'goodForNewGroups',
  'needsExperience',
  'groupSizeFits',
  'groupSizeOff',
] as const;
export type ChooserReasonCode = (typeof CHOOSER_REASONS)[number];

export interface ChooserReason {
  code: ChooserReasonCode;
  /** Numbers for the reason's {{placeholders}}, e.g. minutes or group size. */
  params: Record<string, number>;
}

export interface Suggestion {
  methodId: string;
  score: number;
  /** False when the method takes longer than the time available; it then ranks below suitable methods that fit. */
  fits: boolean;
  reasons: ChooserReason[];
}

interface Points {
  points: number;
  reason: ChooserReason;
}

type Rule = (method: Method, input: ChooserInput) => Points | null;

const reason = (code: ChooserReasonCode, params: Record<string, number> = {}): ChooserReason => ({
  code,
  params,
});

const level = (experience: Experience): number => EXPERIENCE_LEVELS.indexOf(experience);

/** How strongly the phases themselves serve a kind of question, beyond what the method says it suits. */
const STRUCTURE_SIGNALS: Partial<Record<CaseTopic, (method: Method) => Points | null>> = {
  // A talking stick guarantees everyone a turn; a strict round mostly does.
  equalVoice: (method) => {
    const share =
      method.phases.reduce((sum, p) => sum + (p.turns === 'stick' ? 1 : p.turns === 'round' ? 0.5 : 0), 0) /
      method.phases.length;
    const points = Math.round(15 * share);
    return points > 0 ? { points, reason: reason('equalTurns') } : null;
  },
};

/** The scoring rules; each adds points and says why. Order here is the order reasons are shown. */
const RULES: Rule[] = [
  (method, { topic }) => {
    const rank = method.topics.indexOf(topic);
    if (rank === 0) return { points: 60, reason: reason('madeForTopic') };
    if (rank > 0) return { points: 40, reason: reason('suitsTopic') };
    return { points: 0, reason: reason('otherTopic') };
  },
  (method, input) => STRUCTURE_SIGNALS[input.topic]?.(method) ?? null,
  (method, { minutes }) => {
    const params = { minutes: method.durationMinutes, available: minutes };
    if (method.durationMinutes <= minutes) return { points: 20, reason: reason('fitsTime', params) };
    return { points: -40 - (method.durationMinutes - minutes), reason: reason('tooLong', params) };
  },
  (method, { experience }) => {
    const gap = level(method.experience) - level(experience);
    if (gap > 0) return { points: -25 * gap, reason: reason('needsExperience') };
    if (experience === 'new' && method.experience === 'new') {
      return { points: 10, reason: reason('goodForNewGroups') };
    }
    return null;
  },
  (method, { groupSize }) => {
    if (groupSize === undefined) return null;
    const params = { min: method.groupSize.min, max: method.groupSize.max, size: groupSize };
    if (groupSize >= method.groupSize.min && groupSize <= method.groupSize.max) {
      return { points: 10, reason: reason('groupSizeFits', params) };
    }
    return { points: -20, reason: reason('groupSizeOff', params) };
  },
];

/**
 * Ranks methods for a case: best first, each with the reasons behind its place.
 * The kind of question comes first (a method that does not suit it is no help, however short); then time:
 * among methods that suit, those that fit the time available rank above those that run over, which a group
 * could still shorten. Within those tiers the score decides, and equal scores keep library order.
 */
export function suggestMethods(input: ChooserInput, library: readonly Method[] = methods): Suggestion[] {
  const scored = library.map((method, order) => {
    const suits = method.topics.includes(input.topic);
    const results = RULES.map((rule) => rule(method, input)).filter((r): r is Points => r !== null);
    const suggestion: Suggestion = {
      methodId: method.id,
      score: results.reduce((sum, r) => sum + r.points, 0),
      fits: method.durationMinutes <= input.minutes,
      reasons: results.map((r) => r.reason),
    };
    return { suggestion, suits, order };
  });
  scored.sort(
    (a, b) =>
      Number(b.suits) - Number(a.suits) ||
      Number(b.suggestion.fits) - Number(a.suggestion.fits) ||
      b.suggestion.score - a.suggestion.score ||
      a.order - b.order,
  );
  return scored.map((s) => s.suggestion);
}

/** The translation key of a reason code. */
export function reasonKey(code: ChooserReasonCode): MessageKey {
  return `methods.chooser.reasons.${code}`;
}
