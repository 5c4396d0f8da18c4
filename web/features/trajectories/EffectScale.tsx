import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Effect, EffectRatings } from '../../../core/api/trajectories';

const VALUES = [1, 2, 3, 4, 5] as const;

/** A 1–5 rating per effect as radio groups: big targets on a phone, arrow keys on a keyboard. */
export function EffectScale({
  effects,
  value,
  onChange,
}: {
  effects: readonly Effect[];
  value: EffectRatings;
  onChange(next: EffectRatings): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="stack-sm">
      {effects.map((effect) => (
        <fieldset key={effect} className="fieldset scale">
          <legend>{t('trajectories.scale.legend', { label: t(`trajectories.effects.${effect}`) })}</legend>
          <div className="scale-options">
            {VALUES.map((n) => (
              <label key={n} className="scale-option">
                <input
                  type="radio"
                  name={`${id}-${effect}`}
                  value={n}
                  checked={value[effect] === n}
                  onChange={() => onChange({ ...value, [effect]: n })}
                />
                <span>{t('trajectories.scale.option', { value: n })}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
