import { useContext, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RoomContext } from '../room-context';
import { useDraft } from '../use-room';
import { formatMean } from './ForceField';
import { REVEAL, SPACE } from './glyphs';
import { isDiltsLevel, isTgiFactor, type QuestionItem } from './model';

const STARS = [1, 2, 3, 4, 5];

/**
 * Questions (or other contributions) in the order they came, with the case-giver's answer and rating.
 * The case-giver gets an answer box and a 1–5 rating per question when the phase allows it.
 */
export function QuestionList({
  items,
  canAnswer,
  canRate,
  canChoose,
  onAnswer,
  onRate,
  onChoose,
  emptyText,
}: {
  items: QuestionItem[];
  canAnswer?: boolean;
  canRate?: boolean;
  canChoose?: boolean;
  onAnswer?: (id: string, answer: string) => void;
  onRate?: (id: string, rating: number) => void;
  onChoose?: (id: string, chosen: boolean) => void;
  emptyText?: string;
}) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="muted">{emptyText ?? t('room.contrib.empty')}</p>;
  return (
    <ol className="contributions" data-testid="contributions">
      {items.map((q) => (
        <li key={q.id} className={q.pending ? 'is-pending' : q.chosen ? 'is-chosen' : undefined}>
          <p className="contribution-text">{q.text}</p>
          <p className="contribution-meta">
            {q.authorName && <span>{q.authorName}</span>}
            {q.notedBy && <span className="noted-by">{t('room.talk.notedBy', { name: q.notedBy })}</span>}
            {q.tag && <TagChip tag={q.tag} />}
            {q.pending && <span className="chip">{t('room.contrib.sending')}</span>}
            {q.rating ? <span className="chip">{t('room.contrib.rated', { rating: q.rating })}</span> : null}
            {q.weight != null && (
              <span className="chip">
                {t('room.material.weight', { weight: formatMean(q.weight, i18n.language) })}
              </span>
            )}
            {q.chosen && <span className="chip chip-strong">{t('room.material.chosen')}</span>}
          </p>
          {q.answer && (
            <p className="contribution-answer">
              <span className="answer-label">{t('room.contrib.answer')}</span> {q.answer}
            </p>
          )}
          {canAnswer && !q.pending && onAnswer && <AnswerBox item={q} onAnswer={onAnswer} />}
          {canRate && !q.pending && onRate && <Rating item={q} onRate={onRate} />}
          {canChoose && !q.pending && onChoose && (
            <button
              type="button"
              className={`btn btn-small${q.chosen ? ' is-on' : ''}`}
              aria-pressed={q.chosen === true}
              aria-label={t('room.material.chooseLabel', { item: q.text })}
              onClick={() => onChoose(q.id, !q.chosen)}
            >
              {t('room.material.choose')}
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The level or factor a contribution was tagged with, in words. */
export function TagChip({ tag }: { tag: string }) {
  const { t } = useTranslation();
  if (isDiltsLevel(tag)) return <span className="chip">{t(`room.dilts.level.${tag}`)}</span>;
  if (isTgiFactor(tag)) return <span className="chip">{t(`room.tgi.factor.${tag}`)}</span>;
  return null;
}

function AnswerBox({ item, onAnswer }: { item: QuestionItem; onAnswer: (id: string, a: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  // Kept per question like the larger boxes' drafts, so a reload or a dropped connection loses no answer.
  const meetingId = useContext(RoomContext)?.meetingId ?? '';
  const [text, setText, clear] = useDraft(meetingId, `answer:${item.id}`);
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAnswer(item.id, text.trim());
        clear();
      }}
    >
      <label htmlFor={id} className="sr-only">
        {t('room.contrib.answerLabel', { question: item.text })}
      </label>
      <input
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={item.answer ? t('room.contrib.answerMore') : t('room.contrib.answerPlaceholder')}
        maxLength={2000}
      />
      <button type="submit" className="btn">
        {t('room.contrib.answerSend')}
      </button>
    </form>
  );
}

function Rating({ item, onRate }: { item: QuestionItem; onRate: (id: string, r: number) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="rating">
      <legend className="sr-only">{t('room.contrib.rateLabel', { question: item.text })}</legend>
      <span aria-hidden="true" className="hint">
        {t('room.contrib.rate')}
      </span>
      {STARS.map((n) => (
        <button
          key={n}
          type="button"
          className={`btn btn-small${item.rating === n ? ' is-on' : ''}`}
          aria-pressed={item.rating === n}
          aria-label={t('room.contrib.rateValue', { rating: n })}
          onClick={() => onRate(item.id, n)}
        >
          {n}
        </button>
      ))}
    </fieldset>
  );
}

/**
 * Private writing before the reveal: what I wrote, how many notes there are and how many writers said
 * they are done — never what others wrote, nor who wrote how much (hidden notes carry no author).
 */
export function PrivateWritingStatus({
  mine,
  notes,
  ready,
  total,
  revealed,
  writer = true,
  onReady,
}: {
  mine: QuestionItem[];
  notes: number;
  /** Writers who marked themselves done. */
  ready: number;
  total: number;
  revealed: boolean;
  /** False for whoever does not write in this phase (the case-giver while helpers write). */
  writer?: boolean;
  /** For a writer: whether they are done now, and how to say otherwise. */
  onReady?: { done: boolean; set(done: boolean): void } | undefined;
}) {
  const { t } = useTranslation();
  if (revealed) {
    return (
      <p className="reveal-banner" role="status">
        <span aria-hidden="true">{REVEAL}</span> {t('room.private.revealed')}
      </p>
    );
  }
  return (
    <div className="private-box">
      <p>
        <LockIcon />
        {SPACE}
        {t(writer ? 'room.private.explain' : 'room.private.othersWrite')}
      </p>
      <p className="muted" data-testid="private-progress">
        {t('room.private.notes', { count: notes })}
        {SPACE}
        {t('room.private.ready', { count: ready, total })}
      </p>
      {writer && onReady && (
        <button
          type="button"
          className="btn"
          aria-pressed={onReady.done}
          onClick={() => onReady.set(!onReady.done)}
        >
          {t(onReady.done ? 'room.private.notDone' : 'room.private.done')}
        </button>
      )}
      {mine.length > 0 && (
        <>
          <h3>{t('room.private.mine')}</h3>
          <QuestionList items={mine} />
        </>
      )}
    </div>
  );
}

/** A padlock drawn inline, so it shows the same everywhere (an emoji needs an emoji font). */
function LockIcon() {
  return (
    <svg
      className="lock-icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="3" y="7" width="10" height="8" rx="1.5" fill="currentColor" />
      <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}
