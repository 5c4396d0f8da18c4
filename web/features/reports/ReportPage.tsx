import './reports.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Report, ReportMeta } from '../../../core/reports/index';
import { currentLocale } from '../../lib/i18n';
import { useTitle } from '../../lib/use-title';
import { Loaded, RequireUser } from '../groups/lib/Page';
import { useResource } from '../groups/lib/use-resource';
import { ReportSections } from './ReportSections';

type ReportResponse = { report: Report; meta: ReportMeta };

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

function ReportView({ meetingId, report, meta }: ReportResponse & { meetingId: string }) {
  const { t } = useTranslation();
  useTitle(t('reports.pageTitle'));
  const locale = currentLocale();
  const base = `/api/meetings/${encodeURIComponent(meetingId)}/report`;
  const facts: [string, string][] = [
    [t('reports.meta.group'), meta.groupName],
    [t('reports.meta.date'), meta.date],
    [t('reports.meta.method'), report.method ? report.method.names[locale] : t('reports.meta.noMethod')],
    [t('reports.meta.caseGiver'), report.caseGiver ?? t('reports.meta.noCaseGiver')],
  ];
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
