import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type HideItem = { id: string; text: string; time: string };

/** "14:05 · the first 60 characters…": enough to recognise a contribution in a list. */
function optionLabel(item: HideItem): string {
  const text = item.text.length > 60 ? `${item.text.slice(0, 59)}…` : item.text;
  return `${item.time} · ${text}`;
}

/**
 * For the chair: hide a contribution that breaks the ground rules, or show a hidden one again (LIFE-5).
 * The server keeps it in the log and leaves it out of every view and report; the chair sees no more of a
 * hidden one than its time.
 */
export function HideContributions({
  items,
  hidden,
  onHide,
}: {
  items: HideItem[];
  hidden: HideItem[];
  onHide(id: string, hidden: boolean): void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const id = useId();
  if (items.length === 0 && hidden.length === 0) return null;
  return (
    <section className="chair-extra" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="chair-extra-h">
        {t('room.life.hideTitle')}
      </h3>
      <p className="muted">{t('room.life.hideHint')}</p>
      {items.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return;
            onHide(chosen, true);
            setChosen('');
          }}
        >
          <label htmlFor={`${id}-s`}>{t('room.life.hideLabel')}</label>
          <select id={`${id}-s`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('room.life.hideChoose')}</option>
            {items.map((item) => (
              <option key={item.id} value={item.id}>
                {optionLabel(item)}
              </option>
            ))}
          </select>
          <button type="submit" className="btn" disabled={!chosen}>
            {t('room.life.hide')}
          </button>
        </form>
      )}
      {hidden.length > 0 && (
        <>
          <h4>{t('room.life.hiddenList')}</h4>
          <ul className="plain-list">
            {hidden.map((item) => (
              <li key={item.id} className="row">
                <span>{t('room.life.hiddenItem', { time: item.time })}</span>
                <button type="button" className="btn btn-small" onClick={() => onHide(item.id, false)}>
                  {t('room.life.show')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
