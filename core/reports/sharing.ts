import { REPORT_SHARING_LEVELS, type ReportSharing } from '../api/reports';
import type { ReportSectionKind } from './build';

/**
 * The least level at which members other than the case-giver see each section (REPORT-3). Every kind must
 * be listed, so a new section cannot reach other readers before someone decides where it belongs.
 * The report and an ended meeting's live view (REPORT-10) both cut by this table.
 */
export const SHARED_FROM: Record<ReportSectionKind, ReportSharing> = {
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

/** Whether others see this kind of section at this level. */
export function sharesSection(level: ReportSharing, kind: ReportSectionKind): boolean {
  return REPORT_SHARING_LEVELS.indexOf(level) >= REPORT_SHARING_LEVELS.indexOf(SHARED_FROM[kind]);
}
