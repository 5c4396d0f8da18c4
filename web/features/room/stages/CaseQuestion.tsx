import { useTranslation } from 'react-i18next';
import { isCaseGiver } from '../../../../core/meeting/case-givers';
import { useRoom } from '../room-context';
import { useDraft } from '../use-room';

/** The case-giver's question, set by the case-giver and shown to everyone. */
export function CaseQuestion() {
  const { t } = useTranslation();
  const { view, me, send, meetingId } = useRoom();
  const [text, setText, clear] = useDraft(meetingId, 'caseQuestion');
  const mine = isCaseGiver(view, me);
  return (
    <section className="case-question">
      {view.caseQuestion && (
        <p className="case-question-text">
          <span className="answer-label">{t('room.case.question')}</span> {view.caseQuestion}
        </p>
      )}
      {mine && (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            send({ type: 'setCaseQuestion', text: text.trim() });
            clear();
          }}
        >
          <label htmlFor="case-question">{t('room.case.yourQuestion')}</label>
          <input
            id="case-question"
            value={text}
            maxLength={2000}
            aria-describedby="case-question-hint"
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="btn">
            {t('room.case.save')}
          </button>
          <p className="hint" id="case-question-hint">
            {t('room.case.questionHint')}
          </p>
        </form>
      )}
    </section>
  );
}
