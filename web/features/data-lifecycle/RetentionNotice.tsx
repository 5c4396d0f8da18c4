import { useTranslation } from 'react-i18next';
import type { MeetingRetention } from '../../../core/api/retention';
import { currentLocale } from '../../lib/i18n';
import { useResource } from '../groups/lib/use-resource';

/**
 * On the meeting and report pages: when this meeting's case content will be deleted, or was (LOG-8).
 * Nothing while the group keeps content, while loading, or when the date cannot be fetched: the notice is
 * extra information, and its absence never hides anything else on the page.
 */
export function RetentionNotice({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { data } = useResource<MeetingRetention>(`/api/meetings/${encodeURIComponent(meetingId)}/retention`);
  if (!data || (data.removesAt === null && data.removedAt === null)) return null;
  const date = (iso: string) => new Date(iso).toLocaleDateString(currentLocale(), { dateStyle: 'long' });
  return (
    <p className="notice" role="note">
      {data.removedAt !== null
        ? t('dataUi.retention.removedAt', { date: date(data.removedAt) })
        : t('dataUi.retention.removesAt', { date: date(data.removesAt!) })}
    </p>
  );
}
