import type { ReportSharing } from '../../../core/api/reports';
import type { Report, ReportSection } from '../../../core/reports/index';
import { sharesSection } from '../../../core/reports/sharing';

/**
 * What one reader may see of a report (REPORT-2 … REPORT-4): the case-giver everything; anyone else the
 * sections the level shares, and always their own learning points. The report already holds no one else's
 * private learning point (VIS-7), so every level keeps those private.
 */
export function reportAsShared(report: Report, level: ReportSharing, caseGiver: boolean): Report {
  if (caseGiver) return report;
  const sections = report.sections.flatMap((section): ReportSection[] => {
    if (section.kind === 'learningPoints') {
      const items = sharesSection(level, 'learningPoints')
        ? section.items
        : section.items.filter((i) => i.mine);
      return items.length ? [{ ...section, items }] : [];
    }
    return sharesSection(level, section.kind) ? [section] : [];
  });
  return { ...report, sections };
}
