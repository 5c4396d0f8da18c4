import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TALK_MODES, type TalkMode } from '../../../../core/meeting/limits';

/** The chair's choice of how the group talks (TALK-1): native radios, so arrow keys move between them. */
export function TalkModeChoice({ mode, onChange }: { mode: TalkMode; onChange: (mode: TalkMode) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="talk-mode" data-testid="talk-mode">
      <legend>{t('room.talk.legend')}</legend>
      {TALK_MODES.map((m) => (
        <div key={m} className="talk-mode-option">
          <label className="radio">
            <input
              type="radio"
              name={`${id}-mode`}
              value={m}
              checked={mode === m}
              aria-describedby={`${id}-${m}`}
              onChange={() => onChange(m)}
            />
            {t(`room.talk.mode.${m}`)}
          </label>
          <p id={`${id}-${m}`} className="hint">
            {t(`room.talk.hint.${m}`)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
