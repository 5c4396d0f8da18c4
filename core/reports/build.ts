import {
  chosenDiltsLevels,
  type PROFILE_KINDS,
  profileComparison,
  themeSentence,
} from '../meeting/artefacts';
import { isMerged, mergeRoot } from '../meeting/forces';
import { type Contribution, type MeetingView, OPENING_PHASE_ID } from '../meeting/types';
import type { Localized } from '../methods/schema';
// The word lists without zod: the room's summary imports this module.
import { type ContributionKind, DILTS_LEVELS, TGI_FACTORS } from '../methods/vocabulary';

type DiltsLevel = (typeof DILTS_LEVELS)[number];
type TgiFactor = (typeof TGI_FACTORS)[number];
type ProfileKind = (typeof PROFILE_KINDS)[number];

/** A name as the report prints it; null when the author is hidden (anonymous) or unknown. */
export type Person = string | null;
/** A contribution in the report; `rating` and `chosen` are the case-giver's score and choice (MAT-2, MAT-3). */
export type Item = { text: string; author: Person; rating?: number; chosen?: true };

/** Contribution kinds listed one section each, in this order, when they were not tagged to a level or factor. */
export const LISTED_KINDS = [
  'association',
  'hypothesis',
  'diagnosis',
  'experience',
  'advice',
  'insight',
  'action',
] as const satisfies readonly ContributionKind[];
export type ListedKind = (typeof LISTED_KINDS)[number];

export type ReportSection =
  | { kind: 'question'; text: string }
  | { kind: 'situation'; items: Item[] }
  | { kind: 'questions'; items: (Omit<Item, 'rating'> & { answer: string | null; rating: number | null })[] }
  | {
      kind: 'forces';
      items: (Item & {
        direction: 'restraining' | 'driving';
        inReach: boolean;
        mean: number | null;
        count: number;
        /** The duplicates merged into this force (FORCE-3); absent when there are none. */
        also?: string[];
      })[];
    }
  | {
      kind: 'dilts';
      levels: { level: DiltsLevel; statements: Item[]; chosen?: true }[];
    }
  | { kind: 'profile'; both: ProfileLine[]; onlySelf: ProfileLine[]; onlyOthers: ProfileLine[] }
  | { kind: 'tgi'; theme: string | null; factors: { factor: TgiFactor; notes: Item[] }[] }
  | { kind: 'contributions'; contributionKind: ListedKind; items: Item[] }
  | {
      kind: 'decision';
      text: string;
      actions: { text: string; owner: Person; due: string | null }[];
    }
  | {
      kind: 'evaluation';
      count: number;
      /** The case-giver's own "I felt heard" (LIFE-9): theirs alone, never a mean. */
      heard: number | null;
      /** The second case-giver's own score (PAIR-4); absent when there is none or it is not theirs by name. */
      coHeard?: number;
      perspectives: number | null;
      method: number | null;
      cooperation: number | null;
    }
  | { kind: 'learningPoints'; items: { text: string; mine: boolean; shared: boolean; author: Person }[] };

/** A quality as grouped in the comparison; `also` holds the other wordings it was named with. */
export type ProfileLine = { kind: ProfileKind; text: string; also?: string[] };
export type ReportSectionKind = ReportSection['kind'];

/** The language-neutral report of one meeting as one reader may see it; renderers translate it. */
export type Report = {
  meetingId: string;
  method: { id: string; names: Localized } | null;
  caseGiver: Person;
  /** The second case-giver of a pair (PAIR-1); absent when the case had one case-giver. */
  coCaseGiver?: Person;
  ended: boolean;
  sections: ReportSection[];
};

export type ReportInput = {
  /** The meeting as the reader may see it: `viewFor(replay(...), readerId)`. */
  view: MeetingView;
  readerId: string;
  /** Display names by user id (everyone who ever joined; the state forgets those who left). */
  names: Record<string, string>;
};

/** The evaluation questions the group answers; their means are the group's (the case-giver's "heard" is not). */
export const EVALUATION_MEANS = ['perspectives', 'method', 'cooperation'] as const;

