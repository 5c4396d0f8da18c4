import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from './model';

/** For the chair in a round or stick phase: give someone the floor out of turn, or take it back (LIFE-6). */
export function FloorControl({
  people,
  floor,
  onGive,
}: {
  /** Everyone in the turn order but the holder. */
  people: Person[];
  /** Who has the floor now, or null. */
  floor: Person | null;
  onGive(userId: string | null): void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState('');
  const id = useId();
  return (
    <section className="chair-extra" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="chair-extra-h">
        {t('room.life.floorTitle')}
      </h3>
      {floor ? (
        <div className="row">
          <p>{t('room.life.floorOf', { name: floor.name })}</p>
          <button type="button" className="btn" onClick={() => onGive(null)}>
            {t('room.life.floorBack')}
          </button>
        </div>
      ) : (
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return;
            onGive(chosen);
            setChosen('');
          }}
        >
          <label htmlFor={`${id}-s`}>{t('room.life.floorLabel')}</label>
          <select id={`${id}-s`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">{t('room.life.floorChoose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button type="submit" className="btn" disabled={!chosen}>
            {t('room.life.floorGive')}
          </button>
        </form>
      )}
    </section>
  );
}
