import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Activity, ProviderMember } from '../../../../core/api/activities';
import { api } from '../../../lib/api';
import { useTitle } from '../../../lib/use-title';
import { Loaded, RequireUser } from '../../groups/lib/Page';
import { useResource } from '../../groups/lib/use-resource';
import { ActivityForm } from './ActivityForm';

/** "/provider/:slug/new": a new activity, published at once or kept as a draft. */
export function NewActivityPage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  useTitle(t('activities.manage.new'));
  const members = useResource<{ members: ProviderMember[] }>(`/api/providers/${slug}/members`);
  return (
    <RequireUser>
      <section className="narrow stack">
        <h1>{t('activities.manage.new')}</h1>
        <Loaded resource={members}>
          {(data) => (
            <ActivityForm
              members={data.members}
              withDraft
              submitLabel={t('activities.form.publish')}
              onSubmit={async (input) => {
                const created = await api<Activity>(`/api/providers/${slug}/activities`, { body: input });
                navigate(`/provider/${slug}/activities/${created.id}`);
              }}
            />
          )}
        </Loaded>
      </section>
    </RequireUser>
  );
}
