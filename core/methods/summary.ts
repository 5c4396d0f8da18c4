import type { Method } from './schema';

/** A method as the library list shows it: everything but the phases (GET /api/methods, prerendered pages). */
export function methodSummary(m: Method) {
  return {
    id: m.id,
    names: m.names,
    summary: m.summary,
    durationMinutes: m.durationMinutes,
    groupSize: m.groupSize,
    tags: m.tags,
    topics: m.topics,
    experience: m.experience,
    reconstruction: m.reconstruction,
    phaseCount: m.phases.length,
  };
}
