import './groups.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { GroupList, MeetingList as MeetingListDto } from '../../../core/api/groups';
import { useTitle } from '../../lib/use-title';
import { MyCases } from '../cases/MyCases';
import { MeetingList } from '../meetings/MeetingItem';
import { ActionsPanel } from './ActionsPanel';
import { CalendarFeedPanel } from './CalendarFeedPanel';
import { GroupCards } from './GroupCards';
import { Loaded, RequireUser } from './lib/Page';
import { useResource } from './lib/use-resource';
import { OnboardingChecklist } from './OnboardingChecklist';

/** "/groups": my groups, upcoming meetings across them, my open actions, my cases and my calendar feed. */
export function Dashboard() {
  return (
    <RequireUser>
      <DashboardContent />
    </RequireUser>
  );
}

function DashboardContent() {
  const { t } = useTranslation();
  useTitle(t('groupsUi.dashboard.title'));
  const groups = useResource<GroupList>('/api/groups');
  const upcoming = useResource<MeetingListDto>('/api/me/upcoming');
  const left = (useLocation().state as { left?: boolean } | null)?.left;

  return (
    <div className="stack">
      <div className="page-head">
        <h1>{t('groupsUi.dashboard.title')}</h1>
        <Link to="/groups/new" className="btn btn-primary">
          {t('groupsUi.create.button')}
        </Link>
      </div>
      <OnboardingChecklist />
      {left && (
        <p className="notice" role="status">
          {t('groupsUi.dashboard.left')}
        </p>
      )}
      <div className="group-grid">
        <div className="stack">
          <section className="card" aria-labelledby="upcoming-title">
            <h2 id="upcoming-title">{t('groupsUi.dashboard.upcoming')}</h2>
            <Loaded resource={upcoming}>
              {(data) => (
                <MeetingList meetings={data.meetings} showGroup empty={t('groupsUi.dashboard.noUpcoming')} />
              )}
            </Loaded>
          </section>
          <section aria-labelledby="groups-title">
            <h2 id="groups-title">{t('groupsUi.dashboard.groups')}</h2>
            <Loaded resource={groups}>{(data) => <GroupCards groups={data.groups} />}</Loaded>
          </section>
        </div>
        <div className="stack">
          <ActionsPanel />
          <MyCases />
          <CalendarFeedPanel />
        </div>
      </div>
    </div>
  );
}