/**
 * The case-giver's own "I felt heard" (LIFE-9), never a mean. Only case-givers may give it (giveEvaluation,
 * CASES-5), so in a view whose evaluations carry no names (REPORT-10) a single score given is still theirs;
 * with several case-givers an unnamed score could be anyone's, and none is shown rather than the wrong one.
 */
export function caseGiverHeard(view: Pick<MeetingView, 'evaluations' | 'roles'>): number | null {
  const given = view.evaluations.filter((e) => e.heard !== null);
  const own = given.find((e) => e.userId === view.roles.caseGiver);
  return (own ?? (given.length === 1 && given[0]!.userId === '' ? given[0] : undefined))?.heard ?? null;
}

/** The second case-giver's own "heard" (PAIR-4), only where the view names it as theirs. */
function coCaseGiverHeard(view: Pick<MeetingView, 'evaluations' | 'roles'>): number | null {
  const co = view.roles.coCaseGiver;
  if (!co) return null;
  return view.evaluations.find((e) => e.userId === co)?.heard ?? null;
}

const mean = (values: number[]) =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/** Builds the report sections of a meeting view; sections with nothing in them are left out. */
export function buildReport({ view, readerId, names }: ReportInput): Report {
  const person = (id: string | null | undefined): Person => (id ? (names[id] ?? null) : null);
  // Private writing not revealed, and what the chair hid (LIFE-5), are in no report.
  const visible = view.contributions.filter((c) => c.redaction !== 'hidden' && c.hidden !== true);
  // Scores and choices only where given, so an item without them reads as before.
  const item = (c: Contribution): Item => ({
    text: c.text,
    author: person(c.authorId),
    ...(c.rating !== null ? { rating: c.rating } : {}),
    ...(c.chosen ? { chosen: true as const } : {}),
  });
  const ctx: Ctx = { view, visible, item, person, readerId };
  return {
    meetingId: view.meetingId,
    method: view.method ? { id: view.method.id, names: view.method.names } : null,
    caseGiver: person(view.roles.caseGiver),
    ...(view.roles.coCaseGiver ? { coCaseGiver: person(view.roles.coCaseGiver) } : {}),
    ended: view.stage === 'ended',
    sections: SECTION_BUILDERS.flatMap((build) => build(ctx)),
  };
}

type Ctx = {
  view: MeetingView;
  visible: Contribution[];
  item: (c: Contribution) => Item;
  person: (id: string | null | undefined) => Person;
  readerId: string;
};

const ofKinds = (ctx: Ctx, kinds: readonly string[], tagged?: boolean) =>
  ctx.visible.filter((c) => kinds.includes(c.kind) && (tagged === undefined || Boolean(c.tag) === tagged));
const isLevel = (tag: string | null): tag is DiltsLevel =>
  (DILTS_LEVELS as readonly string[]).includes(tag ?? '');
const isFactor = (tag: string | null): tag is TgiFactor =>
  (TGI_FACTORS as readonly string[]).includes(tag ?? '');

