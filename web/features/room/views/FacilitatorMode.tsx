import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FACILITATOR_MODES, type FacilitatorMode } from '../../../../core/meeting/limits';

/** The facilitator's part in this meeting: leads, in the background, or absent (LIFE-7). */
export function FacilitatorModePicker({
  mode,
  onSet,
}: {
  mode: FacilitatorMode;
  onSet(mode: FacilitatorMode): void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<FacilitatorMode>(mode);
  const id = useId();
  return (
    <form
      className="chair-extra"
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen !== mode) onSet(chosen);
      }}
    >
      <h3 id={`${id}-h`} className="chair-extra-h">
        {t('room.life.facTitle')}
      </h3>
      <fieldset>
        <legend>{t('room.life.facLabel')}</legend>
        {FACILITATOR_MODES.map((m) => (
          <label key={m} className="radio-row">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={chosen === m}
              onChange={() => setChosen(m)}
            />
            {t(`room.life.facModes.${m}`)}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={chosen === mode}>
        {t('room.life.facSet')}
      </button>
    </form>
  );
}
