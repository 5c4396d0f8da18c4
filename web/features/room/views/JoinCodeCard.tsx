import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JoinCode } from '../../../../core/api/live';
import { ErrorState } from '../../../components/Status';
import { api } from '../../../lib/api';

/** For the chair: a new join code for guests when the old one went round too far (the old one stops working). */
export function JoinCodeCard({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const rotate = async () => {
    setBusy(true);
    setError(null);
    try {
      setCode((await api<JoinCode>(`/api/meetings/${meetingId}/join-code/rotate`, { body: {} })).code);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('room.joinCode.title')}</h2>
      <p>{t('room.joinCode.lead')}</p>
      {Boolean(error) && <ErrorState error={error} />}
      {code && (
        <p role="status" data-testid="rotated-code">
          {t('room.joinCode.rotated', { code })}
        </p>
      )}
      <button type="button" className="btn" onClick={rotate} disabled={busy}>
        {t('room.joinCode.rotate')}
      </button>
    </section>
  );
}
