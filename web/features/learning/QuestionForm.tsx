import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LearningRecord, LearningTrajectory } from '../../../core/api/learning';
import { EFFECTS, type Effect, type Sharing } from '../../../core/api/trajectories';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { TextArea } from '../groups/lib/TextArea';
import { SharingChoice } from '../trajectories/SharingChoice';

/** The learning question of one trajectory and the effects it is about; private unless shared. */
export function QuestionForm({
  record,
  onSaved,
}: {
  record: LearningTrajectory;
  onSaved(r: LearningRecord): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [effects, setEffects] = useState<Effect[]>(record.question?.effects ?? []);
  const [sharing, setSharing] = useState<Sharing>(record.question?.sharing ?? 'private');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const toggle = (effect: Effect) =>
    setEffects((now) => (now.includes(effect) ? now.filter((e) => e !== effect) : [...now, effect]));
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '');
    setSaved(false);
    setError(null);
    try {
      onSaved(
        await api<LearningRecord>(`/api/trajectories/${record.trajectoryId}/learning-question`, {
          method: 'PUT',
          body: { text, effects: EFFECTS.filter((e) => effects.includes(e)), sharing },
        }),
      );
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form className="form" onSubmit={save} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{t('trajectories.learning.question.title')}</h3>
      {Boolean(error) && <ErrorState error={error} />}
      <TextArea
        label={t('trajectories.learning.question.text')}
        hint={t('trajectories.learning.question.hint')}
        name="text"
        rows={2}
        maxLength={1000}
        required
        defaultValue={record.question?.text ?? ''}
      />
      <fieldset className="fieldset">
        <legend>{t('trajectories.learning.question.effects')}</legend>
        {EFFECTS.map((effect) => (
          <label key={effect} className="check">
            <input type="checkbox" checked={effects.includes(effect)} onChange={() => toggle(effect)} />
            {t(`trajectories.effects.${effect}`)}
          </label>
        ))}
      </fieldset>
      <SharingChoice
        name={`${id}-sharing`}
        legend={t('trajectories.learning.question.sharing')}
        value={sharing}
        onChange={setSharing}
      />
      <button type="submit" className="btn btn-primary">
        {t('trajectories.learning.question.save')}
      </button>
      {saved && (
        <p role="status" className="notice">
          {t('trajectories.learning.question.saved')}
        </p>
      )}
    </form>
  );
}
