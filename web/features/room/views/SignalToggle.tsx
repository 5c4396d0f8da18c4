import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setSignalWanted, signalWanted } from './signal';

/** A switch for the last-minute tone and vibration on this device. */
export function SignalToggle() {
  const { t } = useTranslation();
  const [on, setOn] = useState(signalWanted);
  const id = useId();
  return (
    <span className="signal-toggle">
      <input
        id={id}
        type="checkbox"
        checked={on}
        onChange={(e) => {
          setOn(e.target.checked);
          setSignalWanted(e.target.checked);
        }}
      />
      <label htmlFor={id}>{t('room.life.signal')}</label>
    </span>
  );
}
