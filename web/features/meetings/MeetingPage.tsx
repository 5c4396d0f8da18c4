import './meetings.css';
import '../groups/groups.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { Group, Meeting } from '../../../core/api/groups';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { CaseInventory } from '../cases/CaseInventory';
import { RetentionNotice } from '../data-lifecycle/RetentionNotice';
import { formatMeetingStart } from '../groups/lib/format';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { RulesGate } from '../groups/RulesGate';
import { SignOffPanel } from '../register/SignOffPanel';
import { AttendancePanel } from './AttendancePanel';
import { FollowUpPanel } from './FollowUpPanel';
import { LiveButton } from './LiveButton';
import { MeetingDetails } from './MeetingDetails';
import { RsvpPanel } from './RsvpPanel';

/** "/meetings/:meetingId": details, RSVP, calendar file, cases, follow-up, attendance and the way in. */
export function MeetingPage() {
  const { meetingId = '' } = useParams();
  const meeting = useResource<Meeting>(`/api/meetings/${meetingId}`);
  return (
    <RequireUser>
      <Loaded resource={meeting}>{(m) => <MeetingView meeting={m} onChange={meeting.setData} />}</Loaded>
    </RequireUser>
  );
}

function MeetingView({ meeting, onChange }: { meeting: Meeting; onChange(m: Meeting): void }) {
  const { t } = useTranslation();
  const location = useLocation();
  const group = useResource<Group>(`/api/groups/${meeting.groupId}`);
  const when = formatMeetingStart(meeting.startsAt, meeting.timeZone);
  useTitle(t('meetingsUi.page.title', { group: meeting.groupName, when }));
  const flash = location.state as { scheduled?: boolean; saved?: boolean; caseSubmitted?: boolean } | null;
  const planner = meeting.myRole !== 'member';

  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <p className="eyebrow">
            <Link to={`/groups/${meeting.groupId}`}>{meeting.groupName}</Link>
          </p>
          <h1>{when}</h1>
          <p>
            <span className={meeting.status === 'live' ? 'badge badge-live' : 'badge'}>
              {t(`meetingsUi.status.${meeting.status}`)}
            </span>
          </p>
        </div>
        <LiveButton meeting={meeting} />
      </header>
      {flash?.scheduled && (
        <p className="notice" role="status">
          {t('meetingsUi.schedule.done')}
        </p>
      )}
      {flash?.caseSubmitted && (
        <p className="notice" role="status">
          {t('casesUi.form.submitted')}
        </p>
      )}
      {flash?.saved && (
        <p className="notice" role="status">
          {t('common.saved')}
        </p>
      )}
      <RetentionNotice meetingId={meeting.id} />
      <div className="group-grid">
        <div className="stack">
          <MeetingDetails meeting={meeting} />
          <RsvpPanel meeting={meeting} onChange={onChange} />
          <Loaded resource={group}>
            {(g) =>
              g.acceptedCurrentRules ? (
                <>
                  <FollowUpPanel meetingId={meeting.id} />
                  <CaseInventory meeting={meeting} />
                </>
              ) : (
                <RulesGate groupId={g.id} outdated={g.rulesVersion > 1} />
              )
            }
          </Loaded>
        </div>
        <div className="stack">
          {meeting.status === 'ended' && (
            <Link to={`/meetings/${meeting.id}/reflection`} className="btn btn-primary">
              {t('trajectories.learning.meetingLink')}
            </Link>
          )}
          {meeting.status === 'ended' && <SignOffPanel meetingId={meeting.id} />}
          <AttendancePanel meeting={meeting} />
          {planner && <PlannerActions meeting={meeting} />}
        </div>
      </div>
    </div>
  );
}

function PlannerActions({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [confirm, setConfirm] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cancel = async () => {
    try {
      await api(`/api/meetings/${meeting.id}`, { method: 'DELETE' });
      navigate(`/groups/${meeting.groupId}`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="card" aria-labelledby="planner-title">
      <h2 id="planner-title">{t('meetingsUi.planner.title')}</h2>
      {Boolean(error) && <ErrorState error={error} />}
      <div className="actions">
        <Link to={`/meetings/${meeting.id}/edit`} className="btn">
          {t('meetingsUi.planner.edit')}
        </Link>
        {confirm ? (
          <>
            <button type="button" className="btn btn-danger" onClick={cancel}>
              {t('meetingsUi.planner.confirmCancel')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setConfirm(false)}>
              {t('meetingsUi.planner.keep')}
            </button>
          </>
        ) : (
          <button type="button" className="btn btn-ghost" onClick={() => setConfirm(true)}>
            {t('meetingsUi.planner.cancel')}
          </button>
        )}
      </div>
    </section>
  );
}
