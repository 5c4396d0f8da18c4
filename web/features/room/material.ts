import { isMerged } from '../../../core/meeting/forces';
import type { Contribution, MeetingView } from '../../../core/meeting/types';
import { materialUses } from '../../../core/methods/material';
import type { MaterialUse, Phase } from '../../../core/methods/schema';
import { toItem } from './derive';
import type { SheetModel } from './views/MaterialSheets';

/** One sheet on the wall: an earlier phase's material as this phase works on it (MAT-1). */
export type MaterialSheet = { use: MaterialUse; source: Phase; items: Contribution[] };

/** The mean weight of a force, or null before anyone weighed it. */
export const meanWeight = (c: Contribution) => {
  const weights = Object.values(c.weights);
  return weights.length ? weights.reduce((a, b) => a + b, 0) / weights.length : null;
};

/** Heaviest force or highest rating first; unscored items keep their order at the end. */
const score = (c: Contribution) => (c.kind === 'force' ? meanWeight(c) : c.rating) ?? -1;
const byScore = (list: Contribution[]) => [...list].sort((a, b) => score(b) - score(a));

/** The items of one sheet: what everyone may see, narrowed to the chosen or the top n, in working order. */
function itemsOf(view: MeetingView, use: MaterialUse): Contribution[] {
  // Private writing not yet revealed stays off the wall, also for its own author: phone and projector agree.
  let items = view.contributions.filter(
    (c) => c.phaseId === use.phase && c.redaction !== 'hidden' && !(c.private && !c.revealed),
  );
  if (use.chosenOnly) items = items.filter((c) => c.chosen);
  if (use.top !== undefined) {
    // Forces set aside as outside the case-giver's reach, and merged duplicates, do not go on (FORCE-5).
    items = byScore(items.filter((c) => c.force?.inReach !== false && !isMerged(c) && score(c) >= 0)).slice(
      0,
      use.top,
    );
  }
  // Answering starts with the highest rated (Tienstappen); rating itself keeps the order, so nothing jumps.
  if (use.actions.includes('answer')) items = byScore(items);
  return items;
}

/** The earlier material a phase works on, one sheet per referenced phase, in the order the method names them. */
export function materialOf(view: MeetingView, phase: Phase): MaterialSheet[] {
  const method = view.method;
  if (!method) return [];
  return materialUses(method, phase).flatMap((use) => {
    const source = method.phases.find((p) => p.id === use.phase);
    return source ? [{ use, source, items: itemsOf(view, use) }] : [];
  });
}

/**
 * Phases whose own picture already lists the earlier material: the weighing list of the force field and
 * the profile comparison. There the picture is the sheet; a second list would say it twice.
 */
export function drawsOwnMaterial(phase: Phase): boolean {
  return phase.weighForces || phase.artefact === 'profileComparison';
}

/** The sheets as the room shows them; `caseGiver` says whether the viewer may rate, answer and choose. */
export function sheetsFor(
  view: MeetingView,
  phase: Phase,
  lang: 'nl' | 'en',
  caseGiver: boolean,
): { sheets: SheetModel[]; compare: boolean } {
  if (drawsOwnMaterial(phase)) return { sheets: [], compare: false };
  const material = materialOf(view, phase);
  const sheets = material.map(({ use, source, items }) => ({
    id: use.phase,
    title: source.title[lang],
    narrowed: use.chosenOnly
      ? ('chosen' as const)
      : use.top !== undefined
        ? ('top' as const)
        : ('all' as const),
    items: items.map((c) => ({ ...toItem(view, c), weight: c.kind === 'force' ? meanWeight(c) : undefined })),
    canRate: caseGiver && use.actions.includes('rate'),
    canAnswer: caseGiver && use.actions.includes('answer'),
    canChoose: caseGiver && use.actions.includes('choose'),
  }));
  return { sheets, compare: material.some(({ use }) => use.actions.includes('compare')) };
}

/** What the case-giver chose that can be acted on (MAT-5): it is offered as the first lines of the actions. */
export function chosenActions(view: MeetingView): string[] {
  return view.contributions
    .filter((c) => c.chosen && (c.kind === 'action' || c.kind === 'advice'))
    .map((c) => c.text.replace(/\s+/g, ' ').slice(0, 500));
}

/**
 * The actions text with every chosen item not offered before added as a line of its own (MAT-5). The
 * choosing may happen in the decision phase itself (Balint), so an item chosen later is added too; what
 * the case-giver typed stays, and an item already in the text, or offered once and removed, is not added.
 */
export function offerChosen(text: string, chosen: string[], offered: Set<string>): string {
  const lines = text.split('\n').map((l) => l.trim());
  const fresh = chosen.filter((c) => !offered.has(c) && !lines.includes(c));
  for (const c of chosen) offered.add(c);
  if (fresh.length === 0) return text;
  const kept = text.replace(/\s+$/, '');
  return [...(kept ? [kept] : []), ...fresh].join('\n');
}
