import { formatDay, formatNumber } from '../i18n/format';
import { type Locale, type MessageKey, translate } from '../i18n/index';
import { EVALUATION_MEANS, type Item, type Report, type ReportSection } from './build';

/** A translated line of a report, for renderers that only lay text out (Markdown, PDF). */
export type Block =
  | { type: 'title'; text: string }
  | { type: 'meta'; label: string; text: string }
  | { type: 'heading'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'item'; text: string; detail: string[] };

/** Facts the report's header needs beyond the meeting's own log. */
export type ReportMeta = { groupName: string; date: string };

type T = (key: MessageKey, vars?: Record<string, string | number>) => string;
type SectionOf<K extends ReportSection['kind']> = Extract<ReportSection, { kind: K }>;

const byline = (t: T, item: Pick<Item, 'text' | 'author'>) =>
  item.author ? t('reports.byline', { text: item.text, name: item.author }) : item.text;
/** The case-giver's score and choice of an item, as lines under it. */
export function itemDetails(t: T, item: Item): string[] {
  const lines: string[] = [];
  if (item.rating !== undefined) lines.push(t('reports.rating', { rating: item.rating }));
  if (item.chosen) lines.push(t('reports.chosen'));
  return lines;
}
const items = (t: T, list: Item[]): Block[] =>
  list.map((i) => ({ type: 'item', text: byline(t, i), detail: itemDetails(t, i) }));

/** One renderer per section kind: what a reader of the Markdown or PDF sees of it. */
const SECTION_BLOCKS: { [K in ReportSection['kind']]: (t: T, s: SectionOf<K>) => Block[] } = {
  question: (t, s) => [heading(t('reports.section.question')), { type: 'paragraph', text: s.text }],
  situation: (t, s) => [heading(t('reports.section.situation')), ...items(t, s.items)],
  questions: (t, s) => [
    heading(t('reports.section.questions')),
    ...s.items.map((q): Block => {
      const detail = [q.answer ? t('reports.answer', { text: q.answer }) : t('reports.noAnswer')];
      if (q.rating !== null) detail.push(t('reports.rating', { rating: q.rating }));
      return { type: 'item', text: byline(t, q), detail };
    }),
  ],
  forces: (t, s) => [
    heading(t('reports.section.forces')),
    ...(['driving', 'restraining'] as const).flatMap((direction): Block[] => {
      const list = s.items.filter((f) => f.direction === direction);
      if (list.length === 0) return [];
      return [
        { type: 'subheading', text: t(`meeting.forceDirections.${direction}`) },
        ...list.map((f): Block => {
          const detail = [
            f.mean === null
              ? t('reports.force.unweighed')
              : t('reports.force.weighed', { mean: f.mean, count: f.count }),
          ];
          if (!f.inReach) detail.push(t('reports.force.outOfReach'));
          if (f.also) detail.push(t('reports.force.also', { texts: f.also.join('; ') }));
          return { type: 'item', text: byline(t, f), detail };
        }),
      ];
    }),
  ],
  dilts: (t, s) => [
    heading(t('reports.section.dilts')),
    ...s.levels.flatMap((l): Block[] => [
      {
        type: 'subheading',
        text: `${t(`room.dilts.level.${l.level}`)} — ${t('reports.tally', { count: l.statements.length })}${l.chosen ? ` — ${t('reports.chosen')}` : ''}`,
      },
      ...items(t, l.statements),
    ]),
  ],
  profile: (t, s) => [
    heading(t('reports.section.profile')),
    ...(['both', 'onlySelf', 'onlyOthers'] as const).flatMap((column): Block[] => [
      { type: 'subheading', text: t(`room.profile.${column}`) },
      ...(s[column].length === 0
        ? [{ type: 'paragraph', text: t('room.profile.empty') } as Block]
        : s[column].map(
            (p): Block => ({
              type: 'item',
              text: `${t(`room.kind.${p.kind}`)}: ${p.text}`,
              detail: p.also ? [t('reports.profileAlso', { texts: p.also.join('; ') })] : [],
            }),
          )),
    ]),
  ],
  tgi: (t, s) => [
    heading(t('reports.section.tgi')),
    { type: 'paragraph', text: s.theme ? t('reports.theme', { text: s.theme }) : t('reports.noTheme') },
    ...s.factors.flatMap((f): Block[] =>
      f.notes.length
        ? [{ type: 'subheading', text: t(`room.tgi.factor.${f.factor}`) }, ...items(t, f.notes)]
        : [],
    ),
  ],
  contributions: (t, s) => [heading(t(`room.kind.${s.contributionKind}`)), ...items(t, s.items)],
  decision: (t, s) => [
    heading(t('reports.section.decision')),
    { type: 'paragraph', text: s.text },
    { type: 'subheading', text: t('reports.actions') },
    ...(s.actions.length === 0
      ? [{ type: 'paragraph', text: t('reports.noActions') } as Block]
      : s.actions.map((a): Block => {
          const detail = a.owner ? [t('reports.owner', { name: a.owner })] : [];
          if (a.due) detail.push(t('reports.due', { date: a.due }));
          return { type: 'item', text: a.text, detail };
        })),
  ],
  evaluation: (t, s) => [
    heading(t('reports.section.evaluation')),
    ...(s.heard === null
      ? []
      : [{ type: 'paragraph', text: t('reports.evaluation.heard', { score: s.heard }) } as Block]),
    ...(s.coHeard === undefined
      ? []
      : [{ type: 'paragraph', text: t('reports.evaluation.coHeard', { score: s.coHeard }) } as Block]),
    { type: 'paragraph', text: t('reports.evaluation.count', { count: s.count }) },
    ...EVALUATION_MEANS.flatMap((q): Block[] => {
      const score = s[q];
      if (score === null) return [];
      const label = t(`room.evaluation.q.${q}`);
      return [{ type: 'item', text: t('reports.evaluation.score', { label, score }), detail: [] }];
    }),
  ],
  learningPoints: (t, s) => [
    heading(t('reports.section.learningPoints')),
    ...s.items.map((l): Block => {
      const who = l.mine
        ? t(l.shared ? 'reports.learning.mineShared' : 'reports.learning.mine')
        : t('reports.learning.shared', { name: l.author ?? t('reports.unknownPerson') });
      return { type: 'item', text: l.text, detail: [who] };
    }),
  ],
};

