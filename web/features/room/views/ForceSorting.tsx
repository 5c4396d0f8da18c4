import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Force } from './model';

type Props = {
  forces: Force[];
  /** Merge a force into another one, or take a merge back (`into: null`), FORCE-2. */
  onMerge: (forceId: string, into: string | null) => void;
  /** Set a force aside as out of the case-giver's reach, or bring it back (FORCE-4). */
  onReach: (forceId: string, inReach: boolean) => void;
};

/**
 * The chair's or scribe's tools before the weighing: merge duplicates and set aside what the case-giver
 * cannot influence. Only forces of the same direction are offered to merge into: the engine refuses others.
 */
export function ForceSorting({ forces, onMerge, onReach }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="ff-sorting">
      <legend>{t('room.force.sortTitle')}</legend>
      <p className="hint">{t('room.force.sortHint')}</p>
      <ul className="ff-sort-list">
        {forces.map((force) => (
          <SortRow
            key={force.id}
            force={force}
            targets={forces.filter((f) => f.id !== force.id && f.direction === force.direction)}
            onMerge={onMerge}
            onReach={onReach}
          />
        ))}
      </ul>
    </fieldset>
  );
}

function SortRow({
  force,
  targets,
  onMerge,
  onReach,
}: Omit<Props, 'forces'> & { force: Force; targets: Force[] }) {
  const { t } = useTranslation();
  const id = useId();
  const side = force.direction === 'restraining' ? t('room.force.restraining') : t('room.force.driving');
  return (
    <li className="ff-sort-row" data-testid="sort-force">
      <p>
        <span className="ff-side">{side}</span> {force.text}
        {force.outOfReach && <span className="ff-tag">{t('room.force.outOfReach')}</span>}
      </p>
      <div className="ff-sort-actions">
        {targets.length > 0 && (
          <span className="field ff-merge">
            <label htmlFor={id}>{t('room.force.mergeInto')}</label>
            <select id={id} value="" onChange={(e) => e.target.value && onMerge(force.id, e.target.value)}>
              <option value="">{t('room.force.mergeNone')}</option>
              {targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.text}
                </option>
              ))}
            </select>
          </span>
        )}
        <button type="button" className="btn" onClick={() => onReach(force.id, Boolean(force.outOfReach))}>
          {force.outOfReach ? t('room.force.bringBack') : t('room.force.setAside')}
        </button>
      </div>
      {force.also?.length ? (
        <ul className="ff-merged" aria-label={t('room.force.mergedList')}>
          {force.also.map((duplicate) => (
            <li key={duplicate.id}>
              <button
                type="button"
                className="btn btn-ghost btn-small"
                onClick={() => onMerge(duplicate.id, null)}
              >
                {t('room.force.unmerge', { text: duplicate.text })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
