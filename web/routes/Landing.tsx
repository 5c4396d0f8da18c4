import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../lib/session';
import { useTitle } from '../lib/use-title';

export function Landing() {
  const { t } = useTranslation();
  const { user } = useSession();
  useTitle('');
  const points = [
    [t('landing.point1Title'), t('landing.point1')],
    [t('landing.point2Title'), t('landing.point2')],
    [t('landing.point3Title'), t('landing.point3')],
  ] as const;
  return (
    <div className="landing">
      <section className="hero">
        <h1>{t('landing.title')}</h1>
        <p className="lead">{t('landing.lead')}</p>
        {user ? (
          <>
            <p className="lead">{t('auth.welcome', { name: user.name })}</p>
            <div className="actions">
              <Link to="/groups" className="btn btn-primary">
                {t('landing.ctaGroups')}
              </Link>
            </div>
          </>
        ) : (
          <div className="actions">
            <Link to="/sign-up" className="btn btn-primary">
              {t('landing.ctaSignUp')}
            </Link>
            <Link to="/sign-in" className="btn">
              {t('landing.ctaSignIn')}
            </Link>
          </div>
        )}
      </section>
      <section className="cards" aria-label={t('common.tagline')}>
        {points.map(([title, body]) => (
          <article key={title} className="card">
            <h2>{title}</h2>
            <p>{body}</p>
          </article>
        ))}
      </section>
      <section className="card demo-invite" aria-labelledby="demo-invite-h">
        <h2 id="demo-invite-h">{t('landing.demoTitle')}</h2>
        <p>{t('landing.demoHint')}</p>
        {/* One click: the demo page starts at once with the role the link names (DEMO-1). */}
        <div className="actions">
          <Link to="/demo?start&role=caseGiver" className="btn btn-primary">
            {t('landing.demoAsCaseGiver')}
          </Link>
          <Link to="/demo?start&role=helper" className="btn">
            {t('landing.demoAsHelper')}
          </Link>
          <Link to="/demo">{t('landing.demoChoose')}</Link>
        </div>
      </section>
      <p className="landing-more">
        <Link to="/activities">{t('landing.activities')}</Link>
      </p>
    </div>
  );
}
