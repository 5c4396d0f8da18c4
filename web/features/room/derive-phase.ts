import {
  chosenDiltsLevels,
  profileComparison as compareProfiles,
  diltsTally,
} from '../../../core/meeting/artefacts';
import { isCaseGiver } from '../../../core/meeting/case-givers';
import { typingCheck } from '../../../core/meeting/deciders/recording';
import { airtime } from '../../../core/meeting/derived';
import { isMerged, mergeRoot } from '../../../core/meeting/forces';
import { contributionCheck } from '../../../core/meeting/rules';
import type { MeetingView } from '../../../core/meeting/types';
import type { Phase } from '../../../core/methods/schema';
import { nameOf } from './derive';
import type { Airtime, DiltsLevel, DiltsRow, Force, ProfileComparisonData, TgiFactor } from './views/model';
import { DILTS, isDiltsLevel, TGI } from './views/model';

/** Whether I may use the input box now; the server decides for real, this only spares a refused command. */
export function mayContribute(view: MeetingView, me: string): boolean {
  return contributionCheck(view, me) === null && typingCheck(view, me) === null;
}

/**
 * Forces of the current method run with their mean weight (contributions of kind "force"); a duplicate
 * merged into another force is listed with it, not on its own (FORCE-3).
 */
export function forcesOf(view: MeetingView, me: string): Force[] {
  const forces = view.contributions.filter((c) => c.kind === 'force' && c.force && c.redaction !== 'hidden');
  const duplicatesOf = (id: string) =>
    forces
      .filter((c) => isMerged(c) && mergeRoot(view.contributions, c.id) === id)
      .map((c) => ({ id: c.id, text: c.text }));
  return forces
    .filter((c) => !isMerged(c))
    .map((c) => {
      // While weighing is private, others' weights arrive as 0: given, value unknown (VIS-10).
      const weights = Object.values(c.weights).filter((w) => w > 0);
      return {
        id: c.id,
        text: c.text,
        direction: c.force!.direction,
        outOfReach: c.force!.inReach === false,
        weights: Object.keys(c.weights).length,
        mean: weights.length ? weights.reduce((a, b) => a + b, 0) / weights.length : null,
        mine: c.weights[me] ?? null,
        also: duplicatesOf(c.id),
      };
    });
}

/** Who is expected to write (or weigh) in a phase: observers never are. */
export function writers(view: MeetingView, phase: Phase): string[] {
  const all = view.participants.map((p) => p.userId).filter((id) => !view.roles.observers.includes(id));
  if (phase.contributors === 'helpers') return all.filter((id) => !isCaseGiver(view, id));
  if (phase.contributors === 'caseGiver') return all.filter((id) => isCaseGiver(view, id));
  return all;
}

/** Whether every weigher has weighed every force in reach, so the means may be shown (everyone weighs alone first). */
export function allWeighed(forces: Force[], weighers: number): boolean {
  return forces.every((f) => f.outOfReach || f.weights >= weighers);
}

/** Statements per Dilts level and how many diagnoses point at each. */
export function diltsRows(view: MeetingView): DiltsRow[] {
  // Counted only once revealed: my own private diagnosis would otherwise show in my tally (and on a projector
  // signed in with my account) before the others'.
  const shared = sharedView(view);
  const visible = shared.contributions.filter((c) => c.redaction !== 'hidden' && c.tag);
  const tally = diltsTally(shared, { kinds: ['diagnosis', 'hypothesis'] });
  return DILTS.map((level) => ({
    level,
    statements: visible
      .filter((c) => c.tag === level && c.kind !== 'diagnosis')
      .map((c) => ({ id: c.id, text: c.text, answer: c.answer ?? null })),
    tally: tally[level],
  }));
}

/** The level a Dilts question phase is about (its id is `level-<level>`), or null for the other phases. */
export function levelOfPhase(phase: Phase): DiltsLevel | null {
  const level = phase.id.replace(/^level-/, '');
  return isDiltsLevel(level) ? level : null;
}

/** The levels the case-giver chose (core/meeting/artefacts), as the room's level type. */
export const chosenLevels = (view: MeetingView): DiltsLevel[] => chosenDiltsLevels(view);

/** The TGI board: the latest theme sentence and the notes tagged with each factor, with their authors. */
export function tgiBoardOf(view: MeetingView): {
  theme: string | null;
  notes: Record<TgiFactor, { id: string; text: string; authorName?: string }[]>;
} {
  const visible = view.contributions.filter((c) => c.redaction !== 'hidden');
  const theme = [...visible].reverse().find((c) => c.kind === 'theme')?.text ?? null;
  const notes = Object.fromEntries(
    TGI.map((f) => [
      f,
      visible
        .filter((c) => c.tag === f)
        .map((c) => ({ id: c.id, text: c.text, authorName: nameOf(view, c.authorId) || undefined })),
    ]),
  ) as Record<TgiFactor, { id: string; text: string; authorName?: string }[]>;
  return { theme, notes };
}

/** What everyone may see: the view without private writing that is not revealed yet (own included). */
export function sharedView(view: MeetingView): MeetingView {
  return { ...view, contributions: view.contributions.filter((c) => !(c.private && !c.revealed)) };
}

/**
 * Self-image (the case-giver's profile items) beside the others' image, grouped by quality with the
 * report's own comparison (core/meeting/artefacts), so the room and the report agree on what both see.
 */
export function profileComparison(view: MeetingView): ProfileComparisonData {
  const compared = compareProfiles(view);
  const item = (g: (typeof compared.both)[number], withAuthors: boolean) => {
    const authors = [...new Set(g.contributions.map((c) => (c.authorId ? nameOf(view, c.authorId) : '')))];
    return {
      id: g.contributionIds[0]!,
      text: g.text,
      category: g.kind,
      also: g.wordings,
      authorName: withAuthors ? authors.filter(Boolean).join(', ') || undefined : undefined,
    };
  };
  return {
    both: compared.both.map((g) => item(g, false)),
    onlySelf: compared.onlySelf.map((g) => item(g, false)),
    onlyOthers: compared.onlyOthers.map((g) => item(g, true)),
  };
}

/** Speaking share per person in a phase, counting the current holder's running turn. */
export function airtimeOf(view: MeetingView, phaseId: string, now: number): Airtime[] {
  const turn = view.turn;
  const order = turn?.order ?? view.participants.map((p) => p.userId);
  const held = airtime(view, now, phaseId);
  const ms = (id: string) => held[id] ?? 0;
  const total = order.reduce((sum, id) => sum + ms(id), 0);
  const turns = (id: string) =>
    view.contributions.filter((c) => c.phaseId === phaseId && c.authorId === id).length;
  return order.map((id) => ({
    person: { id, name: nameOf(view, id) },
    share: total > 0 ? ms(id) / total : 0,
    turns: turns(id),
    passed: turn?.passed.includes(id) ?? false,
  }));
}
