import { useTranslation } from 'react-i18next';
import { MAX_PITCH } from '../../../../core/meeting/limits';
import { isChair, nameOf } from '../derive';
import { useRoom } from '../room-context';
import { useDraft } from '../use-room';
import { LiveCountdown } from '../views/Countdown';
import { PhaseHeader } from '../views/PhaseHeader';
import { isStage, NextButton } from './NextButton';

/** Case pitches (at most three sentences) and the vote; the chair chooses the case. */
export function Inventory() {
  const { t } = useTranslation();
  const { view, me, room } = useRoom();
  return (
    <div className="room-stage">
      <PhaseHeader
        step={t('room.stage.inventory')}
        title={t('room.inventory.title')}
        instructions={t('room.inventory.instructions')}
        rules={[t('room.inventory.rule1'), t('room.inventory.rule2')]}
        timer={<LiveCountdown deadline={view.deadline} offsetMs={room.offsetMs} />}
      />
      <PitchBoard />
      {isChair(view, me) && (
        <div className="actions">
          <NextButton
            expected={isStage('casting')}
            label={t('room.inventory.toCasting')}
            disabled={!view.roles.caseGiver}
          />
        </div>
      )}
    </div>
  );
}

/**
 * The pitches with their votes, the chair's choice and one's own pitch: the inventory stage, or a method
 * phase that stands for it (FRAME-2).
 */
export function PitchBoard() {
  const { t } = useTranslation();
  const { view, me, send, meetingId } = useRoom();
  const [pitch, setPitch, clear] = useDraft(meetingId, 'pitch');
  const chair = isChair(view, me);
  const myVote = view.votes[me] ?? null;
  const count = (pitchId: string) => Object.values(view.votes).filter((v) => v === pitchId).length;
  const chosen = view.pitches.find((p) => p.id === view.chosenPitchId);
  return (
    <>
      {/* Everyone hears which case was chosen, not only the chair who clicked. */}
      <p className="chosen-case" role="status">
        {chosen &&
          (chosen.authorId === me
            ? t('room.inventory.chosenYours')
            : t('room.inventory.chosenOf', { name: nameOf(view, chosen.authorId) }))}
      </p>
      {view.pitches.length === 0 ? (
        <p className="muted">{t('room.inventory.none')}</p>
      ) : (
        <ul className="pitches">
          {view.pitches.map((p) => (
            <li key={p.id} className={`card${p.id === chosen?.id ? ' is-chosen' : ''}`} data-testid="pitch">
              <p className="contribution-text">{p.text}</p>
              <p className="contribution-meta">
                <span>{nameOf(view, p.authorId)}</span>
                {p.caseId && <span className="chip">{t('room.inventory.broughtIn')}</span>}
                <span className="chip">{t('room.inventory.votes', { count: count(p.id) })}</span>
                {p.id === chosen?.id && (
                  <span className="chip chip-strong">{t('room.inventory.chosen')}</span>
                )}
              </p>
              <div className="actions">
                <button
                  type="button"
                  className={`btn${myVote === p.id ? ' is-on' : ''}`}
                  aria-pressed={myVote === p.id}
                  onClick={() => send({ type: 'vote', pitchId: myVote === p.id ? null : p.id })}
                >
                  {t('room.inventory.vote', { name: nameOf(view, p.authorId) })}
                </button>
                {chair && (
                  <button
                    type="button"
                    className={`btn btn-primary${p.id === chosen?.id ? ' is-on' : ''}`}
                    aria-pressed={p.id === chosen?.id}
                    onClick={() => send({ type: 'chooseCase', pitchId: p.id })}
                  >
                    {t('room.inventory.choose', { name: nameOf(view, p.authorId) })}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <form
        className="contribute card"
        onSubmit={(e) => {
          e.preventDefault();
          if (!pitch.trim()) return;
          send({ type: 'pitchCase', text: pitch.trim() });
          clear();
        }}
      >
        <div className="field">
          <label htmlFor="pitch-text">{t('room.inventory.pitch')}</label>
          <textarea
            id="pitch-text"
            rows={3}
            maxLength={MAX_PITCH}
            value={pitch}
            onChange={(e) => setPitch(e.target.value)}
          />
          <p className="hint">{t('room.inventory.pitchHint')}</p>
        </div>
        <button type="submit" className="btn btn-primary" disabled={!pitch.trim()}>
          {t('room.inventory.pitchSend')}
        </button>
      </form>
    </>
  );
}
