import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../../lib/i18n';
import { isChair, nameOf } from '../derive';
import { useRoom } from '../room-context';
import { SPACE } from '../views/glyphs';

/** What the meeting produced: case, decision, actions, evaluation averages, shared learning points. */
export function Summary() {
  const { t } = useTranslation();
  const { view, me, send, meetingId } = useRoom();
  const lang = currentLocale();
  const evals = view.evaluations;
  const mean = (pick: (e: (typeof evals)[number]) => number | null) => {
    const values = evals.map(pick).filter((v): v is number => typeof v === 'number');
    return values.length
      ? new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(
          values.reduce((a, b) => a + b, 0) / values.length,
        )
      : '–';
  };
  const isGuest = view.participants.some((p) => p.userId === me && p.guest);
  const shared = view.learningPoints.filter((p) => p.shared || p.authorId === me);
  return (
    <div className="room-stage">
      <header className="phase-header">
        <p className="phase-step">{t(view.stage === 'ended' ? 'room.stage.ended' : 'room.stage.summary')}</p>
        <h1 className="phase-title">{t('room.summary.title')}</h1>
      </header>
      <section className="card">
        <h2>{t('room.summary.case')}</h2>
        <p>{t('room.casting.caseGiver', { name: nameOf(view, view.roles.caseGiver) })}</p>
        {view.method && <p>{t('room.lobby.method', { name: view.method.names[lang] })}</p>}
        {view.caseQuestion && <p>{view.caseQuestion}</p>}
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
          <dt>{t('room.evaluation.q.heard')}</dt>
          <dd>{mean((e) => e.heard)}</dd>
          <dt>{t('room.evaluation.q.perspectives')}</dt>
          <dd>{mean((e) => e.perspectives)}</dd>
          <dt>{t('room.evaluation.q.method')}</dt>
          <dd>{mean((e) => e.method)}</dd>
          <dt>{t('room.evaluation.q.cooperation')}</dt>
          <dd>{mean((e) => e.cooperation)}</dd>
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
        {/* Guests never read a report (the server refuses them), so they get no link that ends at sign-in. */}
        {isGuest ? (
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
