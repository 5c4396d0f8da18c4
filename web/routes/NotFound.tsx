import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTitle } from '../lib/use-title';

export function NotFound() {
  const { t } = useTranslation();
  useTitle(t('common.notFoundTitle'));
  return (
    <section className="narrow">
      <h1>{t('common.notFoundTitle')}</h1>
      <p>{t('common.notFoundBody')}</p>
      <Link to="/" className="btn btn-primary">
        {t('common.notFoundHome')}
      </Link>
    </section>
  );
}
