import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReportCase } from '../../../core/api/reports';

/** Links to the report of each case of a meeting of several cases (CASES-7); the one shown is marked. */
export function CaseNav({
  meetingId,
  cases,
  current,
}: {
  meetingId: string;
  cases: ReportCase[];
  current: number;
}) {
  const { t } = useTranslation();
  return (
    <nav className="report-cases" aria-label={t('reports.casesNav')}>
      <ul>
        {cases.map(({ number, caseGiver }) => (
          <li key={number}>
            <Link
              to={`/meetings/${meetingId}/report?case=${number}`}
              aria-current={number === current ? 'page' : undefined}
            >
              {caseGiver
                ? t('reports.caseLink', { number, name: caseGiver })
                : t('reports.caseLinkNoName', { number })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
