import './data-lifecycle.css';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessLog } from '../../../core/api/access-log';
import { currentLocale } from '../../lib/i18n';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

/** For admins on the group page: who read or downloaded reports and attendance lists (AUDIT-2). */
export function AccessLogPanel({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const resource = useResource<AccessLog>(`/api/groups/${groupId}/access-log`);
  const locale = currentLocale();
  const day = (iso: string) => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' });
  const moment = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dataUi.accessLog.title')}</h2>
      <p className="hint">{t('dataUi.accessLog.lead')}</p>
      <Loaded resource={resource}>
        {({ entries }) =>
          entries.length === 0 ? (
            <p>{t('dataUi.accessLog.empty')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('dataUi.accessLog.who')}</th>
                    <th scope="col">{t('dataUi.accessLog.what')}</th>
                    <th scope="col">{t('dataUi.accessLog.meeting')}</th>
                    <th scope="col">{t('dataUi.accessLog.when')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={`${e.at}-${e.kind}-${e.meetingId}`}>
                      <td>{e.name ?? t('data.formerMember')}</td>
                      <td>{t(`data.accessKinds.${e.kind}`)}</td>
                      <td>{day(e.meetingStartsAt)}</td>
                      <td>{moment(e.at)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}
