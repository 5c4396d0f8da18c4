import { type Dispatch, type SetStateAction, useCallback, useEffect, useState } from 'react';
import { api } from '../../../lib/api';

export type Resource<T> = {
  /** The latest data for the current path; kept while reloading so the page does not flash. */
  data: T | null;
  error: unknown;
  loading: boolean;
  reload(): void;
  setData: Dispatch<SetStateAction<T | null>>;
};

/** Loads one API resource with loading, error and retry; a null path waits (e.g. until an id is known). */
export function useResource<T>(path: string | null): Resource<T> {
  const [state, setState] = useState<{ path: string | null; data: T | null }>({ path: null, data: null });
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(path !== null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    api<T>(path, { signal: controller.signal }).then(
      (result) => {
        setState({ path, data: result });
        setLoading(false);
      },
      (e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setError(e);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [path, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback<Dispatch<SetStateAction<T | null>>>(
    (next) =>
      setState((s) => ({
        path: s.path,
        data: typeof next === 'function' ? (next as (prev: T | null) => T | null)(s.data) : next,
      })),
    [],
  );
  const data = state.path === path ? state.data : null;
  return {
    data,
    error,
    loading: loading || (path !== null && state.path !== path && !error),
    reload,
    setData,
  };
}
