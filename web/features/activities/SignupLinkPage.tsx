import './activities.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SignupResult } from '../../../core/api/activities';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';

type Kind = 'confirm' | 'cancel';

/**
 * The page behind a link from a sign-up mail. It acts only on a click: mail scanners that open links must
 * not confirm or cancel anybody's place.
 */
function SignupLink({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  useTitle(t(`activities.link.${kind}.title`));
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const act = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await api<SignupResult | { status: 'cancelled' }>(`/api/activity-signups/${kind}`, {
        body: { token },
      });
      setDone(t(`activities.link.result.${result.status}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="narrow stack">
      <h1>{t(`activities.link.${kind}.title`)}</h1>
      {done ? (
        <p className="notice" role="status">
          {done}
        </p>
      ) : (
        <>
          <p className="lead">{t(`activities.link.${kind}.lead`)}</p>
          {Boolean(error) && <ErrorState error={error} />}
          <div className="actions">
            <button type="button" className="btn btn-primary" onClick={act} disabled={busy}>
              {t(`activities.link.${kind}.button`)}
            </button>
          </div>
        </>
      )}
      <p>
        <Link to="/activities">{t('activities.back')}</Link>
      </p>
    </section>
  );
}

export const ConfirmSignupPage = () => <SignupLink kind="confirm" />;
export const CancelSignupPage = () => <SignupLink kind="cancel" />;
