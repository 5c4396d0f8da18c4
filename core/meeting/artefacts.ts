import type { ContributionKind } from '../methods/schema';
import { DILTS_LEVELS, TGI_FACTORS } from '../methods/vocabulary';
import { isCaseGiver } from './case-givers';
import { isMerged, mergeRoot } from './forces';
import type { Contribution, MeetingState } from './types';

type DiltsLevel = (typeof DILTS_LEVELS)[number];
type TgiFactor = (typeof TGI_FACTORS)[number];

/**
 * Contributions with their text visible: hidden placeholders in a view are left out, and so is what the
 * chair hid (LIFE-5), which no mean, tally or comparison counts.
 */
function seen(state: MeetingState, phaseIds?: readonly string[]): Contribution[] {
  return state.contributions.filter(
    (c) =>
      c.redaction !== 'hidden' &&
      c.redaction !== 'removed' &&
      c.hidden !== true &&
      (phaseIds === undefined || phaseIds.includes(c.phaseId)),
  );
}

export type ForceStat = {
  contribution: Contribution;
  /** Mean weight 1–10, or null when nobody weighed it yet. */
  mean: number | null;
  /** Population standard deviation of the weights. */
  spread: number | null;
  count: number;
  /** The duplicates merged into this force (FORCE-3), in the order they were written. */
  merged: Contribution[];
};

/**
 * Every force that is not merged, with the mean and spread of its weights and the duplicates merged into
 * it, heaviest first (force-field diagram). A merged force's own weights count nowhere (FORCE-3).
 */
export function forceStats(state: MeetingState, phaseIds?: readonly string[]): ForceStat[] {
  const forces = seen(state, phaseIds).filter((c) => c.kind === 'force');
  const stats = forces
    .filter((c) => !isMerged(c))
    .map((contribution) => {
      const merged = forces.filter(
        (c) => isMerged(c) && mergeRoot(state.contributions, c.id) === contribution.id,
      );
      const weights = Object.values(contribution.weights);
      if (weights.length === 0) return { contribution, mean: null, spread: null, count: 0, merged };
      const mean = weights.reduce((a, b) => a + b, 0) / weights.length;
      const variance = weights.reduce((a, w) => a + (w - mean) ** 2, 0) / weights.length;
      return { contribution, mean, spread: Math.sqrt(variance), count: weights.length, merged };
    });
  return stats.sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1));
}

/** The heaviest forces within the case-giver's reach, not merged and weighed (FORCE-5: the top five go on). */
export function topForces(state: MeetingState, n = 5, phaseIds?: readonly string[]): ForceStat[] {
  return forceStats(state, phaseIds)
    .filter((s) => s.mean !== null && s.contribution.force?.inReach !== false)
    .slice(0, n);
}

/** How many contributions are tagged with each Dilts level (the pyramid's tally), optionally by kind. */
export function diltsTally(
  state: MeetingState,
  options: { kinds?: readonly ContributionKind[]; phaseIds?: readonly string[] } = {},
): Record<DiltsLevel, number> {
  const tally = Object.fromEntries(DILTS_LEVELS.map((l) => [l, 0])) as Record<DiltsLevel, number>;
  for (const c of seen(state, options.phaseIds)) {
    if (options.kinds && !options.kinds.includes(c.kind)) continue;
    if (c.tag && c.tag in tally) tally[c.tag as DiltsLevel] += 1;
  }
  return tally;
}

/**
 * The Dilts levels the case-giver chose to work on, low to high: those of their level statements and of
 * the contributions they marked as chosen (one level or several, as the method allows).
 */
export function chosenDiltsLevels(state: MeetingState): DiltsLevel[] {
  const tags = new Set(
    seen(state)
      .filter((c) => (c.kind === 'levelStatement' && isCaseGiver(state, c.authorId)) || c.chosen === true)
      .map((c) => c.tag),
  );
  return DILTS_LEVELS.filter((level) => tags.has(level));
}

/** Contributions grouped by Dilts level, low to high. */
export function levelStatements(state: MeetingState): Record<DiltsLevel, Contribution[]> {
  const byLevel = Object.fromEntries(DILTS_LEVELS.map((l) => [l, [] as Contribution[]]));
  for (const c of seen(state)) if (c.tag && c.tag in byLevel) byLevel[c.tag]!.push(c);
  return byLevel as Record<DiltsLevel, Contribution[]>;
}

