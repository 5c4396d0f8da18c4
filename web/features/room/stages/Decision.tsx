import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCaseGiver } from '../../../../core/meeting/case-givers';
import { caseGiverNames, isChair } from '../derive';
import { chosenActions, offerChosen } from '../material';
import { useRoom } from '../room-context';
import { useDraft } from '../use-room';
import { LiveCountdown } from '../views/Countdown';
import { PhaseHeader } from '../views/PhaseHeader';
import { CaseQuestion } from './CaseQuestion';
import { NextCaseButton } from './Cases';
import { isStage, NextButton } from './NextButton';

/** The case-giver says what they take with them and which actions they will take; everyone sees it. */
export function Decision() {
  const { t } = useTranslation();
  const { view, me, room } = useRoom();
  const mine = isCaseGiver(view, me);
  return (
    <div className="room-stage">
      <PhaseHeader
        step={t('room.stage.decision')}
        title={t('room.decision.title')}
        instructions={t('room.decision.instructions')}
        yourPart={
          mine
            ? t('room.decision.youCaseGiver')
            : t(view.roles.coCaseGiver ? 'room.decision.youListenPair' : 'room.decision.youListen', {
                name: caseGiverNames(view, t),
              })
        }
        timer={<LiveCountdown deadline={view.deadline} offsetMs={room.offsetMs} />}
      />
      <CaseQuestion />
      <DecisionBoard />
      {isChair(view, me) && (
        <div className="actions">
          <NextButton expected={isStage('evaluation')} label={t('room.decision.toEvaluation')} />
        </div>
      )}
    </div>
  );
}

/** The recorded decision and the case-giver's form: the decision stage, or the method's own decision phase (FRAME-2). */
export function DecisionBoard() {
  const { t } = useTranslation();
  const { view, me, send, meetingId } = useRoom();
  // The pair records one decision together (PAIR-3): either of them writes it.
  const mine = isCaseGiver(view, me);
  const [text, setText, clearText] = useDraft(meetingId, 'decision');
  const [actionsText, setActionsText, clearActions] = useDraft(meetingId, 'actions');
  const [error, setError] = useState(false);
  // What the case-giver chose in the method's phases travels on: it stands ready as the first actions,
  // and what is chosen later (in the decision phase itself) is added below. Text already in the box on
  // arrival (a reload) counts as offered, so nothing the case-giver removed comes back.
  const chosen = chosenActions(view);
  const offer = mine && !view.decision;
  const offered = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!offer) return;
    if (offered.current === null) offered.current = new Set(actionsText ? chosen : []);
    const next = offerChosen(actionsText, chosen, offered.current);
    if (next !== actionsText) setActionsText(next);
  }, [offer, actionsText, chosen, setActionsText]);
  return (
    <>
      {view.decision && (
        <section className="card" data-testid="decision">
          <h2>{t('room.decision.chosen')}</h2>
          <p>{view.decision.text}</p>
          {view.decision.actions.length > 0 && (
            <>
              <h3>{t('room.decision.actions')}</h3>
              <ul>
                {view.decision.actions.map((a) => (
                  <li key={a.text}>{a.text}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {mine && (
        <form
          className="form card"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return setError(true);
            const actions = actionsText
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .map((line) => ({ text: line.slice(0, 500) }));
            send({ type: 'recordDecision', text: text.trim(), actions });
            clearText();
            clearActions();
            setError(false);
          }}
        >
          <div className="field">
            <label htmlFor="decision-text">{t('room.decision.what')}</label>
            <textarea
              id="decision-text"
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              aria-invalid={error || undefined}
            />
          </div>
          <div className="field">
            <label htmlFor="decision-actions">{t('room.decision.actionsLabel')}</label>
            <textarea
              id="decision-actions"
              rows={3}
              value={actionsText}
              onChange={(e) => setActionsText(e.target.value)}
              aria-describedby="decision-actions-hint"
            />
            <p className="hint" id="decision-actions-hint">
              {t('room.decision.actionsHint')}
            </p>
          </div>
          <button type="submit" className="btn btn-primary">
            {t('room.decision.save')}
          </button>
        </form>
      )}
      <NextCaseButton />
    </>
  );
}
