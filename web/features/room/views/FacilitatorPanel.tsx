import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Only rendered when the server's view includes facilitator prompts: the difficult questions and process notes. */
export function FacilitatorPanel({
  prompts,
  notes,
  title,
}: {
  prompts: string[];
  notes?: string[];
  /** Another heading, e.g. for the chair who sees the prompts when no facilitator is there (LIFE-7). */
  title?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <aside className="facilitator card" aria-labelledby={id} data-testid="facilitator-panel">
      <h2 id={id}>{title ?? t('room.facilitator.title')}</h2>
      <p className="hint">{t('room.facilitator.hint')}</p>
      {prompts.length > 0 && (
        <>
          <h3>{t('room.facilitator.prompts')}</h3>
          <ul>
            {prompts.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {notes && notes.length > 0 && (
        <>
          <h3>{t('room.facilitator.notes')}</h3>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}

/** Example questions for helpers, shown to everyone who may contribute. */
export function HelperPrompts({ prompts }: { prompts: string[] }) {
  const { t } = useTranslation();
  if (prompts.length === 0) return null;
  return (
    <details className="helper-prompts">
      <summary>{t('room.phase.prompts')}</summary>
      <ul>
        {prompts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </details>
  );
}
