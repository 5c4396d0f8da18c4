import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCaseGiver } from '../../../../core/meeting/case-givers';
import { isChair } from '../derive';
import { useRoom } from '../room-context';
import { useDraft } from '../use-room';
import { SPACE } from '../views/glyphs';
import { PhaseHeader } from '../views/PhaseHeader';
import { isStage, NextButton } from './NextButton';

const SCALE = [1, 2, 3, 4, 5];
type Scores = { heard?: number; perspectives?: number; method?: number; cooperation?: number };

/** Evaluation on three levels (case, method, cooperation) and each member's private learning point. */
export function Evaluation() {
  const { t } = useTranslation();
  const { view, me } = useRoom();
  return (
    <div className="room-stage">
      <PhaseHeader
        step={t('room.stage.evaluation')}
        title={t('room.evaluation.title')}
        instructions={t('room.evaluation.instructions')}
      />
      <EvaluationBoard />
      {isChair(view, me) && (
        <div className="actions">
          <NextButton expected={isStage('summary')} label={t('room.evaluation.toSummary')} />
        </div>
      )}
    </div>
  );
}

/** The scores and learning points: the evaluation stage, or the method's own evaluation phase (FRAME-2), asked once. */
export function EvaluationBoard() {
  const { t } = useTranslation();
  const { view, me, send, meetingId } = useRoom();
  const givesCase = isCaseGiver(view, me);
  const [scores, setScores] = useState<Scores>({});
  const [note, setNote, clearNote] = useDraft(meetingId, 'evaluationNote');
  const [point, setPoint, clearPoint] = useDraft(meetingId, 'learningPoint');
  const [share, setShare] = useState(false);
  const given = view.evaluations.some((e) => e.userId === me);
  const myPoints = view.learningPoints.filter((p) => p.authorId === me);
  const keys = [...(givesCase ? (['heard'] as const) : []), 'perspectives', 'method', 'cooperation'] as const;
  const complete = keys.every((k) => scores[k]);
  return (
    <>
      {given ? (
        <p className="notice" role="status">
          {t('room.evaluation.thanks', { count: view.evaluations.length })}
        </p>
      ) : (
        <form
          className="form card"
          onSubmit={(e) => {
            e.preventDefault();
            if (!complete) return;
            send({
              type: 'giveEvaluation',
              ...(givesCase ? { heard: scores.heard } : {}),
              perspectives: scores.perspectives!,
              method: scores.method!,
              cooperation: scores.cooperation!,
              ...(note.trim() ? { note: note.trim() } : {}),
            });
            clearNote();
          }}
        >
          {keys.map((k) => (
            <Scale
              key={k}
              name={k}
              value={scores[k]}
              onChange={(v) => setScores((s) => ({ ...s, [k]: v }))}
            />
          ))}
          <div className="field">
            <label htmlFor="eval-note">{t('room.evaluation.note')}</label>
            <textarea id="eval-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button type="submit" className="btn btn-primary" disabled={!complete}>
            {t('room.evaluation.send')}
          </button>
        </form>
      )}
      <section className="card" aria-labelledby="lp-h">
        <h2 id="lp-h">{t('room.learning.title')}</h2>
        {myPoints.length > 0 && (
          <ul>
            {myPoints.map((p) => (
              <li key={p.id}>
                {p.text}
                {SPACE}
                <button
                  type="button"
                  className="btn btn-small"
                  aria-pressed={p.shared}
                  onClick={() =>
                    send({ type: 'shareLearningPoint', learningPointId: p.id, shared: !p.shared })
                  }
                >
                  {p.shared ? t('room.learning.shared') : t('room.learning.private')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!point.trim()) return;
            send({ type: 'learningPoint', text: point.trim(), shared: share });
            clearPoint();
            setShare(false);
          }}
        >
          <div className="field">
            <label htmlFor="lp-text">{t('room.learning.label')}</label>
            <textarea
              id="lp-text"
              rows={2}
              value={point}
              onChange={(e) => setPoint(e.target.value)}
              aria-describedby="lp-hint"
            />
            <p className="hint" id="lp-hint">
              {t('room.learning.hint')}
            </p>
          </div>
          <label className="radio">
            <input type="checkbox" checked={share} onChange={(e) => setShare(e.target.checked)} />
            {t('room.learning.share')}
          </label>
          <button type="submit" className="btn" disabled={!point.trim()}>
            {t('room.learning.save')}
          </button>
        </form>
      </section>
    </>
  );
}
function Scale({
  name,
  value,
  onChange,
}: {
  name: keyof Scores;
  value?: number;
  onChange: (v: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="scale">
      <legend>{t(`room.evaluation.q.${name}`)}</legend>
      <div className="scale-options">
        {SCALE.map((n) => (
          <label key={n} className="scale-option">
            <input type="radio" name={id} checked={value === n} onChange={() => onChange(n)} />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p className="hint">{t('room.evaluation.scale')}</p>
    </fieldset>
  );
}
