import '../groups/groups.css';
import './register.css';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Verification } from '../../../core/api/register';
import { ApiError } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { formatDate } from './format';

/** "/verify/:code": anyone checks that a dossier PDF matches Kring's record, without its content (REG-9). */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  useTitle(t('register.verify.title'));
  const result = useResource<Verification>(`/api/verify/${encodeURIComponent(code)}`);
  const unknown = result.error instanceof ApiError && result.error.status === 404;
  return (
    <div className="stack">
      <header className="page-head">
        <div>
          <h1>{t('register.verify.title')}</h1>
          <p className="lead">{t('register.verify.lead')}</p>
        </div>
      </header>
      {unknown ? (
        <p className="card" role="status">
          {t('register.verify.unknown')}
        </p>
      ) : (
        <Loaded resource={result}>{(v) => <Result v={v} />}</Loaded>
      )}
    </div>
  );
}

function Result({ v }: { v: Verification }) {
  const { t } = useTranslation();
  return (
    <section className="card stack-sm verify-result" data-matches={v.matches}>
      <p role="status">
        <strong>{v.matches ? t('register.verify.matches') : t('register.verify.changed')}</strong>
      </p>
      <dl>
        <dt>{t('register.verify.code')}</dt>
        <dd>{v.code}</dd>
        <dt>{t('register.verify.name')}</dt>
        <dd>{v.name}</dd>
        <dt>{t('register.verify.period')}</dt>
        <dd>{t('register.verify.periodValue', { from: formatDate(v.from), to: formatDate(v.to) })}</dd>
        <dt>{t('register.verify.issued')}</dt>
        <dd>{formatDate(v.issuedAt)}</dd>
        <dt>{t('register.verify.meetings')}</dt>
        <dd>{v.meetings}</dd>
      </dl>
      <ul>
        {v.totals.map((total) => (
          <li key={total.name}>{t('register.verify.totalLine', { ...total })}</li>
        ))}
      </ul>
    </section>
  );
}
