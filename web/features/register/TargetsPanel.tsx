import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterTarget, TargetInput, TargetList } from '../../../core/api/register';
import type { TargetExample } from '../../../core/register/examples';
import { Field } from '../../components/Field';
import { ErrorState } from '../../components/Status';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-form';
import { TextArea } from '../groups/lib/TextArea';
import { formatDate } from './format';

type Props = { list: TargetList; onChange(list: TargetList): void };

/** The person's register targets: add a shipped example or their own, change or remove them (REG-7). */
export function TargetsPanel({ list, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const replace = (target: RegisterTarget | null, gone?: string) =>
    onChange({
      ...list,
      targets: [
        ...list.targets.filter((x) => x.id !== gone && x.id !== target?.id),
        ...(target ? [target] : []),
      ],
    });
  const add = useSubmit(
    (f) => {
      const example = String(f.get('example') ?? '');
      return api<RegisterTarget>('/api/me/register-targets', {
        body: example ? { example } : blank(t('register.targets.newName')),
      });
    },
    (target) => replace(target),
  );
  const unused = list.examples.filter((e) => !list.targets.some((x) => x.example === e));
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <div>
        <h2 id={`${id}-title`}>{t('register.targets.title')}</h2>
        <p className="hint">{t('register.targets.lead')}</p>
      </div>
      {list.targets.map((target) => (
        <TargetItem
          key={target.id}
          target={target}
          onSaved={replace}
          onRemoved={() => replace(null, target.id)}
        />
      ))}
      {Boolean(add.error) && <ErrorState error={add.error} />}
      <div className="actions">
        {unused.map((example: TargetExample) => (
          <form key={example} onSubmit={add.onSubmit}>
            <input type="hidden" name="example" value={example} />
            <button type="submit" className="btn" disabled={add.busy}>
              {t('register.targets.addExample', { name: t(`register.examples.${example}.name`) })}
            </button>
          </form>
        ))}
        <form onSubmit={add.onSubmit}>
          <button type="submit" className="btn btn-ghost" disabled={add.busy}>
            {t('register.targets.addEmpty')}
          </button>
        </form>
      </div>
    </section>
  );
}

const blank = (name: string): TargetInput => ({
  name,
  description: '',
  source: '–',
  sourceDate: new Date().toISOString().slice(0, 10),
  hours: 10,
  periodMonths: 12,
  minSessionMinutes: 0,
  pointsPerHour: 1,
  minGroupSize: null,
  requiresSignedList: false,
});

function TargetItem({
  target,
  onSaved,
  onRemoved,
}: {
  target: RegisterTarget;
  onSaved(t: RegisterTarget): void;
  onRemoved(): void;
}) {
  const { t } = useTranslation();
  const save = useSubmit(
    (f) => api<RegisterTarget>(`/api/me/register-targets/${target.id}`, { method: 'PUT', body: inputOf(f) }),
    onSaved,
  );
  const remove = async () => {
    await api(`/api/me/register-targets/${target.id}`, { method: 'DELETE' });
    onRemoved();
  };
  const num = (name: keyof TargetInput, step: string, value: number | null) => (
    <Field
      label={t(`register.targets.${name}`)}
      name={name}
      type="number"
      step={step}
      min="0"
      defaultValue={value ?? ''}
      error={save.fieldErrors[name]}
    />
  );
  return (
    <article className="stack-sm">
      <h3>{target.name}</h3>
      <p>
        {t('register.targets.sourceLine', {
          summary: t('register.targets.summary', { hours: target.hours, count: target.periodMonths }),
          source: target.source,
          date: formatDate(target.sourceDate),
        })}
      </p>
      {target.description && <p className="hint pre-wrap">{target.description}</p>}
      <details>
        <summary>{t('register.targets.edit', { name: target.name })}</summary>
        <form className="stack-sm" onSubmit={save.onSubmit}>
          {Boolean(save.error) && <ErrorState error={save.error} />}
          <Field label={t('register.targets.name')} name="name" required defaultValue={target.name} />
          <TextArea
            label={t('register.targets.description')}
            name="description"
            defaultValue={target.description}
          />
          <Field label={t('register.targets.source')} name="source" required defaultValue={target.source} />
          <Field
            label={t('register.targets.sourceDate')}
            name="sourceDate"
            type="date"
            required
            defaultValue={target.sourceDate}
          />
          {num('hours', '0.5', target.hours)}
          {num('periodMonths', '1', target.periodMonths)}
          {num('minSessionMinutes', '1', target.minSessionMinutes)}
          {num('pointsPerHour', '0.1', target.pointsPerHour)}
          {num('minGroupSize', '1', target.minGroupSize)}
          <label className="check">
            <input type="checkbox" name="requiresSignedList" defaultChecked={target.requiresSignedList} />
            {t('register.targets.requiresSignedList')}
          </label>
          <div className="actions">
            <button type="submit" className="btn btn-primary" disabled={save.busy}>
              {t('register.targets.save')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={remove}>
              {t('register.targets.remove')}
            </button>
          </div>
        </form>
      </details>
    </article>
  );
}

function inputOf(f: FormData): TargetInput {
  const text = (k: string) => String(f.get(k) ?? '');
  const number = (k: string) => Number(text(k));
  return {
    name: text('name'),
    description: text('description'),
    source: text('source'),
    sourceDate: text('sourceDate'),
    hours: number('hours'),
    periodMonths: number('periodMonths'),
    minSessionMinutes: number('minSessionMinutes'),
    pointsPerHour: number('pointsPerHour'),
    minGroupSize: text('minGroupSize') === '' ? null : number('minGroupSize'),
    requiresSignedList: f.get('requiresSignedList') === 'on',
  };
}
