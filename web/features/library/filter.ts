import type { MethodSummary } from '../../../core/api/methods';
import type { CaseTopic, Experience } from '../../../core/methods/schema';
import { CASE_TOPICS, EXPERIENCE_LEVELS } from '../../../core/methods/vocabulary';

export const DURATION_OPTIONS = [45, 60, 90, 120] as const;
export const SIZE_OPTIONS = [3, 4, 5, 6, 7, 8, 9, 10] as const;

export type LibraryFilters = {
  q: string;
  topic: CaseTopic | null;
  maxMinutes: number | null;
  size: number | null;
  experience: Experience | null;
};

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Reads filters from the address bar, ignoring anything that is not a known option. */
export function filtersFromParams(params: URLSearchParams): LibraryFilters {
  const topic = params.get('topic');
  const experience = params.get('experience');
  const minutes = Number(params.get('minutes'));
  const size = Number(params.get('size'));
  return {
    q: params.get('q') ?? '',
    topic: (CASE_TOPICS as readonly string[]).includes(topic ?? '') ? (topic as CaseTopic) : null,
    maxMinutes: (DURATION_OPTIONS as readonly number[]).includes(minutes) ? minutes : null,
    size: (SIZE_OPTIONS as readonly number[]).includes(size) ? size : null,
    experience: (EXPERIENCE_LEVELS as readonly string[]).includes(experience ?? '')
      ? (experience as Experience)
      : null,
  };
}

/**
 * The methods that fit every chosen filter. A group's experience admits every method that needs at most
 * that much; the search looks at names in both languages and the summary and tags.
 */
export function filterMethods(list: MethodSummary[], f: LibraryFilters): MethodSummary[] {
  const words = fold(f.q).split(/\s+/).filter(Boolean);
  const level = f.experience ? EXPERIENCE_LEVELS.indexOf(f.experience) : EXPERIENCE_LEVELS.length;
  return list.filter((m) => {
    if (f.topic && !m.topics.includes(f.topic)) return false;
    if (f.maxMinutes && m.durationMinutes > f.maxMinutes) return false;
    if (f.size && (f.size < m.groupSize.min || f.size > m.groupSize.max)) return false;
    if (EXPERIENCE_LEVELS.indexOf(m.experience) > level) return false;
    if (words.length === 0) return true;
    const haystack = fold([m.names.nl, m.names.en, m.summary.nl, m.summary.en, ...m.tags].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
