import '../groups/forms.css';
import '../groups/groups.css';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { MemberList } from '../../../core/api/groups';
import { AGGREGATES, type TrajectorySummary } from '../../../core/api/trajectories';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-form';
import { useTitle } from '../../lib/use-title';
import { fieldErrorsOf } from '../groups/lib/field-errors';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';

/**
 * "/groups/:groupId/trajectories/new": name, dates, number of meetings, guided or autonomous, the facilitator
 * and the aggregates the group agreed to share. `?previous=<id>` starts the next one, autonomous.
 */
export function NewTrajectory() {
  const { groupId = '' } = useParams();
  const members = useResource<MemberList>(`/api/groups/${groupId}/members`);
  return (
    <RequireUser>
      <Loaded resource={members}>{(list) => <TrajectoryForm groupId={groupId} members={list} />}</Loaded>
    </RequireUser>
  );
}

function TrajectoryForm({ groupId, members }: { groupId: string; members: MemberList }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const previousId = search.get('previous');
  const title = previousId ? t('trajectories.form.titleNext') : t('trajectories.form.title');
  useTitle(title);
  const facilitators = members.members.filter((m) => m.role === 'facilitator');
  const { busy, error, failure, onSubmit } = useSubmit(
    (data) => {
      const mode = previousId ? 'autonomous' : String(data.get('mode'));
      return api<TrajectorySummary>(`/api/groups/${groupId}/trajectories`, {
        body: {
          name: String(data.get('name') ?? ''),
          startsOn: String(data.get('startsOn') ?? ''),
          endsOn: String(data.get('endsOn') ?? ''),
          plannedMeetings: Number(data.get('plannedMeetings')),
          mode,
          facilitatorId: mode === 'guided' ? (data.get('facilitatorId') as string) || null : null,
          previousId,
          sharedAggregates: data.getAll('shared'),
        },
      });
    },
    (created) => navigate(`/trajectories/${created.id}`),
  );
  const fieldError = fieldErrorsOf(failure, {
    endsOn: t('trajectories.form.endsBeforeStart'),
    facilitatorId: t('trajectories.errors.facilitatorInvalid'),
  });
  return (
    <section className="narrow">
      <h1>{title}</h1>
      {previousId && <p className="lead">{t('trajectories.page.nextLead')}</p>}
      <form onSubmit={onSubmit} className="form" noValidate>
        {Boolean(error) && <ErrorState error={error} />}
        <Field
          label={t('trajectories.form.name')}
          name="name"
          required
          maxLength={120}
          placeholder={t('trajectories.form.namePlaceholder')}
          error={fieldError('name')}
        />
        <Field
          label={t('trajectories.form.startsOn')}
          name="startsOn"
          type="date"
          required
          error={fieldError('startsOn')}
        />
        <Field
          label={t('trajectories.form.endsOn')}
          name="endsOn"
          type="date"
          required
          error={fieldError('endsOn')}
        />
        <Field
          label={t('trajectories.form.planned')}
          hint={t('trajectories.form.plannedHint')}
          name="plannedMeetings"
          type="number"
          min={1}
          max={24}
          defaultValue={6}
          required
          error={fieldError('plannedMeetings')}
        />
        {!previousId && (
          <>
            <fieldset className="fieldset">
              <legend>{t('trajectories.form.mode')}</legend>
              {(['guided', 'autonomous'] as const).map((mode) => (
                <label key={mode} className="check">
                  <input type="radio" name="mode" value={mode} defaultChecked={mode === 'guided'} />
                  {t(`trajectories.modes.${mode}`)}
                </label>
              ))}
            </fieldset>
            <div className="field">
              <label htmlFor="trajectory-facilitator">{t('trajectories.form.facilitator')}</label>
              <select
                id="trajectory-facilitator"
                name="facilitatorId"
                aria-describedby="trajectory-facilitator-hint"
              >
                <option value="">{t('trajectories.form.choose')}</option>
                {facilitators.map((m) => (
                  <option key={m.userId} value={m.userId}>
                    {m.name}
                  </option>
                ))}
              </select>
              <p id="trajectory-facilitator-hint" className="hint">
                {facilitators.length === 0
                  ? t('trajectories.form.noFacilitator')
                  : t('trajectories.form.facilitatorHint')}
              </p>
              {fieldError('facilitatorId') && <p className="field-error">{fieldError('facilitatorId')}</p>}
            </div>
          </>
        )}
        <fieldset className="fieldset">
          <legend>{t('trajectories.form.shared')}</legend>
          <p className="hint">{t('trajectories.form.sharedHint')}</p>
          {AGGREGATES.map((key) => (
            <label key={key} className="check">
              <input type="checkbox" name="shared" value={key} />
              {t(`trajectories.aggregateNames.${key}`)}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {t('trajectories.form.submit')}
        </button>
      </form>
    </section>
  );
}
