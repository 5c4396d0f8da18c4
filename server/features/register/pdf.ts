import type { Dossier, DossierMeeting, Signature } from '../../../core/api/register';
import { utcToZonedFields } from '../../../core/calendar/zoned-time';
import { formatDay, formatNumber } from '../../../core/i18n/format';
import { type Locale, type MessageKey, translate } from '../../../core/i18n/index';
import { pdfDocument } from '../../http/pdf';
import { registerFonts, say } from '../../http/pdf-fonts';

const MARGIN = 40;
// Date, group, method, roles, minutes, signatures: the columns of the meeting table, in points.
const COLS = [
  [40, 58],
  [100, 100],
  [202, 90],
  [294, 78],
  [374, 52],
  [428, 127],
] as const;

/** The dossier of one person for one period as an A4 PDF carrying its verification code (REG-8). */
export async function dossierPdf(
  dossier: Dossier,
  locale: Locale,
  verification: { code: string; url: string },
  now: Date,
): Promise<Buffer> {
  const t = (k: MessageKey, vars: Record<string, string | number> = {}) => translate(locale, k, vars);
  const num = (n: number) => formatNumber(locale, n);
  const signature = (s: Signature | null) => (s ? `${s.signature} (${s.at.slice(0, 10)})` : '–');
  const { doc, done } = await pdfDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${t('register.pdf.title')} ${dossier.name}` },
  });
  registerFonts(doc);
  say(doc.fontSize(18), t('register.pdf.title'));
  doc.moveDown(0.3).fontSize(10);
  say(doc, `${t('register.pdf.person')}: ${dossier.name}`);
  say(
    doc,
    `${t('register.pdf.period')}: ${formatDay(locale, dossier.from)} – ${formatDay(locale, dossier.to)}`,
  );
  say(doc, `${t('register.pdf.issued')}: ${formatDay(locale, now.toISOString().slice(0, 10))}`);
  say(doc, `${t('register.pdf.code')}: ${verification.code}`, 'bold');
  say(doc, t('register.pdf.verifyAt', { url: verification.url }));
  say(doc.fontSize(8.5).fillColor('#444444'), t('register.pdf.noContent'));
  doc.fillColor('#000000').moveDown();

  say(doc.fontSize(12), t('register.pdf.meetings'), 'bold');
  doc.moveDown(0.3).fontSize(8.5);
  const header = [
    t('register.dossier.date'),
    t('register.dossier.group'),
    t('register.dossier.method'),
    t('register.dossier.role'),
    t('register.dossier.minutes'),
    t('register.dossier.signatures'),
  ];
  row(header, 'bold');
  for (const m of dossier.meetings) row(cells(m), 'regular');
  if (dossier.meetings.length === 0) say(doc, t('register.dossier.none'), 'regular', { x: MARGIN });

  doc.moveDown().fontSize(12);
  say(doc, t('register.pdf.totals'), 'bold', { x: MARGIN });
  doc.fontSize(9.5);
  if (dossier.targets.length === 0) say(doc, t('register.dossier.noTargets'), 'regular', { x: MARGIN });
  for (const target of dossier.targets) {
    const total = dossier.totals[target.id]!;
    doc.moveDown(0.3);
    say(
      doc,
      `${target.name}: ${t('register.dossier.total', { hours: num(total.hours), required: num(total.required), points: num(total.points), count: total.meetings })}`,
      'bold',
      { x: MARGIN },
    );
    say(
      doc,
      `${t('register.targets.source')}: ${target.source} (${formatDay(locale, target.sourceDate)})`,
      'regular',
      {
        x: MARGIN,
      },
    );
  }

  for (const s of dossier.statements) {
    doc.moveDown().fontSize(12);
    say(doc, t('register.statement.title'), 'bold', { x: MARGIN });
    doc.fontSize(9.5);
    say(doc, `${s.trajectoryName} · ${s.groupName}`, 'regular', { x: MARGIN });
    say(doc, s.text, 'regular', { x: MARGIN, width: 515 });
    say(
      doc,
      t('register.statement.signedBy', {
        name: s.facilitatorName,
        register: s.register,
        number: s.registrationNumber,
        date: formatDay(locale, s.signedAt.slice(0, 10)),
      }),
      'regular',
      { x: MARGIN },
    );
  }
  doc.end();
  return done;

  function cells(m: DossierMeeting): string[] {
    const { date } = utcToZonedFields(new Date(m.startsAt), m.timeZone);
    const roles = m.roles.map((r) => t(`groups.attendance.role.${r}` as MessageKey)).join(', ');
    const away = [
      m.lateMinutes > 0 ? t('register.signOff.late', { count: m.lateMinutes }) : '',
      m.earlyMinutes > 0 ? t('register.signOff.early', { count: m.earlyMinutes }) : '',
    ].filter(Boolean);
    return [
      formatDay(locale, date),
      m.groupName,
      m.method?.[locale] ?? '–',
      roles || t('register.dossier.participant'),
      [String(m.minutesPresent), ...away].join('\n'),
      `${t('register.dossier.own')}: ${signature(m.signed)}\n${t('register.dossier.counter')}: ${signature(m.countersigned)}`,
    ];
  }

  function row(texts: string[], weight: 'regular' | 'bold') {
    if (doc.y > doc.page.height - 90) doc.addPage();
    const y = doc.y + 3;
    let bottom = y;
    texts.forEach((text, i) => {
      const [x, width] = COLS[i]!;
      say(doc, text, weight, { x, y, width });
      bottom = Math.max(bottom, doc.y);
    });
    doc.x = MARGIN;
    doc.y = bottom;
  }
}