/** TGI notes per factor (I, We, It, Globe). */
export function tgiNotes(state: MeetingState): Record<TgiFactor, Contribution[]> {
  const byFactor = Object.fromEntries(TGI_FACTORS.map((f) => [f, [] as Contribution[]]));
  for (const c of seen(state)) if (c.tag && c.tag in byFactor) byFactor[c.tag]!.push(c);
  return byFactor as Record<TgiFactor, Contribution[]>;
}

/** The TGI theme sentence: the latest contribution of kind `theme`, or null. */
export function themeSentence(state: MeetingState): string | null {
  const themes = seen(state).filter((c) => c.kind === 'theme');
  return themes.at(-1)?.text ?? null;
}

/** Lower case, no accents, no punctuation, single spaces: "Luistert goed!" matches "luistert  goed". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export const PROFILE_KINDS = ['quality', 'pitfall', 'challenge', 'allergy'] as const;

export type ProfileItem = {
  kind: (typeof PROFILE_KINDS)[number];
  /** The quality as first named (the case-giver's wording when they named it). */
  text: string;
  contributionIds: string[];
  /** Other wordings of the same quality ("betrokkenheid" beside "betrokken"), each once. */
  wordings: string[];
  /** The contributions behind the item, self-image first. */
  contributions: Contribution[];
};

export type ProfileComparison = { both: ProfileItem[]; onlySelf: ProfileItem[]; onlyOthers: ProfileItem[] };

/**
 * Whether two wordings name one quality: the same words once normalized, or one word form of the other
 * ("betrokken" and "betrokkenheid", "involved" and "involvement"): a shared start of at least four letters
 * that covers three quarters of the shorter. No stemmer library serves Dutch and English in the browser at
 * a reasonable size; people who pick a quality already named send its exact wording anyway.
 */
export function sameQuality(a: string, b: string): boolean {
  const x = normalizeText(a);
  const y = normalizeText(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let shared = 0;
  while (shared < short.length && short[shared] === long[shared]) shared++;
  return shared >= 4 && shared >= 0.75 * short.length;
}

/** Groups profile items per kind by quality, in order: each joins the first group one of whose wordings it matches. */
function groupByQuality(list: Contribution[]): ProfileItem[] {
  const groups: ProfileItem[] = [];
  for (const c of list) {
    const group = groups.find(
      (g) => g.kind === c.kind && [g.text, ...g.wordings].some((w) => sameQuality(w, c.text)),
    );
    if (!group) {
      groups.push({
        kind: c.kind as ProfileItem['kind'],
        text: c.text,
        contributionIds: [c.id],
        wordings: [],
        contributions: [c],
      });
      continue;
    }
    group.contributionIds.push(c.id);
    group.contributions.push(c);
    const known = [group.text, ...group.wordings].some((w) => normalizeText(w) === normalizeText(c.text));
    if (!known) group.wordings.push(c.text);
  }
  return groups;
}

/**
 * The case-giver's self-image beside the others' image (Johari-style), grouped by quality: an item is
 * "both" when the case-giver and someone else named the same quality, in whatever word form.
 */
export function profileComparison(state: MeetingState): ProfileComparison {
  const profile = seen(state).filter((c) => (PROFILE_KINDS as readonly string[]).includes(c.kind));
  const isSelf = (c: Contribution) => isCaseGiver(state, c.authorId);
  // The case-giver's items first, so a group carries their wording.
  const groups = groupByQuality([...profile.filter(isSelf), ...profile.filter((c) => !isSelf(c))]);
  const result: ProfileComparison = { both: [], onlySelf: [], onlyOthers: [] };
  for (const g of groups) {
    const self = g.contributions.some(isSelf);
    const others = g.contributions.some((c) => !isSelf(c));
    (self && others ? result.both : self ? result.onlySelf : result.onlyOthers).push(g);
  }
  return result;
}

/** The qualities (or pitfalls, …) already named that this viewer sees: to pick from instead of retyping. */
export function namedQualities(state: MeetingState, kind: string): string[] {
  const named = seen(state).filter((c) => c.kind === kind && !(c.private && !c.revealed) && c.text !== '');
  return groupByQuality(named).map((g) => g.text);
}
