import './reports.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { type ReportResponse, readingNotice, sharingNameKey } from '../../../core/api/reports';
import { formatDay } from '../../../core/i18n/format';
import { currentLocale } from '../../lib/i18n';
import { useTitle } from '../../lib/use-title';
import { RetentionNotice } from '../data-lifecycle/RetentionNotice';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { CaseNav } from './CaseNav';
import { ReportSections } from './ReportSections';

/** "/meetings/:meetingId/report": what the reader may see of a meeting, with Markdown and PDF downloads. */
export function ReportPage() {
  const { meetingId = '' } = useParams();
  // A meeting of several cases has a report per case (CASES-7); without ?case the server picks the reader's.
  const asked = useSearchParams()[0].get('case');
  const query = asked ? `?case=${encodeURIComponent(asked)}` : '';
  const resource = useResource<ReportResponse>(
    `/api/meetings/${encodeURIComponent(meetingId)}/report${query}`,
  );
  return (
    <RequireUser>
      <Loaded resource={resource}>{(data) => <ReportView meetingId={meetingId} {...data} />}</Loaded>
    </RequireUser>
  );
}

function ReportView({
  meetingId,
  report,
  meta,
  participants,
  reading,
  cases,
  case: number,
}: ReportResponse & { meetingId: string }) {
  const { t } = useTranslation();
  useTitle(t('reports.pageTitle'));
  const locale = currentLocale();
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/report`;
  const several = cases.length > 1;
  const which = several ? `&case=${number}` : '';
  const facts: [string, string][] = [
    [t('reports.meta.group'), meta.groupName],
    [t('reports.meta.date'), formatDay(locale, meta.date)],
    ...(several
      ? [
          [t('reports.meta.case'), t('reports.caseNumber', { number, count: cases.length })] as [
            string,
            string,
          ],
        ]
      : []),
    [t('reports.meta.method'), report.method ? report.method.names[locale] : t('reports.meta.noMethod')],
    [
      t('reports.meta.caseGiver'),
      // Both of a pair (PAIR-1), as the Markdown and the PDF name them.
      report.caseGiver && report.coCaseGiver
        ? t('reports.meta.caseGiverPair', { first: report.caseGiver, second: report.coCaseGiver })
        : (report.caseGiver ?? t('reports.meta.noCaseGiver')),
    ],
    ...(participants.length
      ? [[t('reports.meta.participants'), participants.join(', ')] as [string, string]]
      : []),
  ];
  // What this reader does not see and why (REPORT-7), worded as in the Markdown and the PDF.
  const notice = readingNotice(reading).map(({ key, level }) =>
    t(key, level ? { level: t(sharingNameKey(level)) } : undefined),
  );
  return (
    <article className="narrow report" aria-labelledby="report-title">
      <p className="eyebrow">
        <Link to={`/meetings/${meetingId}`}>{meta.groupName}</Link>
      </p>
      <h1 id="report-title">{t('reports.title')}</h1>
      {several && <CaseNav meetingId={meetingId} cases={cases} current={number} />}
      <dl className="report-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <RetentionNotice meetingId={meetingId} />
      {notice.length > 0 && (
        <div className="notice report-reading" role="note">
          {notice.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      <nav className="report-downloads" aria-label={t('reports.download.label')}>
        <a className="btn" href={`${base}.md?lang=${locale}${which}`} download>
          {t('reports.download.md')}
        </a>
        <a className="btn" href={`${base}.pdf?lang=${locale}${which}`} download>
          {t('reports.download.pdf')}
        </a>
      </nav>
      {!report.ended && (
        <p className="notice" role="status">
          {t('reports.running')}
        </p>
      )}
      {report.sections.length === 0 ? (
        <p className="muted">{t('reports.empty')}</p>
      ) : (
        <ReportSections sections={report.sections} />
      )}
    </article>
  );
}
