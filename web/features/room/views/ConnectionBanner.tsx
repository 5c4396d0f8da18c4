import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ConnectionStatus, LostAccess } from '../connection';

/**
 * A calm line at the top while the connection is being restored; a clear message when access is gone.
 * The first quick retries stay invisible so a short blip does not alarm anyone.
 */
export function ConnectionBanner({
  status,
  attempts,
  pending,
  lostAccess,
}: {
  status: ConnectionStatus;
  attempts: number;
  pending: number;
  lostAccess: LostAccess | null;
}) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  if (lostAccess) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{t(`room.lost.${lostAccess}`)}</p>
        {/* Signed out (a projector left running overnight): one step back in, and back to this page. */}
        {lostAccess === 'unauthenticated' && (
          <p>
            <Link className="btn btn-primary" to={`/sign-in?next=${encodeURIComponent(pathname)}`}>
              {t('auth.signIn')}
            </Link>
          </p>
        )}
      </div>
    );
  }
  if (status !== 'reconnecting' && !(status === 'connecting' && attempts > 0)) {
    return pending > 0 && status === 'open' ? (
      <p className="conn-banner is-quiet" role="status">
        {t('room.conn.sending', { count: pending })}
      </p>
    ) : null;
  }
  return (
    <p className="conn-banner" role="status" data-testid="reconnecting">
      <span className="spinner" aria-hidden="true" /> {t('room.conn.reconnecting')}
      {pending > 0 && <span> {t('room.conn.kept', { count: pending })}</span>}
    </p>
  );
}
