import { SharingChoice } from '../trajectories/SharingChoice';
import '../groups/forms.css';
import '../groups/groups.css';
import '../trajectories/trajectories.css';
import './learning.css';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DIMENSIONS, type ReflectionForm } from '../../../core/api/learning';
import type { EffectRatings, Sharing } from '../../../core/api/trajectories';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useTitle } from '../../lib/use-title';
import { formatMeetingStart } from '../groups/lib/format';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { TextArea } from '../groups/lib/TextArea';
import { useResource } from '../groups/lib/use-resource';
import { EffectScale } from '../trajectories/EffectScale';

/** "/meetings/:meetingId/reflection": the one-minute reflection after a meeting, made for a phone. */
export function ReflectionPage() {
  const { meetingId = '' } = useParams();
  const form = useResource<ReflectionForm>(`/api/meetings/${meetingId}/reflection`);
  return (
    <RequireUser>
      <Loaded resource={form}>{(f) => <ReflectionView form={f} />}</Loaded>
    </RequireUser>
  );
}

function ReflectionView({ form }: { form: ReflectionForm }) {
  const { t } = useTranslation();
  const id = useId();
  useTitle(t('trajectories.learning.reflect.title'));
  const [ratings, setRatings] = useState<EffectRatings>(form.mine?.ratings ?? {});
  const [sharing, setSharing] = useState<Sharing>(form.mine?.sharing ?? 'private');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setSaved(false);
    setError(null);
    setMissing(Object.keys(ratings).length === 0);
    if (Object.keys(ratings).length === 0) return;
    try {
      await api<ReflectionForm>(`/api/meetings/${form.meetingId}/reflection`, {
        method: 'PUT',
        body: {
          ratings,
          takeaway: String(data.get('takeaway') ?? ''),
          dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, String(data.get(d) ?? '')])),
          sharing,
        },
      });
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <section className="reflection-page stack">
      <header>
        <h1>{t('trajectories.learning.reflect.title')}</h1>
        <p className="group-card-meta">
          <span>{form.groupName}</span>
          <span>{formatMeetingStart(form.startsAt, form.timeZone)}</span>
        </p>
        <p className="lead">{t('trajectories.learning.reflect.lead')}</p>
      </header>
      {!form.countable ? (
        <p className="notice" data-testid="not-countable">
          {t('trajectories.learning.reflect.practice')}
        </p>
      ) : !form.ended ? (
        <p className="notice">{t('trajectories.learning.reflect.notEnded')}</p>
      ) : (
        <form className="form" onSubmit={save} noValidate>
          {Boolean(error) && <ErrorState error={error} />}
          <p>
            {form.question
              ? t('trajectories.learning.reflect.questionIs', { question: form.question })
              : t('trajectories.learning.reflect.noQuestion')}
          </p>
          <EffectScale effects={form.effects} value={ratings} onChange={setRatings} />
          {missing && (
            <p className="field-error" role="alert">
              {t('trajectories.learning.reflect.rateOne')}
            </p>
          )}
          <TextArea
            label={t('trajectories.learning.reflect.takeaway')}
            hint={t('trajectories.learning.reflect.takeawayHint')}
            name="takeaway"
            rows={3}
            maxLength={2000}
            defaultValue={form.mine?.takeaway ?? ''}
          />
          <details open={Object.keys(form.mine?.dimensions ?? {}).length > 0}>
            <summary>{t('trajectories.learning.reflect.dimensions')}</summary>
            <p className="hint">{t('trajectories.learning.reflect.dimensionsHint')}</p>
            {DIMENSIONS.map((d) => (
              <TextArea
                key={d}
                label={t(`trajectories.learning.reflect.${d}`)}
                name={d}
                rows={2}
                maxLength={2000}
                defaultValue={form.mine?.dimensions[d] ?? ''}
              />
            ))}
          </details>
          <SharingChoice
            name={`${id}-sharing`}
            legend={t('trajectories.learning.reflect.sharing')}
            value={sharing}
            onChange={setSharing}
          />
          <button type="submit" className="btn btn-primary">
            {t('trajectories.learning.reflect.save')}
          </button>
          {saved && (
            <p role="status" className="notice">
              {t('trajectories.learning.reflect.saved')}
            </p>
          )}
        </form>
      )}
      <Link to="/me/learning">{t('trajectories.learning.reflect.toRecord')}</Link>
    </section>
  );
}
