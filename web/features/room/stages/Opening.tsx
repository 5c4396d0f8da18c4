import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, FollowUp } from '../../../../core/api/groups';
import { typingCheck } from '../../../../core/meeting/deciders/recording';
import { ownParts } from '../../../../core/meeting/plan';
import { OPENING_PHASE_ID } from '../../../../core/meeting/types';
import { api } from '../../../lib/api';
import { ContributeBox } from '../ContributeBox';
import { contributionsOf, isChair, pendingItems, toItem } from '../derive';
import { RecordBox } from '../RecordBox';
import { notesForOthers } from '../recording';
import { useRoom } from '../room-context';
import { LiveCountdown } from '../views/Countdown';
import { SEP } from '../views/glyphs';
import { PhaseHeader } from '../views/PhaseHeader';
import { QuestionList } from '../views/Questions';
import { isStage, NextButton } from './NextButton';
import { SayItHint } from './SayItHint';

/** Check-in round (disturbances first) and the follow-up of earlier actions. */
export function Opening() {
  const { t } = useTranslation();
  const { view, me, meetingId, send, room } = useRoom();
  const checkIns = contributionsOf(view, OPENING_PHASE_ID);
  const items = [
    ...checkIns.map((c) => toItem(view, c)),
    ...pendingItems(
      room.pending,
      ['note'],
      checkIns.filter((c) => c.authorId === me),
    ),
  ];
  return (
    <div className="room-stage">
      <PhaseHeader
        step={t('room.stage.opening')}
        title={t('room.opening.title')}
        instructions={t('room.opening.instructions')}
        rules={[t('room.opening.rule1'), t('room.opening.rule2')]}
        timer={<LiveCountdown deadline={view.deadline} offsetMs={room.offsetMs} />}
      />
      <div className="room-columns">
        <div className="room-main">
          <QuestionList items={items} emptyText={t('room.opening.empty')} />
          <SayItHint />
          {notesForOthers(view, me) && <RecordBox field="opening" kinds={['note']} />}
          {!view.roles.observers.includes(me) && typingCheck(view, me) === null && (
            <ContributeBox
              meetingId={meetingId}
              field="opening"
              kinds={['note']}
              send={send}
              label={t('room.opening.checkIn')}
            />
          )}
          <FollowUpList />
        </div>
        <div className="room-side">{isChair(view, me) && <NextStage />}</div>
      </div>
    </div>
  );
}

/** Open actions from earlier meetings; guests and members without access simply see nothing. */
export function FollowUpList() {
  const { t } = useTranslation();
  const { meetingId } = useRoom();
  const [actions, setActions] = useState<ActionItem[]>([]);
  useEffect(() => {
    api<FollowUp>(`/api/meetings/${meetingId}/follow-up`).then(
      (r) => setActions(r.actions),
      () => setActions([]),
    );
  }, [meetingId]);
  if (actions.length === 0) return null;
  return (
    <section className="card" aria-labelledby="followup-h">
      <h2 id="followup-h">{t('room.opening.followUp')}</h2>
      <p className="hint">{t('room.opening.followUpHint')}</p>
      <ul>
        {actions.map((a) => (
          <li key={a.id}>
            <strong>{a.userName}</strong>
            {SEP}
            {a.text}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The chair moves on to the case inventory (or the method's own case choice), or straight to casting when the case was chosen. */
function NextStage() {
  const { t } = useTranslation();
  const { view, send } = useRoom();
  return (
    <section className="card chair-controls">
      <h2>{t('room.chair.title')}</h2>
      <div className="actions">
        <NextButton expected={isStage('inventory')} label={t('room.opening.toInventory')} />
        {view.roles.caseGiver && !ownParts(view.method).has('casting') && (
          <button type="button" className="btn" onClick={() => send({ type: 'openStage', stage: 'casting' })}>
            {t('room.opening.toCasting')}
          </button>
        )}
      </div>
    </section>
  );
}
