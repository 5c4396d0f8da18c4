import type { MethodVersionInput } from '../../../core/api/methods';
import type { Contributors, Localized, Method, Phase, Turns } from '../../../core/methods/schema';

/** A phase while it is being edited: the time box stays text so "7," or an empty box can be typed freely. */
export type DraftPhase = Phase & { minutesText: string };
export type Draft = { names: Localized; phases: DraftPhase[] };

const decimal = (n: number) => String(n);

/** The editable part of a saved method. */
export function toDraft(method: Method): Draft {
  return {
    names: { ...method.names },
    phases: method.phases.map((p) => ({ ...p, minutesText: decimal(p.minutes) })),
  };
}

/** The minutes a time box holds, or null while it is not a number (Dutch commas count as decimal points). */
export function parseMinutes(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : null;
}

/** The live total of all time boxes; a box that is not a number yet counts as zero. */
export function totalMinutes(phases: DraftPhase[]): number {
  return phases.reduce((sum, p) => sum + (parseMinutes(p.minutesText) ?? 0), 0);
}

/** Moves one phase by `by` places; out of range leaves the list as it is. */
export function movePhase<T>(list: T[], index: number, by: number): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** A phase id that is not taken yet, in the slug form the schema wants. */
export function freshPhaseId(phases: Pick<Phase, 'id'>[]): string {
  const taken = new Set(phases.map((p) => p.id));
  let n = phases.length + 1;
  while (taken.has(`phase-${n}`)) n += 1;
  return `phase-${n}`;
}

/** A new phase with defaults that pass the schema: everyone may note something, freely, for five minutes. */
export function newPhase(phases: Pick<Phase, 'id'>[], title: Localized, instructions: Localized): DraftPhase {
  return {
    id: freshPhaseId(phases),
    title,
    instructions,
    minutes: 5,
    minutesText: '5',
    contributors: 'all',
    caseGiverPlacement: 'inCircle',
    turns: 'free',
    contributionKinds: ['note'],
    tagging: 'none',
    caseGiverAnswers: false,
    caseGiverRates: false,
    weighForces: false,
    paraphraseFirst: false,
    rules: [],
    helperPrompts: [],
    facilitatorPrompts: [],
    artefact: 'none',
  };
}

/**
 * Changes who contributes and keeps the phase consistent: a silent phase has no contribution kinds, a
 * speaking phase at least one, and the talking stick goes with its holder (the rules the schema checks).
 */
export function withContributors(phase: DraftPhase, contributors: Contributors): DraftPhase {
  const kinds =
    contributors === 'nobody'
      ? []
      : phase.contributionKinds.length > 0
        ? phase.contributionKinds
        : (['note'] as DraftPhase['contributionKinds']);
  const turns: Turns =
    contributors === 'stickHolder' ? 'stick' : phase.turns === 'stick' ? 'free' : phase.turns;
  return { ...phase, contributors, contributionKinds: kinds, turns };
}

/**
 * Changes the turn structure; choosing the talking stick hands the word to its holder and back. Only private
 * writing can be revealed without names (LIFE-8), so leaving it drops that choice.
 */
export function withTurns(phase: DraftPhase, turns: Turns): DraftPhase {
  const { anonymous, ...rest } = phase;
  const kept: DraftPhase = turns === 'individual' && anonymous !== undefined ? { ...rest, anonymous } : rest;
  if (turns === 'stick') return withContributors({ ...kept, turns }, 'stickHolder');
  if (phase.contributors === 'stickHolder') return { ...withContributors(kept, 'all'), turns };
  return { ...kept, turns };
}

/** The body of the save request; the server sums the duration and checks everything again. */
export function toInput(method: Method, draft: Draft): MethodVersionInput {
  const { id: _id, reconstruction: _r, durationMinutes: _d, phases: _p, ...rest } = method;
  return {
    ...rest,
    names: draft.names,
    phases: draft.phases.map(({ minutesText, ...p }) => ({
      ...p,
      minutes: parseMinutes(minutesText) ?? NaN,
    })),
  };
}

/** The method as the timeline preview draws it, with the draft's order and time boxes. */
export function previewMethod(method: Method, draft: Draft): Method {
  const phases = draft.phases.map(({ minutesText, ...p }) => ({
    ...p,
    minutes: Math.max(0, parseMinutes(minutesText) ?? 0),
  }));
  return { ...method, names: draft.names, phases, durationMinutes: totalMinutes(draft.phases) };
}
