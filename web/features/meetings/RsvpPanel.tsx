import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, RsvpResponse, RsvpResult } from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSession } from '../../lib/session';

/** Yes / maybe / no with live counts and who answered what. */
export function RsvpPanel({ meeting, onChange }: { meeting: Meeting; onChange(m: Meeting): void }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState('');
  const order: RsvpResponse[] = ['yes', 'maybe', 'no'];

  const answer = async (response: RsvpResponse) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api<RsvpResult>(`/api/meetings/${meeting.id}/rsvp`, {
        method: 'PUT',
        body: { response },
      });
      onChange({
        ...meeting,
        rsvp: { ...result.counts, mine: result.mine },
        responses: meeting.responses?.map((r) =>
          r.userId === user?.id ? { ...r, response: result.mine } : r,
        ),
      });
      setAnnounce(t(`meetingsUi.rsvpMine.${result.mine}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="rsvp-title">
      <h2 id="rsvp-title">{t('meetingsUi.rsvp.title')}</h2>
      {Boolean(error) && <ErrorState error={error} />}
      <div className="rsvp-buttons">
        {order.map((r) => (
          <button
            key={r}
            type="button"
            className={meeting.rsvp.mine === r ? 'btn btn-primary' : 'btn'}
            aria-pressed={meeting.rsvp.mine === r}
            disabled={busy}
            onClick={() => answer(r)}
          >
            {t(`meetingsUi.rsvp.${r}`)}
            <span className="count">{meeting.rsvp[r]}</span>
          </button>
        ))}
      </div>
      <p role="status" className="hint">
        {announce}
      </p>
      {meeting.responses && meeting.responses.length > 0 && (
        <ul className="plain-list response-list">
          {meeting.responses.map((r) => (
            <li key={r.userId}>
              <span>{r.name}</span>
              <span className={r.response ? `rsvp-${r.response}` : 'muted'}>
                {r.response ? t(`meetingsUi.rsvp.${r.response}`) : t('meetingsUi.rsvp.none')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
