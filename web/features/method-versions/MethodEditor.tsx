import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodVersion } from '../../../core/api/methods';
import { translate } from '../../../core/i18n/index';
import { Field } from '../../components/Field';
import { useErrorMessage } from '../../components/Status';
import { ApiError, api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { useLocalized } from '../library/data';
import { Timeline } from '../library/Timeline';
import {
  type Draft,
  type DraftPhase,
  movePhase,
  newPhase,
  previewMethod,
  toDraft,
  toInput,
  totalMinutes,
} from './draft';
import { formatNumber } from './format';
import { issueLookup, phasesWithIssues } from './issues';
import { PhaseCard } from './PhaseCard';

type Props = {
  groupId: string;
  version: MethodVersion;
  readOnly: boolean;
  /** Called with the server's answer; `createdNewVersion` tells whether it is a new version. */
  onSaved(saved: MethodVersion): void;
};

/** Focus after a move or removal goes to a control of the phase it concerns, so keyboard users stay in place. */
type FocusTarget = { id: string; control: 'up' | 'down' | 'heading' | 'title' } | null;

/** The editor of one group version: names, time boxes, order, phases, live total and timeline, save. */
export function MethodEditor({ groupId, version, readOnly, onSaved }: Props) {
  const { t, i18n } = useTranslation();
  const l = useLocalized();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<Draft>(() => toDraft(version.method));
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const focus = useRef<FocusTarget>(null);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const target = focus.current;
    if (!target || !form.current) return;
    focus.current = null;
    const find = (control: string) =>
      form.current?.querySelector<HTMLElement>(`[data-focus="${target.id}:${control}"]:not(:disabled)`);
    // A phase moved to the top or bottom loses the button just pressed; the other direction takes focus.
    const other = target.control === 'up' ? 'down' : target.control === 'down' ? 'up' : 'heading';
    (find(target.control) ?? find(other))?.focus();
  });

  useEffect(() => {
    if (error instanceof ApiError && error.issues.length > 0) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [error]);

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
  };
  const setPhase = (index: number, phase: DraftPhase) =>
    change({ ...draft, phases: draft.phases.map((p, i) => (i === index ? phase : p)) });
  const move = (index: number, by: number) => {
    const phases = movePhase(draft.phases, index, by);
    const phase = draft.phases[index];
    if (phases === draft.phases || !phase) return;
    focus.current = { id: phase.id, control: by < 0 ? 'up' : 'down' };
    change({ ...draft, phases });
    setAnnouncement(
      t('versions.editor.moved', { title: l(phase.title), position: index + by + 1, count: phases.length }),
    );
  };
  const remove = (index: number) => {
    const phase = draft.phases[index];
    const phases = draft.phases.filter((_, i) => i !== index);
    const next = phases[Math.min(index, phases.length - 1)];
    if (!phase || !next) return;
    focus.current = { id: next.id, control: 'heading' };
    change({ ...draft, phases });
    setAnnouncement(t('versions.editor.removed', { title: l(phase.title), count: phases.length }));
  };
  const add = () => {
    // Only the reader's language is filled in; on save the server copies it to the other one.
    const lang = currentLocale();
    const both = (key: 'versions.editor.newTitle' | 'versions.editor.newInstructions') => ({
      nl: lang === 'nl' ? translate('nl', key) : '',
      en: lang === 'en' ? translate('en', key) : '',
    });
    const phase = newPhase(
      draft.phases,
      both('versions.editor.newTitle'),
      both('versions.editor.newInstructions'),
    );
    focus.current = { id: phase.id, control: 'title' };
    setOpen(new Set([...open, phase.id]));
    change({ ...draft, phases: [...draft.phases, phase] });
    setAnnouncement(t('versions.editor.added', { position: draft.phases.length + 1 }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setAnnouncement('');
    try {
      const saved = await api<MethodVersion>(`/api/groups/${groupId}/method-versions/${version.id}`, {
        method: 'PUT',
        body: toInput(version.method, draft),
      });
      setDirty(false);
      onSaved(saved);
    } catch (e) {
      // Phases with a refused building block open, so the marked field can be seen and focused.
      const broken = phasesWithIssues(e);
      setOpen(new Set([...open, ...draft.phases.filter((_, i) => broken.has(i)).map((p) => p.id)]));
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const issue = issueLookup(error);
  const fieldIssues = error instanceof ApiError && error.issues.length > 0;
  const total = formatNumber(totalMinutes(draft.phases), i18n.language);
  const toggle = (id: string, isOpen: boolean) => {
    if (isOpen === open.has(id)) return;
    const next = new Set(open);
    if (isOpen) next.add(id);
    else next.delete(id);
    setOpen(next);
  };

  return (
    <form ref={form} className="stack mv-editor" onSubmit={save} noValidate>
      {!readOnly && (
        <fieldset className="card mv-names">
          <legend>{t('versions.editor.nameTitle')}</legend>
          <div className="mv-name-grid">
            <Field
              label={t('versions.editor.nameNl')}
              value={draft.names.nl}
              maxLength={120}
              error={issue('names')}
              onChange={(e) => change({ ...draft, names: { ...draft.names, nl: e.currentTarget.value } })}
            />
            <Field
              label={t('versions.editor.nameEn')}
              value={draft.names.en}
              maxLength={120}
              onChange={(e) => change({ ...draft, names: { ...draft.names, en: e.currentTarget.value } })}
            />
          </div>
        </fieldset>
      )}
      <section className="card mv-overview" aria-labelledby="mv-timeline-title">
        <h2 id="mv-timeline-title">{t('versions.editor.timeline')}</h2>
        <p className="mv-total" aria-live="polite">
          <strong>{t('versions.editor.total', { count: totalMinutes(draft.phases), minutes: total })}</strong>
          <span className="muted">{t('versions.editor.totalPhases', { count: draft.phases.length })}</span>
        </p>
        <Timeline method={previewMethod(version.method, draft)} compact />
      </section>
      <section aria-labelledby="mv-phases-title" className="stack">
        <h2 id="mv-phases-title">{t('versions.editor.phasesTitle')}</h2>
        {issue('phases') && <p className="field-error">{issue('phases')}</p>}
        <ol className="mv-phases">
          {draft.phases.map((phase, index) => (
            <PhaseCard
              key={phase.id}
              phase={phase}
              index={index}
              count={draft.phases.length}
              readOnly={readOnly}
              open={open.has(phase.id)}
              error={(path) => issue(`phases.${index}.${path}`)}
              onOpen={(isOpen) => toggle(phase.id, isOpen)}
              onChange={(next) => setPhase(index, next)}
              onMove={(by) => move(index, by)}
              onRemove={() => remove(index)}
            />
          ))}
        </ol>
        {!readOnly && (
          <button type="button" className="btn mv-add" onClick={add}>
            {t('versions.editor.addPhase')}
          </button>
        )}
      </section>
      <p className="lib-sr-only" role="status">
        {announcement}
      </p>
      {!readOnly && (
        <div className="mv-savebar">
          {error !== null && (
            <p className="field-error" role="alert">
              {fieldIssues ? t('versions.editor.fix') : errorMessage(error)}
            </p>
          )}
          {dirty && !error && <p className="hint">{t('versions.editor.dirty')}</p>}
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {busy ? t('versions.editor.saving') : t('versions.editor.save')}
          </button>
        </div>
      )}
    </form>
  );
}
