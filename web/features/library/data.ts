import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodDetail, MethodList } from '../../../core/api/methods';
import type { Localized } from '../../../core/methods/schema';
import { api } from '../../lib/api';
import { pageData } from '../../lib/page-data';

// The library is the same for everyone and changes only with a release, so one copy per page load is enough;
// a prerendered page brings the answers it was rendered with.
const cache = pageData();

/** Fills the cache before a render on the server (the build's prerender), as page-data does in the browser. */
export function primeLibrary(entries: Record<string, unknown>): void {
  for (const [path, data] of Object.entries(entries)) cache.set(path, data);
}

type Resource<T> = { data: T | null; error: unknown; retry: () => void };

function useCachedApi<T>(path: string): Resource<T> {
  const [data, setData] = useState<T | null>(() => (cache.get(path) as T | undefined) ?? null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt re-runs the request on retry
  useEffect(() => {
    const hit = cache.get(path) as T | undefined;
    if (hit) {
      setData(hit);
      return;
    }
    setData(null);
    setError(null);
    const controller = new AbortController();
    api<T>(path, { signal: controller.signal }).then(
      (result) => {
        cache.set(path, result);
        setData(result);
      },
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setError(e);
      },
    );
    return () => controller.abort();
  }, [path, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { data, error, retry };
}

/** The library list, texts in both languages so a language switch needs no new request. */
export function useMethodList(): Resource<MethodList> {
  return useCachedApi<MethodList>(METHOD_LIST_PATH);
}
export const METHOD_LIST_PATH = '/api/methods?lang=all';

/** One method with all its phases, texts in both languages. */
export function useMethod(id: string): Resource<MethodDetail> {
  return useCachedApi<MethodDetail>(methodPath(id));
}
export const methodPath = (id: string) => `/api/methods/${encodeURIComponent(id)}?lang=all`;

/** Picks the current UI language out of a {nl, en} method text. */
export function useLocalized(): (text: Localized) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'nl';
  return useCallback((text: Localized) => text[lang], [lang]);
}

/** "Luistert alleen" → "luistert alleen", for a label that continues a sentence. */
export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
