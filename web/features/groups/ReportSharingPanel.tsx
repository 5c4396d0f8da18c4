import './report-sharing.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../core/api/groups';
import {
  REPORT_SHARING_LEVELS,
  type ReportSharing,
  type ReportSharingState,
  sharingNameKey,
} from '../../../core/api/reports';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-form';

/**
 * What the other members see of a case-giver's report (REPORT-3). Admins choose with a radio group; everyone
 * else reads the group's choice, so a case-giver knows before they bring a case in.
 */
export function ReportSharingPanel({ group, onSaved }: { group: Group; onSaved(): void }) {
  const { t } = useTranslation();
  const id = useId();
  const isAdmin = group.myRole === 'admin';
  const [level, setLevel] = useState<ReportSharing>(group.reportSharing);
  const [saved, setSaved] = useState<ReportSharing | null>(null);
  const { busy, error, onSubmit } = useSubmit(
    async () => {
      setSaved(null);
      const body = { level };
      const url = `/api/groups/${group.id}/report-sharing`;
      return (await api<ReportSharingState>(url, { method: 'PUT', body })).level;
    },
    (result) => {
      setSaved(result);
      onSaved();
    },
  );
  const choose = (next: ReportSharing) => {
    setLevel(next);
    setSaved(null);
  };

  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('groupsUi.reportSharing.title')}</h2>
      <p className="hint">{t('groupsUi.reportSharing.lead')}</p>
      {isAdmin ? (
        <form onSubmit={onSubmit} className="form" noValidate>
          {Boolean(error) && <ErrorState error={error} />}
          <fieldset className="fieldset">
            <legend>{t('groupsUi.reportSharing.legend')}</legend>
            {REPORT_SHARING_LEVELS.map((option) => (
              <div key={option} className="sharing-option">
                <input
                  type="radio"
                  id={`${id}-${option}`}
                  name="reportSharing"
                  value={option}
                  checked={level === option}
                  onChange={() => choose(option)}
                  aria-describedby={`${id}-${option}-hint`}
                />
                <label htmlFor={`${id}-${option}`}>{t(sharingNameKey(option))}</label>
                <p id={`${id}-${option}-hint`} className="hint">
                  {t(`groups.reportSharing.${option}.explain`)}
                </p>
              </div>
            ))}
          </fieldset>
          <p className="hint">{t('groupsUi.reportSharing.timing')}</p>
          <div role="status">
            {saved && (
              <p className="notice">
                {t('groupsUi.reportSharing.saved', { level: t(sharingNameKey(saved)) })}
              </p>
            )}
          </div>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('groupsUi.reportSharing.save')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('groupsUi.reportSharing.current', { level: t(sharingNameKey(group.reportSharing)) })}</p>
          <p>{t(`groups.reportSharing.${group.reportSharing}.explain`)}</p>
          <p className="hint">{t('groupsUi.reportSharing.adminsOnly')}</p>
        </>
      )}
    </section>
  );
}
