import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseNumber, earlierCases } from '../../../../core/meeting/cases';
import type { CaseRecord, MeetingView } from '../../../../core/meeting/types';
import { currentLocale } from '../../../lib/i18n';
import { caseGiverLine, isChair } from '../derive';
import { useRoom } from '../room-context';

/**
 * "Casus 2" in a meeting of several cases (CASES-2), on phones, the laptop and the projector. Without a
 * total: while the meeting runs, nobody knows yet whether the chair will start another case.
 */
export function CaseBadge({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  const number = caseNumber(view);
  if (number === 1) return null;
  return (
    <p className="case-badge" data-testid="case-number">
      {t('room.cases.current', { number })}
    </p>
  );
}

/** The chair starts the next case once the decision is recorded (CASES-1); the evaluation waits for the last. */
export function NextCaseButton() {
  const { t } = useTranslation();
  const { view, me, send } = useRoom();
  if (!isChair(view, me) || !view.decision) return null;
  return (
    <div className="next-case">
      <button type="button" className="btn" onClick={() => send({ type: 'startNextCase' })}>
        {t('room.cases.next')}
      </button>
      <p className="hint">{t('room.cases.nextHint')}</p>
    </div>
  );
}

/** The cases before the last, as the summary shows them: who gave it, the question, the decision, the report. */
export function EarlierCases() {
  const { t } = useTranslation();
  const { view } = useRoom();
  const cases = earlierCases(view);
  if (cases.length === 0) return null;
  return (
    <section className="card" aria-labelledby="earlier-cases">
      <h2 id="earlier-cases">{t('room.cases.earlier')}</h2>
      {cases.map((record, i) => (
        <EarlierCase key={record.chosenPitchId ?? i} record={record} number={i + 1} view={view} />
      ))}
    </section>
  );
}

function EarlierCase({ record, number, view }: { record: CaseRecord; number: number; view: MeetingView }) {
  const { t } = useTranslation();
  const { meetingId } = useRoom();
  const lang = currentLocale();
  const count = caseNumber(view);
  return (
    <article className="earlier-case" data-testid={`case-${number}`}>
      <h3 className="earlier-case-title">{t('room.cases.badge', { number, count })}</h3>
      <p>
        {caseGiverLine(view, { caseGiver: record.caseGiver, coCaseGiver: record.coCaseGiver ?? null }, t)}
      </p>
      {record.method && <p>{t('room.lobby.method', { name: record.method.names[lang] })}</p>}
      {record.caseQuestion && <p>{record.caseQuestion}</p>}
      {record.decision && (
        <p>
          <strong>{t('room.decision.chosen')}</strong> {record.decision.text}
        </p>
      )}
      {view.stage === 'ended' && (
        <Link to={`/meetings/${meetingId}/report?case=${number}`}>{t('room.cases.report', { number })}</Link>
      )}
    </article>
  );
}
