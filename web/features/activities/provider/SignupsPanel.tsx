import { useTranslation } from 'react-i18next';
import type { SignupList } from '../../../../core/api/activities';
import { Loaded } from '../../groups/lib/Page';
import { useResource } from '../../groups/lib/use-resource';

/** Who has a place, who waits (in the order they move up) and who cancelled: for the provider only. */
export function SignupsPanel({ activityId }: { activityId: string }) {
  const { t, i18n } = useTranslation();
  const list = useResource<SignupList>(`/api/activities/${activityId}/signups`);
  const when = (iso: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <section className="card stack" aria-labelledby="signups-title">
      <h2 id="signups-title">{t('activities.signups.title')}</h2>
      <Loaded resource={list}>
        {(data) =>
          data.signups.length === 0 ? (
            <p className="muted">{t('activities.signups.none')}</p>
          ) : (
            <div className="table-scroll">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('activities.signups.name')}</th>
                    <th scope="col">{t('activities.signups.email')}</th>
                    <th scope="col">{t('activities.signups.status')}</th>
                    <th scope="col">{t('activities.signups.at')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.signups.map((s) => (
                    <tr key={`${s.email}-${s.at}`}>
                      <td>{s.name}</td>
                      <td>{s.email}</td>
                      <td>{t(`activities.signups.statuses.${s.status}`)}</td>
                      <td>{when(s.at)}</td>
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
