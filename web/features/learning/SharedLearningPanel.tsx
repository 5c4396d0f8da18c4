import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedLearning } from '../../../core/api/learning';
import { formatDate } from '../groups/lib/format';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

/** For the trajectory's facilitator only: what participants chose to share with them. */
export function SharedLearningPanel({ trajectoryId }: { trajectoryId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const shared = useResource<SharedLearning>(`/api/trajectories/${trajectoryId}/shared-learning`);
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('trajectories.learning.shared.title')}</h2>
      <p className="hint">{t('trajectories.learning.shared.lead')}</p>
      <Loaded resource={shared}>
        {({ people }) =>
          people.length === 0 ? (
            <p>{t('trajectories.learning.shared.none')}</p>
          ) : (
            <ul className="plain-list stack-sm">
              {people.map((p) => (
                <li key={p.name}>
                  <h3>{p.name}</h3>
                  {p.question && (
                    <p>{t('trajectories.learning.shared.question', { text: p.question.text })}</p>
                  )}
                  <ul>
                    {p.reflections.map((r) => (
                      <li key={r.meetingId}>
                        <strong>{formatDate(r.startsAt)}</strong>
                        <p className="pre-wrap">{r.takeaway}</p>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </section>
  );
}
