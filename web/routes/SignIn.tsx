import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Field } from '../components/Field';
import { ErrorState } from '../components/Status';
import { api } from '../lib/api';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/use-form';
import { useTitle } from '../lib/use-title';

export function SignIn() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  useTitle(t('auth.signInTitle'));
  const next = params.get('next')?.startsWith('/') ? params.get('next')! : '/';
  const signUpHref = next === '/' ? '/sign-up' : `/sign-up?next=${encodeURIComponent(next)}`;
  const { busy, error, onSubmit } = useSubmit(
    (data) =>
      api('/api/auth/sign-in/email', { body: { email: data.get('email'), password: data.get('password') } }),
    async () => {
      await refresh();
      navigate(next);
    },
  );
  return (
    <section className="narrow">
      <h1>{t('auth.signInTitle')}</h1>
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
