import { useTranslation } from 'react-i18next';
import { STICK } from './glyphs';
import type { Airtime, Person } from './model';

/**
 * Who holds the stick, who is next, who passed, and each person's share of the speaking so far. Shares are
 * bars with a percentage in text; the holder is marked by an icon and words, not by colour.
 */
export function TalkingStick({
  holder,
  next,
  airtime,
  meId,
}: {
  holder: Person | null;
  next: Person | null;
  airtime: Airtime[];
  meId?: string | null;
}) {
  const { t } = useTranslation();
  return (
    <section className="stick" aria-label={t('room.stick.title')}>
      <p className="stick-holder" data-testid="stick-holder">
        <span aria-hidden="true" className="stick-icon">
          {STICK}
        </span>
        {holder
          ? holder.id === meId
            ? t('room.stick.youHold')
            : t('room.stick.holds', { name: holder.name })
          : t('room.stick.nobody')}
      </p>
      {next && (
        <p className="muted">
          {t('room.stick.next', { name: next.id === meId ? t('room.you') : next.name })}
        </p>
      )}
      <h3 className="sr-only-heading">{t('room.stick.airtime')}</h3>
      <ul className="airtime">
        {airtime.map(({ person, share, turns, passed }) => (
          <li key={person.id} className={person.id === holder?.id ? 'is-holder' : undefined}>
            <span className="airtime-name">
              {person.name}
              {person.id === holder?.id && (
                <span className="chip chip-strong">{t('room.stick.holderChip')}</span>
              )}
              {passed && <span className="chip">{t('room.stick.passed')}</span>}
            </span>
            <span className="airtime-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(share * 100)}%` }} />
            </span>
            <span className="airtime-value">
              {t('room.stick.share', { percent: Math.round(share * 100), turns })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
