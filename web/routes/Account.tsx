import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import type { Locale } from '../../core/i18n/index';
import { Field } from '../components/Field';
import { ErrorState, Loading } from '../components/Status';
import { DeletionPanel } from '../features/data-lifecycle/DeletionPanel';
import { ExportPanel } from '../features/data-lifecycle/ExportPanel';
import { api } from '../lib/api';
import { setLocale } from '../lib/i18n';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/use-form';
import { useTitle } from '../lib/use-title';

export function Account() {
  const { t } = useTranslation();
  const { user, loading, refresh } = useSession();
  const [saved, setSaved] = useState(false);
  useTitle(t('auth.settingsTitle'));

  const profile = useSubmit(
    async (data) => {
      setSaved(false);
      const locale = data.get('locale') as Locale;
      await api('/api/auth/update-user', { body: { name: data.get('name'), locale } });
      setLocale(locale);
    },
    async () => {
      await refresh();
      setSaved(true);
    },
  );
  if (loading) return <Loading />;
  if (!user) return <Navigate to="/sign-in?next=/account" replace />;
  return (
    <section className="narrow">
      <h1>{t('auth.settingsTitle')}</h1>
      <form onSubmit={profile.onSubmit} className="form card" noValidate>
        <h2>{t('auth.profileSection')}</h2>
        {Boolean(profile.error) && <ErrorState error={profile.error} />}
        {saved && (
          <p className="notice" role="status">
            {t('auth.profileSaved')}
          </p>
        )}
        <Field
          label={t('auth.displayName')}
          name="name"
          defaultValue={user.name}
          required
          error={profile.fieldErrors.name}
        />
        <div className="field">
          <label htmlFor="locale">{t('auth.preferredLanguage')}</label>
          <select id="locale" name="locale" defaultValue={user.locale}>
            <option value="nl">{t('common.languages.nl')}</option>
            <option value="en">{t('common.languages.en')}</option>
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={profile.busy}>
          {profile.busy ? t('auth.working') : t('common.save')}
        </button>
      </form>
      <ExportPanel />
      <DeletionPanel />
    </section>
  );
}
