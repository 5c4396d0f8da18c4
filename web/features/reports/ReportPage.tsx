import './reports.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type ReportResponse, readingNotice, sharingNameKey } from '../../../core/api/reports';
import { formatDay } from '../../../core/i18n/format';
import { currentLocale } from '../../lib/i18n';
import { useTitle } from '../../lib/use-title';
import { RetentionNotice } from '../data-lifecycle/RetentionNotice';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { ReportSections } from './ReportSections';

/** "/meetings/:meetingId/report": what the reader may see of a meeting, with Markdown and PDF downloads. */
export function ReportPage() {
  const { meetingId = '' } = useParams();
  const resource = useResource<ReportResponse>(`/api/meetings/${encodeURIComponent(meetingId)}/report`);
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
}: ReportResponse & { meetingId: string }) {
  const { t } = useTranslation();
  useTitle(t('reports.pageTitle'));
  const locale = currentLocale();
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/report`;
  const facts: [string, string][] = [
    [t('reports.meta.group'), meta.groupName],
    [t('reports.meta.date'), formatDay(locale, meta.date)],
    [t('reports.meta.method'), report.method ? report.method.names[locale] : t('reports.meta.noMethod')],
    [t('reports.meta.caseGiver'), report.caseGiver ?? t('reports.meta.noCaseGiver')],
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
        <a className="btn" href={`${base}.md?lang=${locale}`} download>
          {t('reports.download.md')}
        </a>
        <a className="btn" href={`${base}.pdf?lang=${locale}`} download>
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
