import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldFinding } from './privacy-fields';

type Props = {
  findings: FieldFinding[];
  onReplace(finding: FieldFinding): void;
  onReplaceAll(): void;
};

/** Lists text that looks like it identifies someone and offers a neutral label for each, in one click. */
export function PrivacyHelper({ findings, onReplace, onReplaceAll }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // The pressed button disappears with its finding; keep keyboard focus inside the helper.
  const keepFocus = () =>
    requestAnimationFrame(() => {
      const next =
        ref.current?.querySelector<HTMLElement>('.privacy-row button') ??
        ref.current?.querySelector<HTMLElement>('[role=status]');
      next?.focus();
    });
  return (
    <section className="privacy card" aria-labelledby="privacy-title" ref={ref}>
      <h2 id="privacy-title">{t('casesUi.privacy.title')}</h2>
      <p role="status" tabIndex={-1} className={findings.length ? 'notice notice-warn' : 'notice'}>
        {findings.length === 0
          ? t('casesUi.privacy.clean')
          : t('casesUi.privacy.found', { count: findings.length })}
      </p>
      {findings.length > 0 && (
        <>
          <ul className="plain-list stack-sm">
            {findings.map((f) => (
              <li key={`${f.field}-${f.start}-${f.text}`} className="privacy-row">
                <span>
                  {t('casesUi.privacy.item', {
                    text: f.text,
                    kind: t(`casesUi.privacy.kinds.${f.kind}`),
                    field: t(`casesUi.form.${f.field}`),
                  })}
                </span>
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    onReplace(f);
                    keepFocus();
                  }}
                  aria-label={t('casesUi.privacy.replaceNamed', { label: f.label, text: f.text })}
                >
                  {t('casesUi.privacy.replace', { label: f.label })}
                </button>
              </li>
            ))}
          </ul>
          {findings.length > 1 && (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => {
                onReplaceAll();
                keepFocus();
              }}
            >
              {t('casesUi.privacy.replaceAll')}
            </button>
          )}
        </>
      )}
      <p className="hint">{t('casesUi.privacy.note')}</p>
    </section>
  );
}
