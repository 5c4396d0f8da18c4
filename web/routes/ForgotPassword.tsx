import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../components/Field';
import { ErrorState } from '../components/Status';
import { api } from '../lib/api';
import { useSubmit } from '../lib/use-form';
import { useTitle } from '../lib/use-title';

export function ForgotPassword() {
  const { t } = useTranslation();
  const [sent, setSent] = useState(false);
  useTitle(t('auth.forgotTitle'));
  const { busy, error, onSubmit } = useSubmit(
    (data) =>
      api('/api/auth/request-password-reset', {
        body: { email: data.get('email'), redirectTo: '/reset-password' },
      }),
    () => setSent(true),
  );
  return (
    <section className="narrow">
      <h1>{t('auth.forgotTitle')}</h1>
      {sent ? (
        <p className="notice" role="status">
          {t('auth.forgotSent')}
        </p>
      ) : (
        <form onSubmit={onSubmit} className="form" noValidate>
          <p>{t('auth.forgotLead')}</p>
          {Boolean(error) && <ErrorState error={error} />}
          <Field label={t('auth.email')} name="email" type="email" autoComplete="email" required />
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('auth.working') : t('auth.forgotSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
