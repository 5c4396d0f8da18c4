import { useTranslation } from 'react-i18next';
import { SPACE } from './glyphs';
import type { ProfileComparisonData, ProfileItem } from './model';

const COLUMNS = [
  { key: 'both', title: 'room.profile.both', hint: 'room.profile.bothHint', mark: '◆' },
  { key: 'onlySelf', title: 'room.profile.onlySelf', hint: 'room.profile.onlySelfHint', mark: '◐' },
  { key: 'onlyOthers', title: 'room.profile.onlyOthers', hint: 'room.profile.onlyOthersHint', mark: '◑' },
] as const;

/**
 * The case-giver's self-image beside the others' image, Johari-style: what both see, what only the case-giver
 * sees, what only the others see. Each column has a heading and a shape mark, so it never relies on colour.
 */
export function ProfileComparison({
  data,
  caseGiverName,
}: {
  data: ProfileComparisonData;
  caseGiverName?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="profile-compare" aria-label={t('room.profile.title')}>
      {caseGiverName && <p className="muted">{t('room.profile.lead', { name: caseGiverName })}</p>}
      <div className="profile-columns">
        {COLUMNS.map((col) => (
          <Column
            key={col.key}
            title={t(col.title)}
            hint={t(col.hint)}
            mark={col.mark}
            items={data[col.key]}
          />
        ))}
      </div>
    </section>
  );
}

function Column({
  title,
  hint,
  mark,
  items,
}: {
  title: string;
  hint: string;
  mark: string;
  items: ProfileItem[];
}) {
  const { t } = useTranslation();
  return (
    <section className="profile-column" data-testid="profile-column">
      <h3>
        <span aria-hidden="true" className="profile-mark">
          {mark}
        </span>
        {SPACE}
        {title}
      </h3>
      <p className="hint">{hint}</p>
      {items.length === 0 ? (
        <p className="muted">{t('room.profile.empty')}</p>
      ) : (
        <ul className="profile-items">
          {items.map((item) => (
            <li key={item.id}>
              {item.category && (
                <span className="chip">{t(`room.kind.${item.category}` as 'room.kind.quality')}</span>
              )}
              {SPACE}
              {item.text}
              {item.also?.length ? (
                <span className="muted"> ({t('room.profile.also', { texts: item.also.join('; ') })})</span>
              ) : null}
              {item.authorName && <span className="muted"> — {item.authorName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
