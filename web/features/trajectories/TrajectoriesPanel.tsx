import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Group } from '../../../core/api/groups';
import type { TrajectoryList } from '../../../core/api/trajectories';
import { formatDate } from '../groups/lib/format';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

/** The group's trajectories on its page; planners start a new one here. */
export function TrajectoriesPanel({ group }: { group: Group }) {
  const { t } = useTranslation();
  const id = useId();
  const list = useResource<TrajectoryList>(`/api/groups/${group.id}/trajectories`);
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <div className="section-head">
        <h2 id={`${id}-title`}>{t('trajectories.panel.title')}</h2>
        {group.myRole !== 'member' && (
          <Link to={`/groups/${group.id}/trajectories/new`} className="btn">
            {t('trajectories.panel.start')}
          </Link>
        )}
      </div>
      <p className="hint">{t('trajectories.panel.lead')}</p>
      <Loaded resource={list}>
        {({ trajectories }) =>
          trajectories.length === 0 ? (
            <p>{t('trajectories.panel.none')}</p>
          ) : (
            <ul className="plain-list stack-sm">
              {trajectories.map((tr) => (
                <li key={tr.id}>
                  <Link to={`/trajectories/${tr.id}`}>{tr.name}</Link>
                  {tr.closedAt && <span className="badge">{t('trajectories.panel.closed')}</span>}
                  <p className="hint">
                    {t('trajectories.panel.meta', {
                      from: formatDate(tr.startsOn),
                      to: formatDate(tr.endsOn),
                      count: tr.meetingCount,
                      planned: tr.plannedMeetings,
                      mode: t(`trajectories.modes.${tr.mode}`),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <Link to="/me/learning">{t('trajectories.panel.myLearning')}</Link>
    </section>
  );
}
