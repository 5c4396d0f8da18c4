import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EFFECTS,
  type EffectRatings,
  type EvaluationEntry,
  type Sharing,
  type TrajectoryDetail,
} from '../../../core/api/trajectories';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { TextArea } from '../groups/lib/TextArea';
import { EffectScale } from './EffectScale';
import { SharingChoice } from './SharingChoice';

type Props = { detail: TrajectoryDetail; onChange(d: TrajectoryDetail): void };

/** The end evaluation: my own (private unless shared with the facilitator), the group's, and what I may read. */
export function EvaluationPanel({ detail, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const mine = (scope: EvaluationEntry['scope']) =>
    detail.evaluations.find((e) => e.mine && e.scope === scope);
  const others = detail.evaluations.filter((e) => !e.mine);
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`}>{t('trajectories.evaluation.title')}</h2>
        <p className="hint">{t('trajectories.evaluation.lead')}</p>
      </div>
      {others.length > 0 && (
        <ul className="plain-list stack-sm">
          {others.map((e) => (
            <li key={`${e.scope}-${e.author}`}>
              <h3>
                {t('trajectories.evaluation.byAuthor', {
                  name: e.author,
                  scope:
                    e.scope === 'group'
                      ? t('trajectories.evaluation.scopeGroup')
                      : t('trajectories.evaluation.scopeIndividual'),
                })}
              </h3>
              <Ratings ratings={e.ratings} />
              {e.text && <p className="pre-wrap">{e.text}</p>}
            </li>
          ))}
        </ul>
      )}
      <EvaluationForm detail={detail} scope="individual" initial={mine('individual')} onChange={onChange} />
      {detail.canPlan && (
        <EvaluationForm detail={detail} scope="group" initial={mine('group')} onChange={onChange} />
      )}
    </section>
  );
}

function Ratings({ ratings }: { ratings: EffectRatings }) {
  const { t } = useTranslation();
  const rated = EFFECTS.filter((e) => ratings[e] !== undefined);
  if (rated.length === 0) return null;
  return (
    <ul>
      {rated.map((effect) => (
        <li key={effect}>
          {t('trajectories.evaluation.rating', {
            effect: t(`trajectories.effects.${effect}`),
            value: ratings[effect],
          })}
        </li>
      ))}
    </ul>
  );
}

function EvaluationForm({
  detail,
  scope,
  initial,
  onChange,
}: Props & { scope: EvaluationEntry['scope']; initial: EvaluationEntry | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [ratings, setRatings] = useState<EffectRatings>(initial?.ratings ?? {});
  const [sharing, setSharing] = useState<Sharing>(initial?.sharing ?? 'private');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '');
    setError(null);
    setSaved(false);
    try {
      onChange(
        await api<TrajectoryDetail>(`/api/trajectories/${detail.id}/evaluation`, {
          method: 'PUT',
          body: { scope, ratings, text, sharing },
        }),
      );
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  const title =
    scope === 'group' ? t('trajectories.evaluation.group') : t('trajectories.evaluation.individual');
  return (
    <form className="form" onSubmit={save} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint">
        {scope === 'group'
          ? t('trajectories.evaluation.groupHint')
          : t('trajectories.evaluation.individualHint')}
      </p>
      {Boolean(error) && <ErrorState error={error} />}
      {scope === 'individual' && <EffectScale effects={EFFECTS} value={ratings} onChange={setRatings} />}
      <TextArea
        label={t('trajectories.evaluation.text')}
        name="text"
        rows={3}
        maxLength={4000}
        defaultValue={initial?.text ?? ''}
      />
      {scope === 'individual' && (
        <SharingChoice
          name={`${id}-sharing`}
          legend={t('trajectories.evaluation.sharing')}
          value={sharing}
          onChange={setSharing}
        />
      )}
      <button type="submit" className="btn btn-primary">
        {t('trajectories.evaluation.save')}
      </button>
      {saved && (
        <p role="status" className="notice">
          {t('trajectories.evaluation.saved')}
        </p>
      )}
    </form>
  );
}
