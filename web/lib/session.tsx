import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import type { Me } from '../../core/api/auth';
import { api } from './api';
import { setLocale } from './i18n';

type SessionState = { user: Me | null; loading: boolean; refresh(): Promise<void>; signOut(): Promise<void> };

const SessionContext = createContext<SessionState | null>(null);

/** Loads the signed-in user once and shares it with every page. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    try {
      const { user: me } = await api<{ user: Me | null }>('/api/session');
      setUser(me);
      if (me) void setLocale(me.locale);
    } catch (error) {
      console.warn(error);
      setUser(null);
    } finally {
      setLoading(false);
    }
  }, []);

  const signOut = useCallback(async () => {
    await api('/api/auth/sign-out', { method: 'POST', body: {} });
    setUser(null);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return <SessionContext value={{ user, loading, refresh, signOut }}>{children}</SessionContext>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
