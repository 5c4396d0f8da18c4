import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provider, ProviderMember } from '../../../../core/api/activities';
import { Field } from '../../../components/Field';
import { ErrorState } from '../../../components/Status';
import { api } from '../../../lib/api';
import { useSubmit } from '../../../lib/use-form';

const text = (data: FormData, key: string) => String(data.get(key) ?? '');

/** For operators only (OPERATORS): register a provider with its first account, and grant the role to more. */
export function OperatorPanel({ onChange }: { onChange(): void }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<string | null>(null);
  const register = useSubmit(
    (data) =>
      api<Provider>('/api/providers', {
        body: {
          name: text(data, 'name'),
          description: text(data, 'description'),
          website: text(data, 'website').trim() || null,
          ownerEmail: text(data, 'ownerEmail'),
        },
      }),
    (p) => {
      setDone(t('activities.operator.registered', { name: p.name, slug: p.slug }));
      onChange();
    },
  );
  const grant = useSubmit(
    (data) =>
      api<{ members: ProviderMember[] }>(`/api/providers/${encodeURIComponent(text(data, 'slug'))}/members`, {
        body: { email: text(data, 'email') },
      }),
    (r) => setDone(t('activities.operator.granted', { names: r.members.map((m) => m.name).join(', ') })),
  );
  return (
    <section className="card stack" aria-labelledby="operator-title">
      <h2 id="operator-title">{t('activities.operator.title')}</h2>
      <p className="muted">{t('activities.operator.lead')}</p>
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <form onSubmit={register.onSubmit} className="form" noValidate aria-labelledby="operator-register">
        <h3 id="operator-register">{t('activities.operator.register')}</h3>
        {Boolean(register.error) && <ErrorState error={register.error} />}
        <Field
          label={t('activities.operator.name')}
          name="name"
          required
          maxLength={120}
          error={register.fieldErrors.name}
        />
        <Field label={t('activities.operator.description')} name="description" maxLength={2000} />
        <Field
          label={t('activities.operator.website')}
          name="website"
          type="url"
          error={register.fieldErrors.website}
        />
        <Field
          label={t('activities.operator.ownerEmail')}
          name="ownerEmail"
          type="email"
          required
          error={register.fieldErrors.ownerEmail}
        />
        <button type="submit" className="btn btn-primary" disabled={register.busy}>
          {t('activities.operator.registerButton')}
        </button>
      </form>
      <form onSubmit={grant.onSubmit} className="form" noValidate aria-labelledby="operator-grant">
        <h3 id="operator-grant">{t('activities.operator.grant')}</h3>
        {Boolean(grant.error) && <ErrorState error={grant.error} />}
        <Field
          label={t('activities.operator.slug')}
          name="slug"
          required
          hint={t('activities.operator.slugHint')}
        />
        <Field
          label={t('activities.operator.email')}
          name="email"
          type="email"
          required
          error={grant.fieldErrors.email}
        />
        <button type="submit" className="btn" disabled={grant.busy}>
          {t('activities.operator.grantButton')}
        </button>
      </form>
    </section>
  );
}
