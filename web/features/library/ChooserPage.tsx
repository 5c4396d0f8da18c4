import './library.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MethodSummary } from '../../../core/api/methods';
import type { Suggestion } from '../../../core/methods/chooser';
import { CASE_TOPICS, EXPERIENCE_LEVELS } from '../../../core/methods/vocabulary';
import { ErrorState, Loading } from '../../components/Status';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { ChoiceGroup } from './ChoiceGroup';
import { useMethodList } from './data';
import { SuggestionCard } from './SuggestionCard';

const TIME_OPTIONS = [45, 60, 90, 120, 180] as const;
const SHOWN = 5;

/** /methods/chooser: three questions → ranked suggestions with reasons; answers live in the address bar. */
export function ChooserPage() {
  const { t } = useTranslation();
  useTitle(t('library.chooser.title'));
  const [params, setParams] = useSearchParams();
  const list = useMethodList();
  const [answers, setAnswers] = useState(() => ({
    topic: params.get('topic') ?? '',
    minutes: params.get('minutes') ?? '',
    experience: params.get('experience') ?? '',
  }));
  const [incomplete, setIncomplete] = useState(false);
  const [result, setResult] = useState<{ query: string; suggestions: Suggestion[] } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);
  const query =
    params.get('topic') && params.get('minutes') && params.get('experience') ? params.toString() : '';

  useEffect(() => {
    if (!query) return;
    setError(null);
    const controller = new AbortController();
    api<{ suggestions: Suggestion[] }>(`/api/methods/suggestions?${query}`, {
      signal: controller.signal,
    }).then(
      (r) => setResult({ query, suggestions: r.suggestions }),
      (e: unknown) => (e as Error).name !== 'AbortError' && setError(e),
    );
    return () => controller.abort();
  }, [query]);

  // Move focus to the results once they arrive after a submit, so keyboard and screen-reader users land there.
  const focusPending = useRef(false);
  useEffect(() => {
    if (result && focusPending.current) {
      focusPending.current = false;
      resultsRef.current?.focus();
    }
  }, [result]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answers.topic || !answers.minutes || !answers.experience) return setIncomplete(true);
    setIncomplete(false);
    focusPending.current = true;
    setParams(answers, { replace: false });
  };
  const set = (name: keyof typeof answers) => (value: string) => setAnswers((a) => ({ ...a, [name]: value }));

  const byId = new Map<string, MethodSummary>((list.data?.methods ?? []).map((m) => [m.id, m]));
  const fitting = result?.suggestions.filter((s) => s.fits) ?? [];
  const shown = (fitting.length > 0 ? fitting : (result?.suggestions ?? [])).slice(0, SHOWN);

  return (
    <div className="lib-chooser">
      <header>
        <h1>{t('library.chooser.title')}</h1>
        <p className="lead">{t('library.chooser.lead')}</p>
      </header>
      <form className="lib-chooser-form" onSubmit={submit} noValidate>
        <ChoiceGroup
          name="topic"
          legend={t('library.chooser.topic')}
          value={answers.topic}
          onChange={set('topic')}
          options={CASE_TOPICS.map((topic) => ({ value: topic, label: t(`library.topics.${topic}`) }))}
        />
        <ChoiceGroup
          name="minutes"
          legend={t('library.chooser.time')}
          value={answers.minutes}
          onChange={set('minutes')}
          options={TIME_OPTIONS.map((m) => ({
            value: String(m),
            label: m === 180 ? t('library.chooser.timeLong') : t('library.chooser.timeOption', { count: m }),
          }))}
        />
        <ChoiceGroup
          name="experience"
          legend={t('library.chooser.experience')}
          value={answers.experience}
          onChange={set('experience')}
          options={EXPERIENCE_LEVELS.map((level) => ({
            value: level,
            label: t(`library.experienceFilter.${level}`),
          }))}
        />
        {incomplete && (
          <p className="field-error" role="alert">
            {t('library.chooser.incomplete')}
          </p>
        )}
        <button type="submit" className="btn btn-primary">
          {t('library.chooser.submit')}
        </button>
      </form>
      {error ? <ErrorState error={error} /> : null}
      {list.error ? <ErrorState error={list.error} onRetry={list.retry} /> : null}
      {query && !error && (!result || result.query !== query || !list.data) && !list.error && <Loading />}
      {result && result.query === query && list.data && (
        <section className="lib-chooser-results" aria-labelledby="chooser-results">
          <h2 id="chooser-results" ref={resultsRef} tabIndex={-1}>
            {t('library.chooser.results')}
          </h2>
          <p className="hint">
            {fitting.length > 0 ? t('library.chooser.resultsFor') : t('library.chooser.none')}
          </p>
          <ol className="lib-suggestions">
            {shown.map((s, index) => {
              const method = byId.get(s.methodId);
              return method ? (
                <SuggestionCard key={s.methodId} suggestion={s} method={method} rank={index + 1} />
              ) : null;
            })}
          </ol>
          <p>
            <Link to="/methods">{t('library.method.back')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
