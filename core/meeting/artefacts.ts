import type { ContributionKind } from '../methods/schema';
import { DILTS_LEVELS, TGI_FACTORS } from '../methods/vocabulary';
import { isMerged, mergeRoot } from './forces';
import type { Contribution, MeetingState } from './types';

type DiltsLevel = (typeof DILTS_LEVELS)[number];
type TgiFactor = (typeof TGI_FACTORS)[number];

/** Contributions with their text visible (hidden placeholders in a view are left out). */
function seen(state: MeetingState, phaseIds?: readonly string[]): Contribution[] {
  return state.contributions.filter(
    (c) => c.redaction !== 'hidden' && (phaseIds === undefined || phaseIds.includes(c.phaseId)),
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
      .filter(
        (c) =>
          (c.kind === 'levelStatement' && c.authorId !== '' && c.authorId === state.roles.caseGiver) ||
          c.chosen === true,
      )
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
  text: string;
  contributionIds: string[];
};

export type ProfileComparison = { both: ProfileItem[]; onlySelf: ProfileItem[]; onlyOthers: ProfileItem[] };

function group(list: Contribution[]): Map<string, ProfileItem> {
  const items = new Map<string, ProfileItem>();
  for (const c of list) {
    const key = `${c.kind}|${normalizeText(c.text)}`;
    const item = items.get(key);
    if (item) item.contributionIds.push(c.id);
    else items.set(key, { kind: c.kind as ProfileItem['kind'], text: c.text, contributionIds: [c.id] });
  }
  return items;
}

/** The case-giver's self-image beside the others' image, matched per kind on normalized text (Johari-style). */
export function profileComparison(state: MeetingState): ProfileComparison {
  const profile = seen(state).filter((c) => (PROFILE_KINDS as readonly string[]).includes(c.kind));
  const self = group(profile.filter((c) => c.authorId !== '' && c.authorId === state.roles.caseGiver));
  const others = group(profile.filter((c) => c.authorId !== state.roles.caseGiver));
  const result: ProfileComparison = { both: [], onlySelf: [], onlyOthers: [] };
  for (const [key, item] of self) {
    const match = others.get(key);
    if (match)
      result.both.push({ ...item, contributionIds: [...item.contributionIds, ...match.contributionIds] });
    else result.onlySelf.push(item);
  }
  for (const [key, item] of others) if (!self.has(key)) result.onlyOthers.push(item);
  return result;
}
