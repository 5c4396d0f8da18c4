import { useTranslation } from 'react-i18next';

export type WaitingGuest = { userId: string; name: string };

/**
 * Guests knocking, for the chair wherever the meeting is (LIFE-1): a guest who arrives late is let in or
 * refused from any stage, not only from the lobby.
 */
export function WaitingGuests({
  guests,
  onAdmit,
  onRefuse,
}: {
  guests: readonly WaitingGuest[];
  onAdmit(guest: WaitingGuest): void;
  onRefuse(guest: WaitingGuest): void;
}) {
  const { t } = useTranslation();
  if (guests.length === 0) return null;
  return (
    <section className="card waiting-guests" aria-labelledby="guests-h">
      <h2 id="guests-h">{t('room.guests.waiting')}</h2>
      <ul className="plain-list">
        {guests.map((g) => (
          <li key={g.userId} className="row">
            <span>{g.name}</span>
            <button type="button" className="btn btn-primary" onClick={() => onAdmit(g)}>
              {t('room.guests.admit', { name: g.name })}
            </button>
            <button type="button" className="btn" onClick={() => onRefuse(g)}>
              {t('room.guests.refuse')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
