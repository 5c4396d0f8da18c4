import '../../groups/forms.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_KINDS,
  type CreateActivityInput,
  MAX_ACTIVITY_CAPACITY,
  MAX_TRAJECTORY_CAPACITY,
  type ProviderActivity,
  type ProviderMember,
} from '../../../../core/api/activities';
import { utcToZonedFields } from '../../../../core/calendar/zoned-time';
import { Field } from '../../../components/Field';
import { ErrorState } from '../../../components/Status';
import { useSubmit } from '../../../lib/use-form';
import { fieldErrorsOf } from '../../groups/lib/field-errors';
import { TextArea } from '../../groups/lib/TextArea';
import { useLocalized, useMethodList } from '../../library/data';
import { timeZones } from '../../meetings/wall-clock';

const lines = (text: FormDataEntryValue | null) =>
  String(text ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The form's fields as the API takes them (dates and times in the activity's own zone). */
function inputOf(
  data: FormData,
  meetings: number,
): Required<Omit<CreateActivityInput, 'facilitatorId'>> & {
  facilitatorId: string | null;
} {
  const timeZone = String(data.get('timeZone'));
  return {
    kind: data.get('kind') === 'session' ? 'session' : 'trajectory',
    title: String(data.get('title') ?? ''),
    description: String(data.get('description') ?? ''),
    methods: data.getAll('methods').map(String),
    sessions: Array.from({ length: meetings }, (_, i) => ({
      date: String(data.get(`date-${i}`) ?? ''),
      time: String(data.get(`time-${i}`) ?? ''),
    })),
    durationMinutes: Number(data.get('durationMinutes')),
    timeZone,
    place: String(data.get('place') ?? ''),
    videoUrl: String(data.get('videoUrl') ?? '').trim() || null,
    capacity: Number(data.get('capacity')),
    priceText: String(data.get('priceText') ?? ''),
    professions: lines(data.get('professions')),
    registerHours: lines(data.get('registerHours')),
    facilitatorId: String(data.get('facilitatorId') ?? '') || null,
  };
}

type Props = {
  initial?: ProviderActivity;
  members: ProviderMember[];
  submitLabel: string;
  withDraft?: boolean;
  onSubmit(input: ReturnType<typeof inputOf> & { draft?: boolean }): Promise<unknown>;
};

