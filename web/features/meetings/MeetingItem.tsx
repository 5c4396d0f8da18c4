import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../core/api/groups';
import { foreignTimeZone, formatMeetingStart } from '../groups/lib/format';

/** One meeting in a list: when, where, which group, and my answer; the whole title links to the meeting. */
export function MeetingItem({ meeting, showGroup }: { meeting: Meeting; showGroup: boolean }) {
  const { t } = useTranslation();
  const zone = foreignTimeZone(meeting.timeZone);
  const where = meeting.place || (meeting.videoUrl ? t('meetingsUi.online') : '');
  return (
    <li className="meeting-item">
      <Link to={`/meetings/${meeting.id}`} className="meeting-link">
        {formatMeetingStart(meeting.startsAt, meeting.timeZone)}
        {zone && <span className="muted"> ({zone})</span>}
      </Link>
      <span className="meeting-meta">
        {showGroup && <span>{meeting.groupName}</span>}
        {where && <span>{where}</span>}
        {meeting.status === 'live' && <span className="badge badge-live">{t('meetingsUi.statusLive')}</span>}
        <span className={meeting.rsvp.mine ? 'badge' : 'badge badge-todo'}>
          {meeting.rsvp.mine ? t(`meetingsUi.rsvpMine.${meeting.rsvp.mine}`) : t('meetingsUi.rsvpMissing')}
        </span>
      </span>
    </li>
  );
}

/** A list of meetings or a friendly line when there are none. */
export function MeetingList({
  meetings,
  showGroup,
  empty,
}: {
  meetings: Meeting[];
  showGroup: boolean;
  empty: string;
}) {
  if (meetings.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <MeetingItem key={m.id} meeting={m} showGroup={showGroup} />
      ))}
    </ul>
  );
}
