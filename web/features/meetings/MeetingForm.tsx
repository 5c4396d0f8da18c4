import '../groups/forms.css';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CreateMeetingInput,
  MeetingPractice,
  MemberList,
  Rota,
  RotaSuggestion,
} from '../../../core/api/groups';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { fieldErrorsOf, hasFieldIssues, useFocusFirstInvalid } from '../groups/lib/field-errors';
import { useResource } from '../groups/lib/use-resource';
import { type MethodChoice, MethodPicker } from './MethodPicker';
import { PracticePicker } from './PracticePicker';
import { RotaPicker } from './RotaPicker';
import { timeZones } from './wall-clock';

export type MeetingFormValues = Omit<Required<CreateMeetingInput>, 'rota' | 'practice'> & {
  rota: Rota;
  practice: MeetingPractice | null;
};

type Props = {
  groupId: string;
  initial: MeetingFormValues;
  /** True for a new meeting: the rota starts from the server's fair suggestion and members can be mailed. */
  isNew: boolean;
  submitLabel: string;
  onSubmit(values: MeetingFormValues): Promise<void>;
};

/** Date, time and zone, duration, place or video link, planned method and rota; errors per field. */
export function MeetingForm({ groupId, initial, isNew, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [rotaTouched, setRotaTouched] = useState(!isNew);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const members = useResource<MemberList>(`/api/groups/${groupId}/members`);
  const suggestion = useResource<RotaSuggestion>(`/api/groups/${groupId}/rota-suggestion`);
  const formRef = useFocusFirstInvalid(error);
  const fieldError = fieldErrorsOf(error, {
    date: t('meetingsUi.errors.date'),
    time: t('meetingsUi.errors.time'),
    timeZone: t('meetingsUi.errors.timeZone'),
    durationMinutes: t('meetingsUi.errors.duration'),
    place: t('meetingsUi.errors.place'),
    videoUrl: t('meetingsUi.errors.videoUrl'),
    'practice.caseId': t('meetingsUi.practice.chooseCase'),
  });
  const set = <K extends keyof MeetingFormValues>(key: K, value: MeetingFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  // Until the planner touches the rota, it follows the suggestion as soon as that arrives.
  const s = suggestion.data;
  const rota: Rota =
    !rotaTouched && s
      ? {
          chair: s.chair?.userId ?? null,
          timekeeper: s.timekeeper?.userId ?? null,
          scribe: s.scribe?.userId ?? null,
        }
      : values.rota;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ ...values, rota });
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} className="form" noValidate ref={formRef}>
      {Boolean(error) && !hasFieldIssues(error) && <ErrorState error={error} />}
      <fieldset className="fieldset">
        <legend>{t('meetingsUi.form.when')}</legend>
        <div className="field-row">
          <Field
            label={t('meetingsUi.form.date')}
            type="date"
            required
            value={values.date}
            onChange={(e) => set('date', e.target.value)}
            error={fieldError('date')}
          />
          <Field
            label={t('meetingsUi.form.time')}
            type="time"
            required
            value={values.time}
            onChange={(e) => set('time', e.target.value)}
            error={fieldError('time')}
          />
        </div>
        <div className="field">
          <label htmlFor="meeting-zone">{t('meetingsUi.form.timeZone')}</label>
          <select id="meeting-zone" value={values.timeZone} onChange={(e) => set('timeZone', e.target.value)}>
            {timeZones().map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          {fieldError('timeZone') && <p className="field-error">{fieldError('timeZone')}</p>}
        </div>
        <Field
          label={t('meetingsUi.form.duration')}
          hint={t('meetingsUi.form.durationHint')}
          type="number"
          inputMode="numeric"
          min={15}
          max={480}
          step={15}
          value={values.durationMinutes}
          onChange={(e) => set('durationMinutes', Number(e.target.value))}
          error={fieldError('durationMinutes')}
        />
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('meetingsUi.form.where')}</legend>
        <Field
          label={t('meetingsUi.form.place')}
          hint={t('meetingsUi.form.placeHint')}
          value={values.place}
          maxLength={200}
          onChange={(e) => set('place', e.target.value)}
          error={fieldError('place')}
        />
        <Field
          label={t('meetingsUi.form.videoUrl')}
          hint={t('meetingsUi.form.videoUrlHint')}
          type="url"
          inputMode="url"
          value={values.videoUrl ?? ''}
          onChange={(e) => set('videoUrl', e.target.value.trim() || null)}
          error={fieldError('videoUrl')}
        />
      </fieldset>
      <MethodPicker
        groupId={groupId}
        value={{ methodId: values.methodId, methodVersionId: values.methodVersionId }}
        onChange={(choice: MethodChoice) => setValues((v) => ({ ...v, ...choice }))}
        error={fieldError('methodId') ?? fieldError('methodVersionId')}
      />
      <PracticePicker
        members={members.data?.members ?? []}
        chairId={rota.chair}
        value={values.practice}
        onChange={(practice, methodId) =>
          setValues((v) => ({
            ...v,
            practice,
            // The case's suggested method is preselected; the planner may still choose another.
            ...(methodId && { methodId, methodVersionId: null }),
          }))
        }
        error={fieldError('practice.caseId')}
      />
      {members.error ? (
        <ErrorState error={members.error} onRetry={members.reload} />
      ) : (
        <RotaPicker
          members={members.data?.members ?? []}
          suggestion={s}
          value={rota}
          onChange={(next) => {
            setRotaTouched(true);
            set('rota', next);
          }}
          errors={{
            chair: fieldError('rota.chair'),
            timekeeper: fieldError('rota.timekeeper'),
            scribe: fieldError('rota.scribe'),
          }}
        />
      )}
      <label className="check">
        <input
          type="checkbox"
          checked={values.autoAdvance}
          onChange={(e) => set('autoAdvance', e.target.checked)}
        />
        <span>{t('meetingsUi.form.autoAdvance')}</span>
      </label>
      {isNew && (
        <label className="check">
          <input type="checkbox" checked={values.notify} onChange={(e) => set('notify', e.target.checked)} />
          <span>{t('meetingsUi.form.notify')}</span>
        </label>
      )}
      <button type="submit" className="btn btn-primary" disabled={busy}>
        {busy ? t('groupsUi.working') : submitLabel}
      </button>
    </form>
  );
}
