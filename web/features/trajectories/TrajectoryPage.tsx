import '../groups/forms.css';
import '../groups/groups.css';
import '../data-lifecycle/data-lifecycle.css';
import './trajectories.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TrajectoryDetail } from '../../../core/api/trajectories';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { formatDate } from '../groups/lib/format';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { SharedLearningPanel } from '../learning/SharedLearningPanel';
import { StatementPanel } from '../register/StatementPanel';
import { AggregatesView } from './AggregatesView';
import { EvaluationPanel } from './EvaluationPanel';
import { WayTable } from './WayTable';

/** "/trajectories/:trajectoryId": the plan, the way to autonomy, shared figures and the evaluation. */
export function TrajectoryPage() {
  const { trajectoryId = '' } = useParams();
  const resource = useResource<TrajectoryDetail>(`/api/trajectories/${trajectoryId}`);
  return (
    <RequireUser>
      <Loaded resource={resource}>
        {(detail) => <TrajectoryView detail={detail} onChange={resource.setData} />}
      </Loaded>
    </RequireUser>
  );
}

function TrajectoryView({
  detail,
  onChange,
}: {
  detail: TrajectoryDetail;
  onChange(d: TrajectoryDetail): void;
}) {
  const { t } = useTranslation();
  useTitle(detail.name);
  const held = detail.meetings.filter((m) => m.status === 'ended').length;
  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to={`/groups/${detail.groupId}`}>{t('trajectories.page.group')}</Link>
          </p>
          <h1>{detail.name}</h1>
          <p className="group-card-meta">
            <span className="badge">{t(`trajectories.modes.${detail.mode}`)}</span>
            <span>
              {formatDate(detail.startsOn)} – {formatDate(detail.endsOn)}
            </span>
            <span>
              {detail.facilitator
                ? t('trajectories.page.facilitator', { name: detail.facilitator.name })
                : t('trajectories.page.noFacilitator')}
            </span>
          </p>
          <p>{t('trajectories.page.progress', { held, planned: detail.plannedMeetings })}</p>
          <Link to="/me/learning">{t('trajectories.panel.myLearning')}</Link>
        </div>
      </header>
      <WayTable detail={detail} onChange={onChange} />
      <AggregatesView aggregates={detail.aggregates} />
      {detail.isFacilitator && <SharedLearningPanel trajectoryId={detail.id} />}
      <EvaluationPanel detail={detail} onChange={onChange} />
      {detail.mode === 'guided' && <StatementPanel trajectoryId={detail.id} />}
      {detail.canPlan && <Closing detail={detail} onChange={onChange} />}
    </div>
  );
}

/** Closing the trajectory, and the way into the next one without a facilitator. */
function Closing({ detail, onChange }: { detail: TrajectoryDetail; onChange(d: TrajectoryDetail): void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const toggle = async () => {
    setError(null);
    try {
      await api(`/api/trajectories/${detail.id}`, { method: 'PATCH', body: { closed: !detail.closedAt } });
      onChange(await api<TrajectoryDetail>(`/api/trajectories/${detail.id}`));
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card stack-sm">
      {Boolean(error) && <ErrorState error={error} />}
      {detail.closedAt && <p>{t('trajectories.page.closedOn', { date: formatDate(detail.closedAt) })}</p>}
      <div className="actions">
        <button type="button" className="btn" onClick={toggle}>
          {detail.closedAt ? t('trajectories.page.reopen') : t('trajectories.page.close')}
        </button>
        <Link
          className="btn btn-primary"
          to={`/groups/${detail.groupId}/trajectories/new?previous=${detail.id}`}
        >
          {t('trajectories.page.next')}
        </Link>
      </div>
    </section>
  );
}
