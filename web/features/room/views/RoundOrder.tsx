import { useTranslation } from 'react-i18next';
import type { Person } from './model';

/** A strict round: who spoke, who passed, whose turn it is, who follows. */
export function RoundOrder({
  order,
  currentId,
  done,
  passed,
  meId,
  onPass,
}: {
  order: Person[];
  currentId: string | null;
  done: readonly string[];
  passed: readonly string[];
  meId?: string | null;
  onPass?: () => void;
}) {
  const { t } = useTranslation();
  const state = (id: string) =>
    id === currentId ? 'now' : passed.includes(id) ? 'passed' : done.includes(id) ? 'done' : 'waiting';
  return (
    <section className="round" aria-label={t('room.round.title')}>
      <ol className="round-order">
        {order.map((p) => (
          <li
            key={p.id}
            className={`round-${state(p.id)}`}
            aria-current={p.id === currentId ? 'step' : undefined}
          >
            <span>{p.id === meId ? t('room.youName', { name: p.name }) : p.name}</span>
            <span className="chip">{t(`room.round.state.${state(p.id)}`)}</span>
          </li>
        ))}
      </ol>
      {currentId && currentId === meId && onPass && (
        <div className="round-turn">
          <p>{t('room.round.yourTurn')}</p>
          <button type="button" className="btn" onClick={onPass}>
            {t('room.round.pass')}
          </button>
        </div>
      )}
    </section>
  );
}
