import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseGiverHeard, EVALUATION_MEANS } from '../../../../core/reports/build';
import { currentLocale } from '../../../lib/i18n';
import { caseGiverLine, isChair, nameOf } from '../derive';
import { useRoom } from '../room-context';
import { SPACE } from '../views/glyphs';
import { EarlierCases } from './Cases';

/** What the meeting produced: case, decision, actions, evaluation averages, shared learning points. */
export function Summary() {
  const { t } = useTranslation();
  const { view, me, send, meetingId, demo } = useRoom();
  const lang = currentLocale();
  const evals = view.evaluations;
  const number = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const mean = (values: number[]) =>
    values.length ? number.format(values.reduce((a, b) => a + b, 0) / values.length) : '–';
  // The case-giver's own score, shown as theirs and never averaged with anything (LIFE-9).
  const heard = caseGiverHeard(view);
  // The second case-giver of a pair says it for themselves (PAIR-4), also never averaged.
  const coHeard = view.roles.coCaseGiver
    ? view.evaluations.find((e) => e.userId === view.roles.coCaseGiver)?.heard
    : null;
  const isGuest = view.participants.some((p) => p.userId === me && p.guest);
  const shared = view.learningPoints.filter((p) => p.shared || p.authorId === me);
  return (
    <div className="room-stage">
      <header className="phase-header">
        <p className="phase-step">{t(view.stage === 'ended' ? 'room.stage.ended' : 'room.stage.summary')}</p>
        <h1 className="phase-title">{t('room.summary.title')}</h1>
      </header>
      <EarlierCases />
      <section className="card">
        <h2>{t('room.summary.case')}</h2>
        <p>{caseGiverLine(view, view.roles, t)}</p>
        {view.method && <p>{t('room.lobby.method', { name: view.method.names[lang] })}</p>}
        {view.caseQuestion && <p>{view.caseQuestion}</p>}
        {heard !== null && (
          <p data-testid="heard">
            {t('room.summary.heard', {
              score: number.format(heard),
              name: nameOf(view, view.roles.caseGiver),
            })}
          </p>
        )}
        {coHeard != null && (
          <p data-testid="co-heard">
            {t('room.summary.heard', {
              score: number.format(coHeard),
              name: nameOf(view, view.roles.coCaseGiver),
            })}
          </p>
        )}
      </section>
      {view.decision && (
        <section className="card">
          <h2>{t('room.decision.chosen')}</h2>
          <p>{view.decision.text}</p>
          <ul>
            {view.decision.actions.map((a) => (
              <li key={a.text}>{a.text}</li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <h2>{t('room.summary.evaluation', { count: evals.length })}</h2>
        <dl className="score-list">
          {EVALUATION_MEANS.map((q) => (
            <Fragment key={q}>
              <dt>{t(`room.evaluation.q.${q}`)}</dt>
              <dd>{mean(evals.map((e) => e[q]))}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      {shared.length > 0 && (
        <section className="card">
          <h2>{t('room.learning.title')}</h2>
          <ul>
            {shared.map((p) => (
              <li key={p.id}>
                {p.text}
                {SPACE}
                <span className="muted">
                  — {p.authorId === me ? t('room.learning.yours') : nameOf(view, p.authorId)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions">
        {/* A demo keeps nothing, so there is no report; guests never read one (the server refuses them). */}
        {demo ? (
          <DemoEnd ended={view.stage === 'ended'} onFinish={() => send({ type: 'markReady' })} />
        ) : isGuest ? (
          <p className="muted">{t('room.summary.guestNoReport')}</p>
        ) : (
          <Link className="btn" to={`/meetings/${meetingId}/report`}>
            {t('room.summary.report')}
          </Link>
        )}
        {isChair(view, me) && view.stage !== 'ended' && (
          <button type="button" className="btn btn-primary" onClick={() => send({ type: 'endMeeting' })}>
            {t('room.chair.endYes')}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * The end of a demo: the visitor finishes it (the simulated chair ends the meeting when they are ready);
 * then nothing is kept, and they can try another or make an account for a real meeting (DEMO-1).
 */
function DemoEnd({ ended, onFinish }: { ended: boolean; onFinish: () => void }) {
  const { t } = useTranslation();
  if (!ended) {
    return (
      <button type="button" className="btn btn-primary" onClick={onFinish}>
        {t('demo.finish')}
      </button>
    );
  }
  return (
    <>
      <p className="muted">{t('demo.endedNote')}</p>
      <Link className="btn" to="/demo">
        {t('demo.again')}
      </Link>
      <Link className="btn btn-primary" to="/sign-up">
        {t('demo.signUp')}
      </Link>
    </>
  );
}
