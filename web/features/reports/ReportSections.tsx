import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../../core/i18n/index';
import {
  EVALUATION_MEANS,
  type Item,
  inReaderForm,
  itemDetails,
  type ReportSection,
} from '../../../core/reports/index';
import { currentLocale } from '../../lib/i18n';

/** A narrow translate function: the typed keys of core/i18n, always a string. */
type T = (key: MessageKey, vars?: Record<string, string | number>) => string;
type Of<K extends ReportSection['kind']> = Extract<ReportSection, { kind: K }>;

const byline = (t: T, i: Pick<Item, 'text' | 'author'>) =>
  i.author ? t('reports.byline', { text: i.text, name: i.author }) : i.text;

function Items({ items, t }: { items: Item[]; t: T }) {
  return (
    <ul className="report-list">
      {items.map((i, n) => (
        // Texts may repeat; the position is what identifies an item in a finished report.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list
        <li key={n}>
          {byline(t, i)}
          <Details lines={itemDetails(t, i)} />
        </li>
      ))}
    </ul>
  );
}

function Details({ lines }: { lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <ul className="report-details">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}

/** One renderer per section kind; each returns the section body under its heading. */
const RENDER: { [K in ReportSection['kind']]: (s: Of<K>, t: T) => { title: string; body: ReactNode } } = {
  question: (s, t) => ({
    title: t('reports.section.question'),
    body: <p className="report-question">{s.text}</p>,
  }),
  situation: (s, t) => ({ title: t('reports.section.situation'), body: <Items items={s.items} t={t} /> }),
  questions: (s, t) => ({
    title: t('reports.section.questions'),
    body: (
      <ul className="report-list">
        {s.items.map((q, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static list
          <li key={n}>
            {byline(t, q)}
            <Details
              lines={[
                q.answer ? t('reports.answer', { text: q.answer }) : t('reports.noAnswer'),
                ...(q.rating === null ? [] : [t('reports.rating', { rating: q.rating })]),
              ]}
            />
          </li>
        ))}
      </ul>
    ),
  }),
  forces: (s, t) => ({
    title: t('reports.section.forces'),
    body: (['driving', 'restraining'] as const).map((direction) => {
      const list = s.items.filter((f) => f.direction === direction);
      if (list.length === 0) return null;
      return (
        <section key={direction}>
          <h3>{t(`meeting.forceDirections.${direction}`)}</h3>
          <ul className="report-list">
            {list.map((f, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <li key={n}>
                {byline(t, f)}
                <Details
                  lines={[
                    f.mean === null
                      ? t('reports.force.unweighed')
                      : t('reports.force.weighed', { mean: f.mean, count: f.count }),
                    ...(f.inReach ? [] : [t('reports.force.outOfReach')]),
                    ...(f.also ? [t('reports.force.also', { texts: f.also.join('; ') })] : []),
                  ]}
                />
              </li>
            ))}
          </ul>
        </section>
      );
    }),
  }),
  dilts: (s, t) => ({
    title: t('reports.section.dilts'),
    body: s.levels.map((l) => (
      <section key={l.level}>
        <h3>
          {t(`room.dilts.level.${l.level}`)}
          <span className="muted report-tally">{t('reports.tally', { count: l.statements.length })}</span>
          {l.chosen && <span className="chip chip-strong">{t('reports.chosen')}</span>}
        </h3>
        {l.statements.length > 0 && <Items items={l.statements} t={t} />}
      </section>
    )),
  }),
  profile: (s, t) => ({
    title: t('reports.section.profile'),
    body: (['both', 'onlySelf', 'onlyOthers'] as const).map((column) => (
      <section key={column}>
        <h3>{t(`room.profile.${column}`)}</h3>
        {s[column].length === 0 ? (
          <p className="muted">{t('room.profile.empty')}</p>
        ) : (
          <Items
            items={s[column].map((p) => ({
              text: `${t(`room.kind.${p.kind}`)}: ${p.text}${p.also ? ` (${t('reports.profileAlso', { texts: p.also.join('; ') })})` : ''}`,
              author: null,
            }))}
            t={t}
          />
        )}
      </section>
    )),
  }),
  tgi: (s, t) => ({
    title: t('reports.section.tgi'),
    body: (
      <>
        <p className="report-question">
          {s.theme ? t('reports.theme', { text: s.theme }) : t('reports.noTheme')}
        </p>
        {s.factors
          .filter((f) => f.notes.length > 0)
          .map((f) => (
            <section key={f.factor}>
              <h3>{t(`room.tgi.factor.${f.factor}`)}</h3>
              <Items items={f.notes} t={t} />
            </section>
          ))}
      </>
    ),
  }),
  contributions: (s, t) => ({
    title: t(`room.kind.${s.contributionKind}`),
    body: <Items items={s.items} t={t} />,
  }),
  decision: (s, t) => ({
    title: t('reports.section.decision'),
    body: (
      <>
        <p>{s.text}</p>
        <h3>{t('reports.actions')}</h3>
        {s.actions.length === 0 ? (
          <p className="muted">{t('reports.noActions')}</p>
        ) : (
          <ul className="report-list">
            {s.actions.map((a, n) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: static list
              <li key={n}>
                {a.text}
                <Details
                  lines={[
                    ...(a.owner ? [t('reports.owner', { name: a.owner })] : []),
                    ...(a.due ? [t('reports.due', { date: a.due })] : []),
                  ]}
                />
              </li>
            ))}
          </ul>
        )}
      </>
    ),
  }),
  evaluation: (s, t) => ({
    title: t('reports.section.evaluation'),
    body: (
      <>
        {s.heard !== null && <p>{t('reports.evaluation.heard', { score: s.heard })}</p>}
        {s.coHeard !== undefined && <p>{t('reports.evaluation.coHeard', { score: s.coHeard })}</p>}
        <p>{t('reports.evaluation.count', { count: s.count })}</p>
        <ul className="report-list">
          {EVALUATION_MEANS.map((q) => {
            const score = s[q];
            if (score === null) return null;
            const label = t(`room.evaluation.q.${q}`);
            return <li key={q}>{t('reports.evaluation.score', { label, score })}</li>;
          })}
        </ul>
      </>
    ),
  }),
  learningPoints: (s, t) => ({
    title: t('reports.section.learningPoints'),
    body: (
      <ul className="report-list">
        {s.items.map((l, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: static list
          <li key={n} className={l.mine ? 'report-mine' : undefined}>
            {l.text}
            <Details
              lines={[
                l.mine
                  ? t(l.shared ? 'reports.learning.mineShared' : 'reports.learning.mine')
                  : t('reports.learning.shared', { name: l.author ?? t('reports.unknownPerson') }),
              ]}
            />
          </li>
        ))}
      </ul>
    ),
  }),
};

/** The report's sections, each a titled card, in the order the builder gives them. */
export function ReportSections({ sections }: { sections: ReportSection[] }) {
  const { t: translate } = useTranslation();
  const locale = currentLocale();
  const t: T = (key, vars) => String(translate(key as never, (vars && inReaderForm(locale, vars)) as never));
  return sections.map((section, n) => {
    const render = RENDER[section.kind] as (s: ReportSection, t: T) => { title: string; body: ReactNode };
    const { title, body } = render(section, t);
    const id = `report-section-${n}`;
    return (
      <section key={id} className="card report-section" aria-labelledby={id}>
        <h2 id={id}>{title}</h2>
        {body}
      </section>
    );
  });
}
