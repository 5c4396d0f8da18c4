import '../groups/groups.css';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Meeting } from '../../../core/api/groups';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { MeetingForm } from './MeetingForm';
import { toWallClock } from './wall-clock';

/** "/meetings/:meetingId/edit": change a planned meeting with the same form. */
export function EditMeeting() {
  const { meetingId = '' } = useParams();
  const meeting = useResource<Meeting>(`/api/meetings/${meetingId}`);
  return (
    <RequireUser>
      <Loaded resource={meeting}>{(m) => <EditView meeting={m} />}</Loaded>
    </RequireUser>
  );
}

function EditView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useTitle(t('meetingsUi.edit.title'));
  const { date, time } = toWallClock(meeting.startsAt, meeting.timeZone);
  return (
    <section className="narrow wide-form">
      <p className="eyebrow">
        <Link to={`/meetings/${meeting.id}`}>{meeting.groupName}</Link>
      </p>
      <h1>{t('meetingsUi.edit.title')}</h1>
      <MeetingForm
        groupId={meeting.groupId}
        isNew={false}
        submitLabel={t('common.save')}
        initial={{
          date,
          time,
          timeZone: meeting.timeZone,
          durationMinutes: meeting.durationMinutes,
          place: meeting.place,
          videoUrl: meeting.videoUrl,
          methodId: meeting.methodId,
          methodVersionId: meeting.methodVersionId,
          autoAdvance: meeting.autoAdvance,
          rota: meeting.rota,
          practice: meeting.practice,
          notify: false,
        }}
        onSubmit={async ({ notify: _notify, ...values }) => {
          await api<Meeting>(`/api/meetings/${meeting.id}`, { method: 'PATCH', body: values });
          navigate(`/meetings/${meeting.id}`, { state: { saved: true } });
        }}
      />
    </section>
  );
}
