import { REPORT_SHARING_LEVELS, type ReportSharing } from '../../../core/api/reports';
import type { Report, ReportSection, ReportSectionKind } from '../../../core/reports/index';

/**
 * The least level at which members other than the case-giver see each section (REPORT-3). Every kind must
 * be listed, so a new section cannot reach other readers before someone decides where it belongs.
 * Learning points are cut per item below (REPORT-4).
 */
const SHARED_FROM: Record<ReportSectionKind, ReportSharing> = {
  evaluation: 'summary',
  question: 'contributions',
  situation: 'contributions',
  questions: 'contributions',
  forces: 'contributions',
  dilts: 'contributions',
  profile: 'contributions',
  tgi: 'contributions',
  contributions: 'contributions',
  decision: 'everything',
  learningPoints: 'everything',
};

const atLeast = (level: ReportSharing, min: ReportSharing) =>
  REPORT_SHARING_LEVELS.indexOf(level) >= REPORT_SHARING_LEVELS.indexOf(min);

/**
 * What one reader may see of a report (REPORT-2 … REPORT-4): the case-giver everything; anyone else the
 * sections the level shares, and always their own learning points. The report already holds no one else's
 * private learning point (VIS-7), so every level keeps those private.
 */
export function reportAsShared(report: Report, level: ReportSharing, caseGiver: boolean): Report {
  if (caseGiver) return report;
  const sections = report.sections.flatMap((section): ReportSection[] => {
    if (section.kind === 'learningPoints') {
      const items = atLeast(level, SHARED_FROM.learningPoints)
        ? section.items
        : section.items.filter((i) => i.mine);
      return items.length ? [{ ...section, items }] : [];
    }
    return atLeast(level, SHARED_FROM[section.kind]) ? [section] : [];
  });
  return { ...report, sections };
}