/** Create or change an activity: what, when (one or more meetings), where, for whom, places and price. */
export function ActivityForm({ initial, members, submitLabel, withDraft, onSubmit }: Props) {
  const { t } = useTranslation();
  const zone = initial?.timeZone ?? 'Europe/Amsterdam';
  const starts = initial?.sessions.map((s) => utcToZonedFields(new Date(s), zone)) ?? [
    { date: '', time: '' },
  ];
  // Each meeting row keeps its own key, so removing the last one leaves the others' typed values alone.
  const [rows, setRows] = useState(() => starts.map((_, i) => i));
  const meetings = rows.length;
  const methods = useMethodList().data;
  const localized = useLocalized();
  const {
    busy,
    error,
    failure,
    onSubmit: submit,
  } = useSubmit((data) =>
    onSubmit({ ...inputOf(data, meetings), ...(withDraft && { draft: data.get('draft') === 'on' }) }),
  );
  const capacityHint = t('activities.form.capacityHint', {
    max: MAX_ACTIVITY_CAPACITY,
    trajectoryMax: MAX_TRAJECTORY_CAPACITY,
  });
  // The server's word on too many places is technical; the hint says it in the user's language.
  const fieldError = fieldErrorsOf(failure, { capacity: capacityHint });
  const chosen = new Set(initial?.methods ?? []);
  return (
    <form onSubmit={submit} className="form" noValidate>
      {Boolean(error) && <ErrorState error={error} />}
      <fieldset>
        <legend>{t('activities.form.kind')}</legend>
        {ACTIVITY_KINDS.map((k) => (
          <label key={k} className="choice">
            <input
              type="radio"
              name="kind"
              value={k}
              defaultChecked={(initial?.kind ?? 'trajectory') === k}
            />
            {t(`activities.kinds.${k}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('activities.form.title')}
        name="title"
        required
        maxLength={120}
        defaultValue={initial?.title}
        error={fieldError('title')}
      />
      <TextArea
        label={t('activities.form.description')}
        name="description"
        rows={6}
        maxLength={4000}
        required
        defaultValue={initial?.description}
        error={fieldError('description')}
      />
      <fieldset>
        <legend>{t('activities.form.meetings')}</legend>
        {rows.map((row, i) => (
          <div key={row} className="activity-meeting-row">
            <Field
              label={t('activities.form.date', { n: i + 1 })}
              name={`date-${i}`}
              type="date"
              required
              defaultValue={starts[i]?.date}
              error={fieldError(`sessions.${i}.date`)}
            />
            <Field
              label={t('activities.form.time', { n: i + 1 })}
              name={`time-${i}`}
              type="time"
              required
              defaultValue={starts[i]?.time}
              error={fieldError(`sessions.${i}.time`)}
            />
          </div>
        ))}
        <div className="actions">
          <button
            type="button"
            className="btn"
            onClick={() => setRows((r) => (r.length < 12 ? [...r, Math.max(...r) + 1] : r))}
          >
            {t('activities.form.addMeeting')}
          </button>
          {meetings > 1 && (
            <button type="button" className="btn" onClick={() => setRows((r) => r.slice(0, -1))}>
              {t('activities.form.removeMeeting')}
            </button>
          )}
        </div>
      </fieldset>
      <Field
        label={t('activities.form.duration')}
        name="durationMinutes"
        type="number"
        min={30}
        max={480}
        required
        defaultValue={initial?.durationMinutes ?? 120}
        error={fieldError('durationMinutes')}
      />
      <div className="field">
        <label htmlFor="activity-zone">{t('activities.form.timeZone')}</label>
        <select id="activity-zone" name="timeZone" defaultValue={zone}>
          {timeZones().map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t('activities.form.place')}
        name="place"
        maxLength={200}
        defaultValue={initial?.place}
        hint={t('activities.form.placeHint')}
        error={fieldError('place')}
      />
      <Field
        label={t('activities.form.videoUrl')}
        name="videoUrl"
        type="url"
        maxLength={500}
        defaultValue={initial?.videoUrl ?? ''}
        hint={t('activities.form.videoHint')}
        error={fieldError('videoUrl')}
      />
      <Field
        label={t('activities.form.capacity')}
        name="capacity"
        type="number"
        min={2}
        max={MAX_ACTIVITY_CAPACITY}
        required
        defaultValue={initial?.capacity ?? 8}
        hint={capacityHint}
        error={fieldError('capacity')}
      />
      <Field
        label={t('activities.form.price')}
        name="priceText"
        maxLength={120}
        defaultValue={initial?.priceText}
        error={fieldError('priceText')}
      />
      <TextArea
        label={t('activities.form.professions')}
        name="professions"
        rows={3}
        defaultValue={initial?.professions.join('\n')}
        hint={t('activities.form.oneALine')}
      />
      <TextArea
        label={t('activities.form.registerHours')}
        name="registerHours"
        rows={2}
        defaultValue={initial?.registerHours.join('\n')}
        hint={t('activities.form.registerHoursHint')}
      />
      <fieldset>
        <legend>{t('activities.form.methods')}</legend>
        <div className="activity-methods">
          {methods?.lang === 'all' &&
            methods.methods.map((m) => (
              <label key={m.id} className="choice">
                <input type="checkbox" name="methods" value={m.id} defaultChecked={chosen.has(m.id)} />
                {localized(m.names)}
              </label>
            ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor="activity-facilitator">{t('activities.form.facilitator')}</label>
        <select id="activity-facilitator" name="facilitatorId" defaultValue={initial?.facilitatorId ?? ''}>
          <option value="">{t('activities.form.facilitatorMe')}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </div>
      {withDraft && (
        <label className="choice">
          <input type="checkbox" name="draft" /> {t('activities.form.draft')}
        </label>
      )}
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
