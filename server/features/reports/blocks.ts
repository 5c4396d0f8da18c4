import { readingNotice, sharingNameKey } from '../../../core/api/reports';
import { type Locale, translate } from '../../../core/i18n/index';
import { type Block, reportBlocks } from '../../../core/reports/index';
import type { ReportDocument } from './service';

/**
 * The lines of the Markdown and PDF: the report's own blocks with, after the header facts, who took part
 * and what a reader who sees less is not seeing and why (REPORT-7).
 */
export function documentBlocks(doc: ReportDocument, locale: Locale): Block[] {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) =>
    translate(locale, key, vars);
  const blocks = reportBlocks(doc.report, doc.meta, locale);
  const extra: Block[] = [];
  // One report per case (CASES-7): which case this is, when the meeting had more than one.
  if (doc.cases.length > 1) {
    const count = String(doc.cases.length);
    extra.push({
      type: 'meta',
      label: t('reports.meta.case'),
      text: t('reports.caseNumber', { number: String(doc.case), count }),
    });
  }
  if (doc.participants.length > 0) {
    extra.push({ type: 'meta', label: t('reports.meta.participants'), text: doc.participants.join(', ') });
  }
  for (const line of readingNotice(doc.reading)) {
    const vars = line.level ? { level: t(sharingNameKey(line.level)) } : undefined;
    extra.push({ type: 'paragraph', text: t(line.key, vars) });
  }
  blocks.splice(blocks.findLastIndex((b) => b.type === 'meta') + 1, 0, ...extra);
  return blocks;
}
