import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../components/Field';
import { ErrorState } from '../components/Status';
import { api } from '../lib/api';
import { useSubmit } from '../lib/use-form';
import { useTitle } from '../lib/use-title';

export function ResetPassword() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  const [done, setDone] = useState(false);
  useTitle(t('auth.resetTitle'));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    (data) => api('/api/auth/reset-password', { body: { token, newPassword: data.get('newPassword') } }),
    () => setDone(true),
  );
  if (!token) {
    return (
      <section className="narrow">
        <h1>{t('auth.resetTitle')}</h1>
        <p className="notice notice-error" role="alert">
          {t('auth.resetInvalid')}
        </p>
        <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('auth.resetTitle')}</h1>
      {done ? (
        <>
          <p className="notice" role="status">
            {t('auth.resetDone')}
          </p>
          <Link to="/sign-in" className="btn btn-primary">
            {t('auth.signIn')}
          </Link>
        </>
      ) : (
        <form onSubmit={onSubmit} className="form" noValidate>
          {Boolean(error) && <ErrorState error={error} />}
          <Field
            label={t('auth.newPassword')}
            name="newPassword"
            type="password"
            autoComplete="new-password"
            required
            hint={t('auth.passwordHint')}
            error={fieldErrors.newPassword}
          />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('auth.working') : t('auth.resetSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
