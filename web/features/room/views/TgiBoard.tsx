import { useTranslation } from 'react-i18next';
import type { TgiFactor } from './model';
import { TGI } from './model';

/** Ruth Cohn's four factors as a board of four equal quadrants, with the theme sentence that links them. */
export function TgiBoard({
  theme,
  notes,
}: {
  theme?: string | null;
  notes: Record<TgiFactor, { id: string; text: string; authorName?: string }[]>;
}) {
  const { t } = useTranslation();
  return (
    <section className="tgi" aria-label={t('room.tgi.title')}>
      <div className="tgi-theme">
        <h3>{t('room.tgi.theme')}</h3>
        <p className={theme ? 'tgi-theme-text' : 'muted'}>{theme || t('room.tgi.noTheme')}</p>
      </div>
      <div className="tgi-grid">
        {TGI.map((factor) => (
          <section key={factor} className={`tgi-cell tgi-${factor}`} data-testid={`tgi-${factor}`}>
            <h3>{t(`room.tgi.factor.${factor}`)}</h3>
            <p className="hint">{t(`room.tgi.hint.${factor}`)}</p>
            {notes[factor].length > 0 && (
              <ul>
                {notes[factor].map((n) => (
                  <li key={n.id}>
                    {n.text}
                    {n.authorName && <span className="muted"> — {n.authorName}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
