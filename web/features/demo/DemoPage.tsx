import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { DemoStarted } from '../../../core/api/demo';
import {
  DEMO_CHOICES,
  DEMO_ROLES,
  type DemoMethodId,
  type DemoRole,
} from '../../../core/practice/demo-choices';
import { exampleCases } from '../../../core/practice/example-cases';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { useTitle } from '../../lib/use-title';
import { useMethodList } from '../library/data';

const isRole = (value: string | null): value is DemoRole => DEMO_ROLES.includes(value as DemoRole);
const isMethod = (value: string | null): value is DemoMethodId =>
  DEMO_CHOICES.some((c) => c.methodId === value);

/**
 * Choosing a demo: a short method and a role, then straight into the room (DEMO-1). The landing page's
 * links carry `start` with a role, so one click there starts a demo at once.
 */
export function DemoPage() {
  const { t } = useTranslation();
  useTitle(t('demo.pageTitle'));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [methodId, setMethodId] = useState<DemoMethodId>(() => {
    const asked = params.get('method');
    return isMethod(asked) ? asked : DEMO_CHOICES[0].methodId;
  });
  const [role, setRole] = useState<DemoRole>(() => {
    const asked = params.get('role');
    return isRole(asked) ? asked : 'caseGiver';
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const methods = useMethodList().data?.methods ?? [];
  const lang = currentLocale();
  const id = useId();

  const start = async (chosen: { methodId: DemoMethodId; role: DemoRole }) => {
    setBusy(true);
    setError(null);
    try {
      const { demoId } = await api<DemoStarted>('/api/demo', { body: { ...chosen, locale: lang } });
      navigate(`/demo/${demoId}`, { replace: true });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };
  // From the landing page's one-click links: start with what the link says.
  const started = useRef(false);
  useEffect(() => {
    if (started.current || params.get('start') === null) return;
    started.current = true;
    void start({ methodId, role });
  });

  return (
    <div className="narrow">
      <h1>{t('demo.formTitle')}</h1>
      <p className="lead">{t('demo.formIntro')}</p>
      {busy && <p role="status">{t('demo.starting')}</p>}
      {error !== null && <ErrorState error={error} />}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void start({ methodId, role });
        }}
      >
        <fieldset>
          <legend>{t('demo.method')}</legend>
          {DEMO_CHOICES.map((choice) => {
            const name = methods.find((m) => m.id === choice.methodId)?.names[lang] ?? choice.methodId;
            const title = exampleCases.find((c) => c.id === choice.caseId)?.title[lang] ?? '';
            return (
              <label key={choice.methodId} className="radio">
                <input
                  type="radio"
                  name={`${id}-method`}
                  value={choice.methodId}
                  checked={methodId === choice.methodId}
                  onChange={() => setMethodId(choice.methodId)}
                />
                {t('demo.methodOption', { method: name, case: title })}
              </label>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{t('demo.role')}</legend>
          {DEMO_ROLES.map((r) => (
            <label key={r} className="radio">
              <input
                type="radio"
                name={`${id}-role`}
                value={r}
                checked={role === r}
                onChange={() => setRole(r)}
              />
              {t(r === 'caseGiver' ? 'demo.roleCaseGiver' : 'demo.roleHelper')}
            </label>
          ))}
        </fieldset>
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('demo.start')}
          </button>
        </div>
      </form>
    </div>
  );
}
