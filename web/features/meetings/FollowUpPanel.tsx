import './meetings.css';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../core/api/groups';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

/** Open actions from earlier meetings, for the opening round: "what did you do with it?" */
export function FollowUpPanel({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const followUp = useResource<FollowUp>(`/api/meetings/${meetingId}/follow-up`);
  return (
    <section className="card" aria-labelledby="follow-up-title">
      <h2 id="follow-up-title">{t('meetingsUi.followUp.title')}</h2>
      <p className="hint">{t('meetingsUi.followUp.lead')}</p>
      <Loaded resource={followUp}>
        {(data) =>
          data.actions.length === 0 ? (
            <p className="muted">{t('meetingsUi.followUp.empty')}</p>
          ) : (
            <ul className="plain-list stack-sm">
              {data.actions.map((a) => (
                <li key={a.id} className="action-row">
                  <p className="action-text">{a.text}</p>
                  <p className="hint">
                    {a.userName} · {t(`meetingsUi.followUp.status.${a.status}`)}
                  </p>
                  {a.followUp && <p>{a.followUp}</p>}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
