import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContributionKind, Phase } from '../../../core/methods/schema';
import { ContributeBox } from './ContributeBox';
import { speakersFor } from './recording';
import { useRoom } from './room-context';

/**
 * The recorder's box (TALK-2): pick who is speaking, note what they say, or note that the turn holder passes.
 * The server decides each note as the speaker's own, so a refusal reads as if they had typed it.
 */
export function RecordBox({
  field,
  phase,
  kinds,
}: {
  field: string;
  phase?: Phase | null;
  kinds: readonly ContributionKind[];
}) {
  const { t } = useTranslation();
  const { view, me, send, meetingId } = useRoom();
  const id = useId();
  const [picked, setPicked] = useState('');
  const speakers = speakersFor(view, me);
  // The turn holder comes first; a pick stays as long as that person may still speak.
  const speaker = speakers.find((s) => s.id === picked) ?? speakers[0];
  if (!speaker || kinds.length === 0) return null;
  const holds = view.turn?.order[view.turn.index] === speaker.id;
  return (
    <section className="record-box" aria-labelledby={`${id}-h`} data-testid="record-box">
      <h2 id={`${id}-h`}>{t('room.talk.record.title')}</h2>
      <div className="field">
        <label htmlFor={`${id}-who`}>{t('room.talk.record.speaker')}</label>
        <select id={`${id}-who`} value={speaker.id} onChange={(e) => setPicked(e.target.value)}>
          {speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <ContributeBox
        meetingId={meetingId}
        field={`${field}@record`}
        phase={phase}
        kinds={kinds}
        label={t('room.talk.record.label', { name: speaker.name })}
        send={(command) => {
          if (command.type === 'contribute') send({ type: 'record', speakerId: speaker.id, command });
        }}
      />
      {holds && (
        <button
          type="button"
          className="btn"
          onClick={() => send({ type: 'record', speakerId: speaker.id, command: { type: 'passTurn' } })}
        >
          {t('room.talk.record.pass', { name: speaker.name })}
        </button>
      )}
    </section>
  );
}
