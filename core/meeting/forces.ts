import type { Contribution } from './types';

/**
 * The force a merged duplicate ended up with: follow `mergedInto` until a force that is not merged
 * (FORCE-2). An id that is unknown (not in this view) ends the walk; a circle, which the engine refuses,
 * would end it too.
 */
export function mergeRoot(contributions: readonly Contribution[], id: string): string {
  const byId = new Map(contributions.map((c) => [c.id, c]));
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const next = byId.get(current)?.mergedInto;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

/** Whether a force was merged into another one (FORCE-3): it is then not weighed and counts in no mean. */
export const isMerged = (c: Contribution): boolean => Boolean(c.mergedInto);
