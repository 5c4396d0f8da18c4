import '../groups/groups.css';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Group, Meeting } from '../../../core/api/groups';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { MeetingForm, type MeetingFormValues } from './MeetingForm';
import { nextWeek } from './wall-clock';

/** "/groups/:groupId/meetings/new": plan a meeting (admins and facilitators; the server checks). */
export function ScheduleMeeting() {
  const { groupId = '' } = useParams();
  const group = useResource<Group>(`/api/groups/${groupId}`);
  return (
    <RequireUser>
      <Loaded resource={group}>{(g) => <ScheduleView group={g} />}</Loaded>
    </RequireUser>
  );
}

function ScheduleView({ group }: { group: Group }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useTitle(t('meetingsUi.schedule.title'));
  const initial: MeetingFormValues = {
    date: nextWeek(),
    time: '19:30',
    timeZone: 'Europe/Amsterdam',
    durationMinutes: 120,
    place: '',
    videoUrl: null,
    methodId: null,
    methodVersionId: null,
    autoAdvance: false,
    rota: { chair: null, timekeeper: null, scribe: null },
    practice: null,
    notify: true,
  };
  return (
    <section className="narrow wide-form">
      <p className="eyebrow">
        <Link to={`/groups/${group.id}`}>{group.name}</Link>
      </p>
      <h1>{t('meetingsUi.schedule.title')}</h1>
      {group.myRole === 'member' && (
        <p className="notice notice-warn">{t('meetingsUi.schedule.onlyPlanners')}</p>
      )}
      <MeetingForm
        groupId={group.id}
        initial={initial}
        isNew
        submitLabel={t('meetingsUi.schedule.submit')}
        onSubmit={async (values) => {
          const meeting = await api<Meeting>(`/api/groups/${group.id}/meetings`, { body: values });
          navigate(`/meetings/${meeting.id}`, { state: { scheduled: true } });
        }}
      />
    </section>
  );
}
