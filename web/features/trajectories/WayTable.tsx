import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  FACILITATOR_MODES,
  type FacilitatorMode,
  type TrajectoryDetail,
} from '../../../core/api/trajectories';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { formatMeetingStart } from '../groups/lib/format';

type Props = { detail: TrajectoryDetail; onChange(d: TrajectoryDetail): void };

/**
 * The way to autonomy: per meeting the facilitator's plan (planners change it in place), who chaired, the
 * facilitator's interventions and the process flags, as the log recorded them.
 */
export function WayTable({ detail, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState<unknown>(null);
  const plan = async (meetingId: string, facilitatorMode: FacilitatorMode) => {
    setError(null);
    try {
      onChange(
        await api<TrajectoryDetail>(`/api/trajectories/${detail.id}/meetings/${meetingId}`, {
          method: 'PUT',
          body: { facilitatorMode },
        }),
      );
    } catch (e) {
      setError(e);
    }
  };
  const count = (n: number | null) => (n === null ? t('trajectories.page.notYet') : String(n));
  return (
    <section className="card stack-sm" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('trajectories.page.way')}</h2>
      <p className="hint">{t('trajectories.page.wayLead')}</p>
      {Boolean(error) && <ErrorState error={error} />}
      {detail.meetings.length === 0 ? (
        <p>{t('trajectories.page.noMeetings')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('trajectories.page.date')}</th>
                <th scope="col">{t('trajectories.page.plan')}</th>
                <th scope="col">{t('trajectories.page.chair')}</th>
                <th scope="col">{t('trajectories.page.method')}</th>
                <th scope="col">{t('trajectories.page.interventions')}</th>
                <th scope="col">{t('trajectories.page.flags')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.meetings.map((m) => {
                const date = formatMeetingStart(m.startsAt, m.timeZone);
                return (
                  <tr key={m.meetingId}>
                    <th scope="row">
                      <Link to={`/meetings/${m.meetingId}`}>{date}</Link>
                    </th>
                    <td>
                      {detail.canPlan ? (
                        <select
                          aria-label={t('trajectories.page.planFor', { date })}
                          value={m.facilitatorMode}
                          onChange={(e) => plan(m.meetingId, e.target.value as FacilitatorMode)}
                        >
                          {FACILITATOR_MODES.map((mode) => (
                            <option key={mode} value={mode}>
                              {t(`trajectories.facilitatorModes.${mode}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(`trajectories.facilitatorModes.${m.facilitatorMode}`)
                      )}
                    </td>
                    <td>{m.chair ?? (m.status === 'ended' ? t('trajectories.page.formerMember') : '—')}</td>
                    <td>{m.method?.[currentLocale()] ?? '—'}</td>
                    <td>{count(m.interventions)}</td>
                    <td>{count(m.flags)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {detail.canPlan && detail.unplanned.length > 0 && <AddMeeting detail={detail} onAdd={plan} />}
    </section>
  );
}

function AddMeeting({
  detail,
  onAdd,
}: {
  detail: TrajectoryDetail;
  onAdd(id: string, mode: FacilitatorMode): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onAdd(String(data.get('meetingId')), data.get('mode') as FacilitatorMode);
  };
  return (
    <form className="form add-meeting" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('trajectories.page.add')}</h3>
      <div className="field">
        <label htmlFor={`${id}-meeting`}>{t('trajectories.page.addMeeting')}</label>
        <select id={`${id}-meeting`} name="meetingId">
          {detail.unplanned.map((m) => (
            <option key={m.meetingId} value={m.meetingId}>
              {formatMeetingStart(m.startsAt, m.timeZone)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-mode`}>{t('trajectories.page.addMode')}</label>
        <select id={`${id}-mode`} name="mode" defaultValue={detail.mode === 'guided' ? 'leads' : 'absent'}>
          {FACILITATOR_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {t(`trajectories.facilitatorModes.${mode}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn">
        {t('trajectories.page.addSubmit')}
      </button>
    </form>
  );
}
