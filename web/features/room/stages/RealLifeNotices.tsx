import { useTranslation } from 'react-i18next';
import type { Contribution } from '../../../../core/meeting/types';
import { nameOf } from '../derive';
import { useRoom } from '../room-context';

/** What a person must know in a phase: the clock stands still, someone has the floor, their text was hidden. */
export function RealLifeNotices({
  phaseId,
  rawContributions,
}: {
  phaseId: string;
  /** The view's contributions before the screens leave out what the chair hid. */
  rawContributions: readonly Contribution[];
}) {
  const { t } = useTranslation();
  const { view, me } = useRoom();
  const floor = view.turn?.floor ?? null;
  const mine = rawContributions.filter(
    (c) => c.phaseId === phaseId && c.hidden === true && c.authorId === me,
  );
  return (
    <>
      {view.pausedAt !== null && (
        <p className="notice" role="status">
          {t('room.life.pausedNotice')}
        </p>
      )}
      {floor && (
        <p className="notice" role="status">
          {floor === me ? t('room.life.floorYou') : t('room.life.floorOf', { name: nameOf(view, floor) })}
        </p>
      )}
      {mine.map((c) => (
        <p key={c.id} className="notice notice-error">
          {t('room.life.hiddenMine', { text: c.text })}
        </p>
      ))}
    </>
  );
}
