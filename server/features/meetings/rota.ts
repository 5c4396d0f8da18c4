import type { Rota } from '../../../core/api/groups';

const CHORES = ['chair', 'timekeeper', 'scribe'] as const;
type Chore = (typeof CHORES)[number];

/**
 * Suggests chair, timekeeper and scribe: for each chore the member who did it least often, then who did
 * fewest chores overall, then the earliest in the list (stable). The planned case-giver gets no chore:
 * they are never chair, and the other two would pull them out of listening.
 */
export function suggestRota(
  memberIds: string[],
  history: { chore: Chore; userId: string }[],
  caseGiverIds: string[] = [],
): Rota {
  const tally = (userId: string, chore?: Chore) =>
    history.filter((h) => h.userId === userId && (!chore || h.chore === chore)).length;
  const taken = new Set(caseGiverIds);
  const rota: Rota = { chair: null, timekeeper: null, scribe: null };
  for (const chore of CHORES) {
    const candidates = memberIds
      .map((id, order) => ({ id, order, own: tally(id, chore), all: tally(id) }))
      .filter((c) => !taken.has(c.id))
      .sort((a, b) => a.own - b.own || a.all - b.all || a.order - b.order);
    const pick = candidates[0]?.id ?? null;
    rota[chore] = pick;
    if (pick) taken.add(pick);
  }
  return rota;
}

/** Flattens stored rotas and recorded attendance roles into one history of who did which chore. */
export function choreHistory(
  rotas: Rota[],
  recorded: { userId: string; roles: string[] }[],
): { chore: Chore; userId: string }[] {
  const out: { chore: Chore; userId: string }[] = [];
  for (const rota of rotas)
    for (const chore of CHORES) if (rota[chore]) out.push({ chore, userId: rota[chore] });
  for (const r of recorded)
    for (const chore of CHORES) if (r.roles.includes(chore)) out.push({ chore, userId: r.userId });
  return out;
}
