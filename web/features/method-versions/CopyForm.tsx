import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodVersion } from '../../../core/api/methods';
import { useErrorMessage } from '../../components/Status';
import { api } from '../../lib/api';
import { useLocalized, useMethodList } from '../library/data';
import { formatNumber } from './format';

/** Picks a method from the public library and copies it into the group, then opens the copy to edit. */
export function CopyForm({ groupId }: { groupId: string }) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  const id = useId();
  const list = useMethodList();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [methodId, setMethodId] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const methods = [...(list.data?.methods ?? [])].sort((a, b) => l(a.names).localeCompare(l(b.names)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!methodId) {
      setError(t('versions.copy.pick'));
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const copy = await api<MethodVersion>(`/api/groups/${groupId}/method-versions`, { body: { methodId } });
      navigate(`/groups/${groupId}/methods/${copy.id}`);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('versions.copy.title')}</h2>
      <form className="stack mv-copy" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={id}>{t('versions.copy.label')}</label>
          <select
            id={id}
            value={methodId}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setMethodId(e.currentTarget.value)}
          >
            <option value="">{t('versions.copy.choose')}</option>
            {methods.map((m) => (
              <option key={m.id} value={m.id}>
                {t('versions.copy.option', {
                  name: l(m.names),
                  minutes: formatNumber(m.durationMinutes, i18n.language),
                })}
              </option>
            ))}
          </select>
          <p id={`${id}-hint`} className="hint">
            {t('versions.copy.hint')}
          </p>
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="btn btn-primary" disabled={busy || !list.data}>
          {busy ? t('versions.copy.busy') : t('versions.copy.submit')}
        </button>
      </form>
    </section>
  );
}
