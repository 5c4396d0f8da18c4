import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Field } from '../components/Field';
import { ErrorState } from '../components/Status';
import { api } from '../lib/api';
import { currentLocale } from '../lib/i18n';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/use-form';
import { useTitle } from '../lib/use-title';

export function SignUp() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // Only same-site paths, so an invite link survives sign-up without opening an open redirect.
  const next =
    params.get('next')?.startsWith('/') && !params.get('next')?.startsWith('//') ? params.get('next')! : '/';
  const signInHref = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
  useTitle(t('auth.signUpTitle'));
  const { busy, error, fieldErrors, onSubmit } = useSubmit(
    (data) =>
      api('/api/auth/sign-up/email', {
        body: {
          name: data.get('name'),
          email: data.get('email'),
          password: data.get('password'),
          locale: currentLocale(),
        },
      }),
    async () => {
      await refresh();
      navigate(next);
    },
  );
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
