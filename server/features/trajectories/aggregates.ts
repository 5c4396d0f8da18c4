import type { Aggregate, TrajectoryAggregates } from '../../../core/api/trajectories';
import type { MeetingFacts } from './facts';

type Ran = { startsAt: Date; facts: MeetingFacts };
type Builders = { [K in Aggregate]-?: (ran: Ran[], name: (id: string) => string) => TrajectoryAggregates[K] };

/** Counts per user, as named rows sorted by name. */
function perPerson<T>(ids: Iterable<string>, name: (id: string) => string, row: (id: string) => T) {
  return [...new Set(ids)]
    .map((id) => ({ name: name(id), ...row(id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

// Each aggregate is over the group, never one meeting's content; members are named only by their share.
const builders: Builders = {
  participation: (ran, name) =>
    perPerson(
      ran.flatMap((r) => r.facts.attended),
      name,
      (id) => ({ attended: ran.filter((r) => r.facts.attended.includes(id)).length }),
    ),
  airtime(ran, name) {
    const total = new Map<string, number>();
    for (const r of ran)
      for (const [id, ms] of Object.entries(r.facts.airtime)) total.set(id, (total.get(id) ?? 0) + ms);
    const sum = [...total.values()].reduce((a, b) => a + b, 0);
    return perPerson(total.keys(), name, (id) => ({
      share: sum === 0 ? 0 : Math.round(((total.get(id) ?? 0) / sum) * 1000) / 1000,
    }));
  },
  heard: (ran) => ran.map((r) => ({ startsAt: r.startsAt.toISOString(), score: r.facts.heard })),
  methods: (ran) => {
    const ids = ran.flatMap((r) => (r.facts.method ? [r.facts.method.id] : []));
    return { distinct: new Set(ids).size, used: ids.length };
  },
  rotation: (ran, name) =>
    perPerson(
      ran.flatMap((r) => [...r.facts.attended]),
      name,
      (id) => ({
        chaired: ran.filter((r) => r.facts.chairId === id).length,
        caseGiver: ran.filter((r) => r.facts.caseGiverId === id).length,
      }),
    ),
};

/** The aggregates the group agreed to share, over the meetings that ran; the rest stay out of the answer. */
export function aggregatesOf(
  ran: Ran[],
  shared: readonly Aggregate[],
  name: (id: string) => string,
): TrajectoryAggregates {
  const out: TrajectoryAggregates = { endedMeetings: ran.length };
  for (const key of shared) (out as Record<string, unknown>)[key] = builders[key](ran, name);
  return out;
}
