import type { ReactElement } from 'react';
import { ReportPage } from './ReportPage';

/** A meeting's report page (the downloads come from the server). */
export const reportRoutes: { path: string; element: ReactElement }[] = [
  { path: '/meetings/:meetingId/report', element: <ReportPage /> },
];
