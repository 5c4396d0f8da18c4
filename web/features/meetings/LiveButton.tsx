import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Meeting } from '../../../core/api/groups';
import { useSession } from '../../lib/session';

/** The prominent way into the live room: start (planners, chair), join (everyone else or when live). */
export function LiveButton({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const to = `/meetings/${meeting.id}/live`;
  if (meeting.status === 'ended')
    return (
      <Link to={to} className="btn">
        {t('meetingsUi.live.openEnded')}
      </Link>
    );
  const mayStart = meeting.myRole !== 'member' || meeting.rota.chair === user?.id;
  const label =
    meeting.status === 'scheduled' && mayStart ? t('meetingsUi.live.start') : t('meetingsUi.live.join');
  return (
    <Link to={to} className="btn btn-primary btn-live">
      <span aria-hidden="true" className="live-dot" />
      {label}
    </Link>
  );
}