function heading(text: string): Block {
  return { type: 'heading', text };
}

/** Scores, means and dates as the reader writes them; `count` stays a number for the plural rules. */
export function inReaderForm(
  locale: Locale,
  vars: Record<string, string | number>,
): Record<string, string | number> {
  const out: Record<string, string | number> = { ...vars };
  for (const key of ['mean', 'score', 'rating'] as const) {
    const value = vars[key];
    if (typeof value === 'number') out[key] = formatNumber(locale, value);
  }
  if (typeof vars.date === 'string') out.date = formatDay(locale, vars.date);
  return out;
}

/** The case-giver, or both of a pair (PAIR-1), for the header. */
export function caseGiverNames(t: T, report: Pick<Report, 'caseGiver' | 'coCaseGiver'>): string {
  if (!report.caseGiver) return t('reports.meta.noCaseGiver');
  if (!report.coCaseGiver) return report.caseGiver;
  return t('reports.meta.caseGiverPair', { first: report.caseGiver, second: report.coCaseGiver });
}

/** The report as translated blocks in reading order: title, header facts, then every section. */
export function reportBlocks(report: Report, meta: ReportMeta, locale: Locale): Block[] {
  const t: T = (key, vars) => translate(locale, key, vars && inReaderForm(locale, vars));
  const blocks: Block[] = [
    { type: 'title', text: t('reports.title') },
    { type: 'meta', label: t('reports.meta.group'), text: meta.groupName },
    { type: 'meta', label: t('reports.meta.date'), text: formatDay(locale, meta.date) },
    {
      type: 'meta',
      label: t('reports.meta.method'),
      text: report.method ? report.method.names[locale] : t('reports.meta.noMethod'),
    },
    {
      type: 'meta',
      label: t('reports.meta.caseGiver'),
      text: caseGiverNames(t, report),
    },
  ];
  if (!report.ended) blocks.push({ type: 'paragraph', text: t('reports.running') });
  if (report.sections.length === 0) blocks.push({ type: 'paragraph', text: t('reports.empty') });
  for (const section of report.sections) {
    const render = SECTION_BLOCKS[section.kind] as (t: T, s: ReportSection) => Block[];
    blocks.push(...render(t, section));
  }
  return blocks;
}
