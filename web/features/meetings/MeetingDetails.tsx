import { useTranslation } from 'react-i18next';
import type { Meeting, Rota } from '../../../core/api/groups';
import type { MethodList, MethodVersion } from '../../../core/api/methods';
import { currentLocale } from '../../lib/i18n';
import { foreignTimeZone, formatEndTime } from '../groups/lib/format';
import { useResource } from '../groups/lib/use-resource';
import { ROTA_ROLES } from './RotaPicker';

/** When, how long, where, which method and who holds which role, plus the .ics download. */
export function MeetingDetails({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const zone = foreignTimeZone(meeting.timeZone);
  const nameOf = (id: string | null) => meeting.responses?.find((r) => r.userId === id)?.name ?? null;
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 id="details-title">{t('meetingsUi.page.details')}</h2>
      {meeting.practice && (
        <p className="notice" data-testid="practice-planned">
          {t('meetingsUi.practice.planned')}
        </p>
      )}
      <dl className="details">
        <dt>{t('meetingsUi.page.until')}</dt>
        <dd className="meta-line">
          <span>{formatEndTime(meeting.startsAt, meeting.durationMinutes, meeting.timeZone)}</span>
          <span className="muted">{t('meetingsUi.page.minutes', { count: meeting.durationMinutes })}</span>
          {zone && <span className="muted">{zone}</span>}
        </dd>
        <dt>{t('meetingsUi.page.place')}</dt>
        <dd>{meeting.place || t('meetingsUi.page.noPlace')}</dd>
        {meeting.videoUrl && (
          <>
            <dt>{t('meetingsUi.page.video')}</dt>
            <dd>
              <a href={meeting.videoUrl} target="_blank" rel="noopener noreferrer">
                {t('meetingsUi.page.videoLink')}
              </a>
            </dd>
          </>
        )}
        <dt>{t('meetingsUi.page.method')}</dt>
        <dd>
          <MethodName meeting={meeting} />
        </dd>
        {ROTA_ROLES.map((role: keyof Rota) => (
          <RotaLine key={role} label={t(`meetingsUi.rota.${role}`)} name={nameOf(meeting.rota[role])} />
        ))}
      </dl>
      <a className="btn" href={`/api/meetings/${meeting.id}/ics`} download={`kring-${meeting.id}.ics`}>
        {t('meetingsUi.page.ics')}
      </a>
    </section>
  );
}

function RotaLine({ label, name }: { label: string; name: string | null }) {
  const { t } = useTranslation();
  return (
    <>
      <dt>{label}</dt>
      <dd>{name ?? t('meetingsUi.rota.open')}</dd>
    </>
  );
}

function MethodName({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  const library = useResource<MethodList>(
    meeting.methodId && !meeting.methodVersionId ? '/api/methods?lang=all' : null,
  );
  const version = useResource<MethodVersion>(
    meeting.methodVersionId
      ? `/api/groups/${meeting.groupId}/method-versions/${meeting.methodVersionId}`
      : null,
  );
  if (!meeting.methodId && !meeting.methodVersionId) return t('meetingsUi.page.noMethod');
  if (version.data)
    return t('meetingsUi.form.versionOption', {
      name: version.data.method.names[lang],
      version: version.data.version,
    });
  const found = library.data?.methods.find((m) => m.id === meeting.methodId);
  return found ? found.names[lang] : (meeting.methodId ?? t('meetingsUi.page.noMethod'));
}
