import {
  createContext,
  type ReactNode,
  startTransition,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';
import type { Me } from '../../core/api/auth';
import { api } from './api';
import { setLocale } from './i18n';

type SessionState = { user: Me | null; loading: boolean; refresh(): Promise<void>; signOut(): Promise<void> };

const SessionContext = createContext<SessionState | null>(null);

/** Loads the signed-in user once and shares it with every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  // The first answer is applied as a transition: on a prerendered page it often arrives before the page's
  // own code, and an urgent update would make React throw the server's HTML away and show "loading" (a
  // layout shift) instead of waiting for the page to hydrate. Later refreshes (after signing in) are
  // urgent, so the next page already sees the user.
  const load = useCallback(async (first: boolean) => {
    let me: Me | null = null;
    try {
      ({ user: me } = await api<{ user: Me | null }>('/api/session'));
      if (me) void setLocale(me.locale);
    } catch (error) {
      console.warn(error);
    }
    const apply = () => {
      setUser(me);
      setLoading(false);
    };
    if (first) startTransition(apply);
    else apply();
  }, []);
  const refresh = useCallback(() => load(false), [load]);

  const signOut = useCallback(async () => {
    await api('/api/auth/sign-out', { method: 'POST', body: {} });
    setUser(null);
  }, []);

  useEffect(() => {
    void load(true);
  }, [load]);

  const value = useMemo(() => ({ user, loading, refresh, signOut }), [user, loading, refresh, signOut]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
