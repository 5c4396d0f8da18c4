import '../groups/report-sharing.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group } from '../../../core/api/groups';
import { RETENTION_DAYS, type Retention, type RetentionDays } from '../../../core/api/retention';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-form';
import { Loaded } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

const CHOICES: RetentionDays[] = [...RETENTION_DAYS, null];

/**
 * How long the group keeps case content (LOG-8). Admins choose with a radio group; every other member reads
 * the choice, so a case-giver knows before bringing a case in.
 */
export function RetentionPanel({ group }: { group: Group }) {
  const { t } = useTranslation();
  const id = useId();
  const resource = useResource<Retention>(`/api/groups/${group.id}/retention`);
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dataUi.retention.title')}</h2>
      <p className="hint">{t('dataUi.retention.lead')}</p>
      <Loaded resource={resource}>
        {(retention) =>
          group.myRole === 'admin' ? (
            <RetentionForm groupId={group.id} initial={retention.days} />
          ) : (
            <>
              <p>
                {retention.days === null
                  ? t('dataUi.retention.currentKeep')
                  : t('dataUi.retention.current', { count: retention.days })}
              </p>
              <p className="hint">{t('dataUi.retention.adminsOnly')}</p>
            </>
          )
        }
      </Loaded>
    </section>
  );
}

function RetentionForm({ groupId, initial }: { groupId: string; initial: RetentionDays }) {
  const { t } = useTranslation();
  const id = useId();
  const [days, setDays] = useState<RetentionDays>(initial);
  const [saved, setSaved] = useState(false);
  const { busy, error, onSubmit } = useSubmit(
    async () => {
      setSaved(false);
      await api<Retention>(`/api/groups/${groupId}/retention`, { method: 'PUT', body: { days } });
    },
    () => setSaved(true),
  );

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      {Boolean(error) && <ErrorState error={error} />}
      <fieldset className="fieldset">
        <legend>{t('dataUi.retention.legend')}</legend>
        {CHOICES.map((choice) => {
          const key = `${id}-${choice ?? 'keep'}`;
          return (
            <div key={key} className="sharing-option">
              <input
                type="radio"
                id={key}
                name="retention"
                checked={days === choice}
                onChange={() => {
                  setDays(choice);
                  setSaved(false);
                }}
              />
              <label htmlFor={key}>
                {choice === null ? t('dataUi.retention.keep') : t('dataUi.retention.days', { count: choice })}
              </label>
            </div>
          );
        })}
      </fieldset>
      <div role="status">{saved && <p className="notice">{t('dataUi.retention.saved')}</p>}</div>
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {t('dataUi.retention.save')}
      </button>
    </form>
  );
}
