import './groups.css';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import {
  type Group,
  MAX_GROUP_SIZE,
  type MeetingList as MeetingListDto,
  type MemberList,
} from '../../../core/api/groups';
import { useTitle } from '../../lib/use-title';
import { AccessLogPanel } from '../data-lifecycle/AccessLogPanel';
import { RetentionPanel } from '../data-lifecycle/RetentionPanel';
import { MeetingList } from '../meetings/MeetingItem';
import { TrajectoriesPanel } from '../trajectories/TrajectoriesPanel';
import { GroupMethods } from './GroupMethods';
import { GroupSettings } from './GroupSettings';
import { InvitePanel } from './InvitePanel';
import { Loaded, RequireUser } from './lib/Page';
import { useResource } from './lib/use-resource';
import { MembersPanel } from './MembersPanel';
import { ReportSharingPanel } from './ReportSharingPanel';
import { RulesGate } from './RulesGate';

/**
 * "/groups/:groupId": meetings, members and roles, ground rules, method versions, report sharing and
 * (for admins) invites.
 */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const group = useResource<Group>(`/api/groups/${groupId}`);
  return (
    <RequireUser>
      <Loaded resource={group}>{(g) => <GroupView group={g} onChange={group.reload} />}</Loaded>
    </RequireUser>
  );
}

function GroupView({ group, onChange }: { group: Group; onChange(): void }) {
  const { t } = useTranslation();
  const location = useLocation();
  useTitle(group.name);
  const members = useResource<MemberList>(`/api/groups/${group.id}/members`);
  const meetings = useResource<MeetingListDto>(`/api/groups/${group.id}/meetings?when=upcoming`);
  const isAdmin = group.myRole === 'admin';
  const canPlan = group.myRole !== 'member';
  const created = (location.state as { created?: boolean } | null)?.created;

  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to="/groups">{t('groupsUi.dashboard.title')}</Link>
          </p>
          <h1>{group.name}</h1>
          {group.description && <p className="lead">{group.description}</p>}
          <p className="group-card-meta">
            <span className="badge">
              {t('groupsUi.yourRole', { role: t(`groupsUi.roles.${group.myRole}`) })}
            </span>
            <span>{t('groupsUi.memberCountOfMax', { count: group.memberCount, max: MAX_GROUP_SIZE })}</span>
          </p>
        </div>
      </header>
      {created && (
        <p className="notice" role="status">
          {t('groupsUi.create.done')}
        </p>
      )}
      {group.sizeWarning && <p className="notice notice-warn">{t('groupsUi.sizeWarning')}</p>}
      {!group.acceptedCurrentRules && <RulesGate groupId={group.id} />}
      <div className="group-grid">
        <div className="stack">
          <section className="card" aria-labelledby="meetings-title">
            <div className="section-head">
              <h2 id="meetings-title">{t('groupsUi.group.meetings')}</h2>
              {canPlan && (
                <Link to={`/groups/${group.id}/meetings/new`} className="btn btn-primary">
                  {t('meetingsUi.schedule.button')}
                </Link>
              )}
            </div>
            <Loaded resource={meetings}>
              {(data) => (
                <MeetingList
                  meetings={data.meetings}
                  showGroup={false}
                  empty={canPlan ? t('groupsUi.group.noMeetingsPlanner') : t('groupsUi.group.noMeetings')}
                />
              )}
            </Loaded>
          </section>
          <TrajectoriesPanel group={group} />
          <Loaded resource={members}>
            {(data) => (
              <MembersPanel group={group} list={data} onChange={members.reload} onGroupChange={onChange} />
            )}
          </Loaded>
          {isAdmin && <InvitePanel group={group} />}
        </div>
        <div className="stack">
          <section className="card" aria-labelledby="rules-title">
            <h2 id="rules-title">{t('groupsUi.rules.title')}</h2>
            <p>{t('groupsUi.rules.summary', { version: group.rulesVersion })}</p>
            <p>
              {group.acceptedCurrentRules
                ? t('groupsUi.rules.youAccepted')
                : t('groupsUi.rules.youNotAccepted')}
            </p>
            <Link to={`/groups/${group.id}/rules`} className="btn">
              {isAdmin ? t('groupsUi.rules.viewEdit') : t('groupsUi.rules.view')}
            </Link>
          </section>
          <GroupMethods groupId={group.id} />
          <ReportSharingPanel group={group} onSaved={onChange} />
          <RetentionPanel group={group} />
          {isAdmin && <AccessLogPanel groupId={group.id} />}
          {isAdmin && <GroupSettings group={group} onSaved={onChange} />}
        </div>
      </div>
    </div>
  );
}
