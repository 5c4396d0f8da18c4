import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionList } from '../../../core/api/groups';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

/** The actions decided after one's own cases, open and done, with what one wrote as follow-up. */
export function ActionsList() {
  const { t } = useTranslation();
  const id = useId();
  const actions = useResource<ActionList>('/api/me/actions');
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('trajectories.learning.actions.title')}</h2>
      <p className="hint">{t('trajectories.learning.actions.lead')}</p>
      <Loaded resource={actions}>
        {(data) => {
          const own = data.actions.filter((a) => a.caseId !== null);
          if (own.length === 0) return <p>{t('trajectories.learning.actions.none')}</p>;
          return (
            <ul className="plain-list stack-sm">
              {own.map((a) => (
                <li key={a.id}>
                  <p className="group-card-meta">
                    <span className="badge">{t(`trajectories.learning.actions.${a.status}`)}</span>
                    <span>{a.text}</span>
                  </p>
                  {a.followUp && (
                    <p className="hint">
                      {t('trajectories.learning.actions.followUp', { text: a.followUp })}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          );
        }}
      </Loaded>
    </section>
  );
}
