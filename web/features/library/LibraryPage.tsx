import './library.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorState, Loading } from '../../components/Status';
import { useTitle } from '../../lib/use-title';
import { useMethodList } from './data';
import { filterMethods, filtersFromParams } from './filter';
import { LibraryFilters } from './LibraryFilters';
import { MethodCard } from './MethodCard';

/** /methods: every method, with filters and search kept in the address so a filtered list can be shared. */
export function LibraryPage() {
  const { t } = useTranslation();
  useTitle(t('library.list.title'));
  const { data, error, retry } = useMethodList();
  const [params, setParams] = useSearchParams();
  // The search text lives in state first: the address bar follows it, and would drop fast keystrokes if it led.
  const [q, setQ] = useState(() => params.get('q') ?? '');
  const filters = { ...filtersFromParams(params), q };

  const setParam = (name: string, value: string) => {
    if (name === 'q') setQ(value);
    const next = new URLSearchParams(window.location.search);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const reset = () => {
    setQ('');
    setParams({}, { replace: true });
  };

  const shown = data ? filterMethods(data.methods, filters) : [];
  return (
    <div className="library">
      <header className="lib-library-head">
        <h1>{t('library.list.title')}</h1>
        <p className="lead">{t('library.list.lead')}</p>
      </header>
      <LibraryFilters filters={filters} onChange={setParam} onReset={reset} />
      <p className="lib-chooser-hint">
        {t('library.list.chooserCta')} <Link to="/methods/chooser">{t('library.list.chooserLink')}</Link>
      </p>
      {error ? <ErrorState error={error} onRetry={retry} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && (
        <>
          <p className="lib-result-count" role="status">
            {t('library.list.results', { count: shown.length, total: data.methods.length })}
          </p>
          {shown.length === 0 ? (
            <div className="lib-empty-state">
              <svg aria-hidden="true" viewBox="0 0 64 64" width="56" height="56">
                <circle
                  cx="32"
                  cy="32"
                  r="22"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="4"
                  strokeDasharray="6 8"
                />
              </svg>
              <h2>{t('library.list.emptyTitle')}</h2>
              <p>{t('library.list.emptyBody')}</p>
              <button type="button" className="btn" onClick={reset}>
                {t('library.list.reset')}
              </button>
            </div>
          ) : (
            <ul className="lib-method-grid">
              {shown.map((m) => (
                <li key={m.id}>
                  <MethodCard method={m} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
