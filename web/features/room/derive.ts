import type { TFunction } from 'i18next';
import type { Contribution, MeetingView, Roles } from '../../../core/meeting/types';
import type { Phase } from '../../../core/methods/schema';
import type { OutboxEntry } from './outbox';
import type { Person, QuestionItem } from './views/model';

/** A participant's display name; "?" for someone who left before we saw them. */
export function nameOf(view: MeetingView, userId: string | null | undefined): string {
  if (!userId) return '';
  return view.participants.find((p) => p.userId === userId)?.name ?? '?';
}

/** The case-giver's name, or both names of a pair (PAIR-1): "Anna en Bram". */
export function caseGiverNames(view: MeetingView, t: TFunction): string {
  const { caseGiver, coCaseGiver } = view.roles;
  if (!coCaseGiver) return nameOf(view, caseGiver);
  return t('room.casting.pairNames', { first: nameOf(view, caseGiver), second: nameOf(view, coCaseGiver) });
}

/** "Inbrenger: Anna" or "Inbrengers: Anna en Bram" for a case and its pair (PAIR-1). */
export function caseGiverLine(
  view: MeetingView,
  record: Pick<Roles, 'caseGiver' | 'coCaseGiver'>,
  t: TFunction,
): string {
  const first = nameOf(view, record.caseGiver);
  if (!record.coCaseGiver) return t('room.casting.caseGiver', { name: first });
  return t('room.casting.caseGiverPair', { first, second: nameOf(view, record.coCaseGiver) });
}

export function people(view: MeetingView): Person[] {
  return view.participants.map((p) => ({ id: p.userId, name: p.name }));
}

export function currentPhase(view: MeetingView): Phase | null {
  if (view.stage !== 'phase' || view.phaseIndex === null) return null;
  return view.method?.phases[view.phaseIndex] ?? null;
}

export function isChair(view: MeetingView, me: string): boolean {
  return view.roles.chair === me;
}

export function isFacilitator(view: MeetingView, me: string): boolean {
  return view.roles.facilitators.includes(me);
}

/** The roles a person holds, in the order they matter to them. */
export function rolesOf(view: MeetingView, userId: string): string[] {
  const r = view.roles;
  return [
    r.chair === userId && 'chair',
    r.caseGiver === userId && 'caseGiver',
    r.coCaseGiver === userId && 'coCaseGiver',
    r.timekeeper === userId && 'timekeeper',
    r.scribe === userId && 'scribe',
    r.facilitators.includes(userId) && 'facilitator',
    r.observers.includes(userId) && 'observer',
  ].filter((x): x is string => Boolean(x));
}

/**
 * The view as screens show it: without what the chair hid (LIFE-5), so no list, mean or tally counts it.
 * The raw view (the chair's list of hidden ones, the author's notice) stays in `room.view`.
 */
export function withoutHidden(view: MeetingView): MeetingView {
  if (!view.contributions.some((c) => c.hidden === true)) return view;
  return { ...view, contributions: view.contributions.filter((c) => c.hidden !== true) };
}

/**
 * Contributions of one phase (or the opening), oldest first, as the list components take them. What the
 * chair hid is left out, also for its author, who is told apart (LIFE-5).
 */
export function contributionsOf(view: MeetingView, phaseId: string): Contribution[] {
  return view.contributions.filter((c) => c.phaseId === phaseId && c.hidden !== true);
}

export function toItem(view: MeetingView, c: Contribution): QuestionItem {
  return {
    id: c.id,
    text: c.text,
    authorName: c.redaction === 'anonymous' ? undefined : nameOf(view, c.authorId),
    notedBy: c.recordedBy ? nameOf(view, c.recordedBy) : undefined,
    answer: c.answer,
    rating: c.rating,
    chosen: c.chosen === true,
    tag: c.tag,
  };
}

/**
 * Commands still in the outbox that add a contribution to this phase, shown as "sending…". `arrived` are my
 * contributions already in the view: the server sends a command's events just before its ack, and in between
 * the same text would otherwise show twice.
 */
export function pendingItems(
  pending: readonly OutboxEntry[],
  kinds: readonly string[],
  arrived: readonly Contribution[] = [],
): QuestionItem[] {
  const shown = new Set(arrived.map((c) => `${c.kind}|${c.text}`));
  return pending
    .map((e) => ({ e, c: e.command as { type?: string; kind?: string; text?: string } }))
    .filter(({ c }) => c.type === 'contribute' && kinds.includes(c.kind ?? ''))
    .filter(({ c }) => !shown.has(`${c.kind}|${c.text}`))
    .map(({ e, c }) => ({ id: e.commandId, text: c.text ?? '', pending: true }));
}

/** The phase index of a phase id in the chosen method, or -1. */
export function phaseIndexOf(view: MeetingView, phaseId: string): number {
  return view.method?.phases.findIndex((p) => p.id === phaseId) ?? -1;
}