/** One builder per section, in report order; each returns zero or one section. */
const SECTION_BUILDERS: ((ctx: Ctx) => ReportSection[])[] = [
  ({ view }) => {
    const pitch = view.pitches.find((p) => p.id === view.chosenPitchId)?.text;
    const text = view.caseQuestion ?? pitch;
    return text ? [{ kind: 'question', text }] : [];
  },
  // What the case-giver told and noted in the method's phases: the situation, what they answered aloud.
  (ctx) => {
    const items = ctx.visible
      .filter(
        (c) => c.kind === 'note' && c.authorId === ctx.view.roles.caseGiver && c.phaseId !== OPENING_PHASE_ID,
      )
      .map(ctx.item);
    return items.length ? [{ kind: 'situation', items }] : [];
  },
  (ctx) => {
    const items = ofKinds(ctx, ['question', 'factualQuestion']).map((c) => ({
      ...ctx.item(c),
      answer: c.answer,
      rating: c.rating,
    }));
    return items.length ? [{ kind: 'questions', items }] : [];
  },
  (ctx) => {
    const forces = ofKinds(ctx, ['force']);
    // A merged duplicate is listed with the force it went into, not on its own (FORCE-3).
    const also = (id: string) =>
      forces.filter((c) => isMerged(c) && mergeRoot(ctx.view.contributions, c.id) === id).map((c) => c.text);
    const items = forces
      .filter((c) => !isMerged(c))
      .map((c) => {
        const weights = Object.values(c.weights);
        const duplicates = also(c.id);
        return {
          ...ctx.item(c),
          direction: c.force?.direction ?? 'driving',
          inReach: c.force?.inReach !== false,
          mean: mean(weights),
          count: weights.length,
          ...(duplicates.length ? { also: duplicates } : {}),
        };
      })
      .sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1));
    return items.length ? [{ kind: 'forces', items }] : [];
  },
  (ctx) => {
    const tagged = ctx.visible.filter((c) => isLevel(c.tag));
    if (tagged.length === 0) return [];
    // Highest level first, as the pyramid reads from the top.
    const chosen = chosenDiltsLevels(ctx.view);
    const levels = [...DILTS_LEVELS].reverse().map((level) => ({
      level,
      statements: tagged.filter((c) => c.tag === level).map(ctx.item),
      // The level(s) the case-giver chose to work on, marked as in the room.
      ...(chosen.includes(level) ? { chosen: true as const } : {}),
    }));
    return [{ kind: 'dilts', levels }];
  },
  (ctx) => {
    const { both, onlySelf, onlyOthers } = profileComparison(ctx.view);
    const lines = (list: typeof both) =>
      list.map(({ kind, text, wordings }) => ({
        kind,
        text,
        ...(wordings.length ? { also: wordings } : {}),
      }));
    if (both.length + onlySelf.length + onlyOthers.length === 0) return [];
    return [{ kind: 'profile', both: lines(both), onlySelf: lines(onlySelf), onlyOthers: lines(onlyOthers) }];
  },
  (ctx) => {
    const theme = themeSentence(ctx.view);
    const tagged = ctx.visible.filter((c) => isFactor(c.tag));
    if (!theme && tagged.length === 0) return [];
    const factors = TGI_FACTORS.map((factor) => ({
      factor,
      notes: tagged.filter((c) => c.tag === factor).map(ctx.item),
    }));
    return [{ kind: 'tgi', theme, factors }];
  },
  (ctx) =>
    LISTED_KINDS.flatMap((contributionKind): ReportSection[] => {
      const items = ofKinds(ctx, [contributionKind], false).map(ctx.item);
      return items.length ? [{ kind: 'contributions', contributionKind, items }] : [];
    }),
  ({ view, person }) => {
    const { decision } = view;
    if (!decision) return [];
    const actions = decision.actions.map((a) => ({
      text: a.text,
      owner: person(a.ownerId ?? view.roles.caseGiver),
      due: a.due ?? null,
    }));
    return [{ kind: 'decision', text: decision.text, actions }];
  },
  ({ view }) => {
    const list = view.evaluations;
    if (list.length === 0) return [];
    const heard = caseGiverHeard(view);
    const coHeard = coCaseGiverHeard(view);
    return [
      {
        kind: 'evaluation',
        count: list.length,
        heard,
        ...(coHeard !== null && { coHeard }),
        perspectives: mean(list.map((e) => e.perspectives)),
        method: mean(list.map((e) => e.method)),
        cooperation: mean(list.map((e) => e.cooperation)),
      },
    ];
  },
  ({ view, readerId, person }) => {
    // The view already holds only the reader's own points and those shared with the group.
    const items = [...view.learningPoints]
      .sort((a, b) => Number(b.authorId === readerId) - Number(a.authorId === readerId))
      .map((l) => ({
        text: l.text,
        mine: l.authorId === readerId,
        shared: l.shared,
        author: person(l.authorId),
      }));
    return items.length ? [{ kind: 'learningPoints', items }] : [];
  },
];
