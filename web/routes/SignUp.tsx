import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Field } from '../components/Field';
import { ErrorState } from '../components/Status';
import { api } from '../lib/api';
import { currentLocale } from '../lib/i18n';
import { useSubmit } from '../lib/use-form';
import { useTitle } from '../lib/use-title';
import { search } from './SignIn';

export function SignUp() {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [params] = useSearchParams();
  // Only same-site paths, so an invite link survives sign-up without opening an open redirect.
  const next =
    params.get('next')?.startsWith('/') && !params.get('next')?.startsWith('//') ? params.get('next')! : '/';
  const signInHref = `/sign-in${search(next)}`;
  useTitle(t('auth.signUpTitle'));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    async (data) => {
      await api('/api/auth/sign-up/email', {
        body: {
          name: data.get('name'),
          email: data.get('email'),
          password: data.get('password'),
          locale: currentLocale(),
          // The mail's link signs the person in and lands on the sign-in page, which goes on to `next`.
          callbackURL: signInHref,
        },
      });
      return String(data.get('email'));
    },
    (email) => setSentTo(email),
  );
  // The same answer whether the address is new or taken: the mail tells the owner which it was.
  if (sentTo) {
    return (
      <section className="narrow">
        <h1>{t('auth.checkMailTitle')}</h1>
        <p className="notice" role="status">
          {t('auth.checkMail', { email: sentTo })}
        </p>
      </section>
    );
  }
  return (
    <section className="narrow">
      <h1>{t('auth.signUpTitle')}</h1>
      <form onSubmit={onSubmit} className="form" noValidate>
        {Boolean(error) && <ErrorState error={error} />}
        <Field label={t('auth.name')} name="name" autoComplete="name" required error={fieldErrors.name} />
        <Field
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={fieldErrors.email}
        />
        <Field
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={10}
          hint={t('auth.passwordHint')}
          error={fieldErrors.password}
        />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('auth.working') : t('auth.signUp')}
        </button>
      </form>
      <p>
        {t('auth.haveAccount')} <Link to={signInHref}>{t('auth.signIn')}</Link>
      </p>
    </section>
  );
}
