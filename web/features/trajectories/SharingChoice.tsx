import { useTranslation } from 'react-i18next';
import { SHARINGS, type Sharing } from '../../../core/api/trajectories';

/** Private, or shared with the trajectory's facilitator: the one choice learning questions, reflections and evaluations share. */
export function SharingChoice(props: {
  name: string;
  legend: string;
  value: Sharing;
  onChange: (s: Sharing) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="fieldset">
      <legend>{props.legend}</legend>
      {SHARINGS.map((s) => (
        <label key={s} className="check">
          <input
            type="radio"
            name={props.name}
            checked={props.value === s}
            onChange={() => props.onChange(s)}
          />
          {t(`trajectories.sharings.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
