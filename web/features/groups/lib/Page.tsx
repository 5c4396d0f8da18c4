import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState, Loading } from '../../../components/Status';
import { useSession } from '../../../lib/session';
import type { Resource } from './use-resource';

/** Sends signed-out visitors to sign in and brings them back here afterwards. */
export function RequireUser({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!user) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname)}`} replace />;
  return children;
}

/** Renders a loaded resource; before the first answer its loading state or its error with a retry. */
export function Loaded<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) {
  if (resource.data !== null) return children(resource.data);
  if (resource.error) return <ErrorState error={resource.error} onRetry={resource.reload} />;
  return <Loading />;
}
