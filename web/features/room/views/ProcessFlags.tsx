import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLAG_REASONS, type FlagReason } from '../../../../core/meeting/limits';
import { FLAG, SEP, SPACE } from './glyphs';

/** Anyone may raise a process flag ("we are giving advice in a question round"); the chair sees it at once. */
export function FlagButton({ onRaise }: { onRaise: (reason: FlagReason, text?: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<FlagReason>('advice');
  const [text, setText] = useState('');
  const id = useId();
  if (!open) {
    return (
      <button type="button" className="btn flag-button" onClick={() => setOpen(true)} aria-expanded={false}>
        <span aria-hidden="true">{FLAG}</span> {t('room.flag.raise')}
      </button>
    );
  }
  return (
    <form
      className="flag-form card"
      onSubmit={(e) => {
        e.preventDefault();
        onRaise(reason, text.trim() || undefined);
        setText('');
        setOpen(false);
      }}
    >
      <fieldset>
        <legend>{t('room.flag.why')}</legend>
        {FLAG_REASONS.map((r) => (
          <label key={r} className="radio">
            <input type="radio" name={`${id}-reason`} checked={reason === r} onChange={() => setReason(r)} />
            {t(`room.flag.reason.${r}`)}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('room.flag.remark')}</label>
        <input id={`${id}-text`} value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="btn btn-primary">
          {t('room.flag.send')}
        </button>
        <button type="button" className="btn" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

export type FlagItem = {
  id: string;
  reason: FlagReason;
  text: string | null;
  by: string | null;
  resolved: boolean;
};

/** The chair's list of open flags; announced assertively so it is not missed mid-conversation. */
export function FlagList({ flags, onResolve }: { flags: FlagItem[]; onResolve?: (id: string) => void }) {
  const { t } = useTranslation();
  const open = flags.filter((f) => !f.resolved);
  return (
    <section className="flags" aria-live="assertive" data-testid="flags">
      {open.map((f) => (
        <div key={f.id} className="notice flag-notice">
          <p>
            <span aria-hidden="true">{FLAG}</span>
            {SPACE}
            {f.by ? t('room.flag.raisedBy', { name: f.by }) : t('room.flag.raised')}
            {SEP}
            <strong>{t(`room.flag.reason.${f.reason}`)}</strong>
            {f.text && <span> — {f.text}</span>}
          </p>
          {onResolve && (
            <button type="button" className="btn btn-small" onClick={() => onResolve(f.id)}>
              {t('room.flag.resolve')}
            </button>
          )}
        </div>
      ))}
    </section>
  );
}
