import '../groups/forms.css';
import '../groups/groups.css';
import '../data-lifecycle/data-lifecycle.css';
import '../trajectories/trajectories.css';
import './learning.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LearningRecord, LearningTrajectory } from '../../../core/api/learning';
import { useTitle } from '../../lib/use-title';
import { formatDate } from '../groups/lib/format';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { ActionsList } from './ActionsList';
import { GrowthChart } from './GrowthChart';
import { QuestionForm } from './QuestionForm';

/** "/me/learning": one's own learning record — per trajectory the question, growth per effect, reflections. */
export function LearningPage() {
  const { t } = useTranslation();
  useTitle(t('trajectories.learning.title'));
  const record = useResource<LearningRecord>('/api/me/learning');
  return (
    <RequireUser>
      <div className="stack">
        <header className="page-head">
          <div>
            <h1>{t('trajectories.learning.title')}</h1>
            <p className="lead">{t('trajectories.learning.lead')}</p>
            <Link to="/me/dossier">{t('register.nav')}</Link>
          </div>
        </header>
        <Loaded resource={record}>
          {(data) =>
            data.trajectories.length === 0 ? (
              <p className="card">{t('trajectories.learning.none')}</p>
            ) : (
              data.trajectories.map((tr) => (
                <TrajectoryRecord key={tr.trajectoryId} record={tr} onSaved={record.setData} />
              ))
            )
          }
        </Loaded>
        <ActionsList />
      </div>
    </RequireUser>
  );
}

function TrajectoryRecord({
  record,
  onSaved,
}: {
  record: LearningTrajectory;
  onSaved(r: LearningRecord): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`}>
          <Link to={`/trajectories/${record.trajectoryId}`}>{record.name}</Link>
        </h2>
        <p className="hint">{t('trajectories.learning.group', { group: record.groupName })}</p>
      </div>
      <QuestionForm record={record} onSaved={onSaved} />
      <div className="stack-sm">
        <h3>{t('trajectories.learning.chart.title')}</h3>
        <GrowthChart reflections={record.reflections} chosen={record.question?.effects ?? []} />
      </div>
      {record.reflections.some((r) => r.takeaway) && (
        <div className="stack-sm">
          <h3>{t('trajectories.learning.reflections.title')}</h3>
          <ul className="plain-list stack-sm">
            {record.reflections.map((r) => (
              <li key={r.meetingId}>
                <Link to={`/meetings/${r.meetingId}/reflection`}>{formatDate(r.startsAt)}</Link>
                {r.takeaway && <p className="pre-wrap">{r.takeaway}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
