import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';

/** On the account page: downloads of everything the person wrote or that is about them (EXPORT-1). */
export function ExportPanel() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dataUi.export.title')}</h2>
      <p>{t('dataUi.export.lead')}</p>
      <p className="report-downloads">
        <a className="btn" href={`/api/me/export.html?lang=${currentLocale()}`} download>
          {t('dataUi.export.html')}
        </a>
        <a className="btn" href="/api/me/export.json" download>
          {t('dataUi.export.json')}
        </a>
      </p>
    </section>
  );
}
