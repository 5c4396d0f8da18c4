import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { Field } from '../components/Field';
import { ErrorState } from '../components/Status';
import { api } from '../lib/api';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/use-form';
import { useTitle } from '../lib/use-title';

export function SignIn() {
  const { t } = useTranslation();
  const { user, refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  useTitle(t('auth.signInTitle'));
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';
  const signUpHref = `/sign-up${search(next)}`;
  const { busy, error, onSubmit } = useSubmit(
    (data) =>
      api('/api/auth/sign-in/email', {
        // Not confirmed yet: the server mails a new link that comes back here.
        body: {
          email: data.get('email'),
          password: data.get('password'),
          callbackURL: `/sign-in${search(next)}`,
        },
      }),
    async () => {
      await refresh();
      navigate(next);
    },
  );
  // The confirmation link of a sign-up mail signs the person in and lands here: on to where they were going.
  if (user) return <Navigate to={next} replace />;
  return (
    <section className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
      {params.has('error') && (
        <p className="notice notice-error" role="alert">
          {t('auth.confirmLinkInvalid')}
        </p>
      )}
      <form onSubmit={onSubmit} className="form" noValidate>
        {Boolean(error) && <ErrorState error={error} />}
        <Field label={t('auth.email')} name="email" type="email" autoComplete="email" required />
        <Field
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? t('auth.working') : t('auth.signIn')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('auth.forgotPassword')}</Link>
      </p>
      <p>
        {t('auth.noAccount')} <Link to={signUpHref}>{t('auth.signUp')}</Link>
      </p>
    </section>
  );
}

/** The `?next=` part that carries where the person was going, or nothing for the start page. */
export const search = (next: string) => (next === '/' ? '' : `?next=${encodeURIComponent(next)}`);
