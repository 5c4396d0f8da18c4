import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Force } from './model';

const MAX_WEIGHT = 10;

/** One decimal, in the reader's language (7,5 in Dutch). */
export function formatMean(mean: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(mean);
}

/**
 * Lewin's force field: restraining forces push from the left, driving forces from the right of the goal line;
 * bar length is the mean weight. Direction is told by side, by arrow shape, by pattern and by text — never by
 * colour alone — so it reads the same for colour-blind people, in print and on a projector.
 */
export function ForceFieldDiagram({
  goal,
  forces,
  hideMeans,
}: {
  goal?: string;
  forces: Force[];
  /** While weighing, means stay hidden so nobody anchors on the others' weights before their own. */
  hideMeans?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const sorted = [...forces].sort(
    (a, b) =>
      Number(a.outOfReach ?? false) - Number(b.outOfReach ?? false) ||
      (hideMeans ? 0 : (b.mean ?? 0) - (a.mean ?? 0)),
  );
  return (
    <figure className="forcefield" aria-labelledby={captionId}>
      <figcaption id={captionId}>
        <span className="forcefield-title">{t('room.force.diagram')}</span>
        {goal && <span className="forcefield-goal">{t('room.force.goal', { goal })}</span>}
      </figcaption>
      <div className="forcefield-legend" aria-hidden="true">
        <span className="ff-key ff-key-restraining">{t('room.force.restraining')}</span>
        <span className="ff-key ff-key-driving">{t('room.force.driving')}</span>
      </div>
      {sorted.length === 0 ? (
        <p className="muted">{t('room.force.none')}</p>
      ) : (
        <ul className="forcefield-list">
          {sorted.map((force) => (
            <ForceRow
              key={force.id}
              force={hideMeans ? { ...force, mean: null } : force}
              lang={i18n.language}
              hidden={hideMeans}
            />
          ))}
        </ul>
      )}
    </figure>
  );
}

function ForceRow({ force, lang, hidden }: { force: Force; lang: string; hidden?: boolean }) {
  const { t } = useTranslation();
  const width = `${Math.round(((force.mean ?? 0) / MAX_WEIGHT) * 1000) / 10}%`;
  const side = force.direction === 'restraining' ? t('room.force.restraining') : t('room.force.driving');
  const weight = hidden
    ? t('room.force.meanLater')
    : force.mean === null
      ? t('room.force.unweighed')
      : t('room.force.mean', { mean: formatMean(force.mean, lang), count: force.weights });
  return (
    <li
      className={`ff-row ff-${force.direction}${force.outOfReach ? ' ff-out' : ''}`}
      data-testid="force"
      data-direction={force.direction}
      data-mean={force.mean ?? ''}
    >
      <p className="ff-label">
        <span className="ff-side">{side}</span>
        <span className="ff-text">{force.text}</span>
        <span className="ff-weight">{weight}</span>
        {force.outOfReach && <span className="ff-tag">{t('room.force.outOfReach')}</span>}
        {force.also?.length ? (
          <span className="ff-also">
            {t('room.force.also', { texts: force.also.map((d) => d.text).join('; ') })}
          </span>
        ) : null}
      </p>
      <div className="ff-track" aria-hidden="true">
        <div className="ff-half ff-left">
          {!hidden && force.direction === 'restraining' && <div className="ff-bar" style={{ width }} />}
        </div>
        <div className="ff-goal" />
        <div className="ff-half ff-right">
          {!hidden && force.direction === 'driving' && <div className="ff-bar" style={{ width }} />}
        </div>
      </div>
    </li>
  );
}

/** Everyone weighs each force 1–10; a select is quick with a keyboard and on a phone. */
export function ForceWeighing({
  forces,
  onWeigh,
  disabled,
}: {
  forces: Force[];
  onWeigh: (forceId: string, weight: number) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const values = Array.from({ length: MAX_WEIGHT }, (_, i) => i + 1);
  return (
    <fieldset className="ff-weighing" disabled={disabled}>
      <legend>{t('room.force.weighTitle')}</legend>
      <p className="hint">{t('room.force.weighHint')}</p>
      {forces
        .filter((f) => !f.outOfReach)
        .map((force) => (
          <WeighField key={force.id} force={force} values={values} onWeigh={onWeigh} />
        ))}
    </fieldset>
  );
}

function WeighField({
  force,
  values,
  onWeigh,
}: {
  force: Force;
  values: number[];
  onWeigh: (forceId: string, weight: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const side = force.direction === 'restraining' ? t('room.force.restraining') : t('room.force.driving');
  return (
    <div className="field ff-weigh-field">
      <label htmlFor={id}>
        <span className="ff-side">{side}</span> {force.text}
      </label>
      <select
        id={id}
        value={force.mine ?? ''}
        onChange={(e) => e.target.value && onWeigh(force.id, Number(e.target.value))}
      >
        <option value="">{t('room.force.chooseWeight')}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
