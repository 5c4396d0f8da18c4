import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** A meeting's report page (the downloads come from the server). */
export const reportRoutes: { path: string; element: ReactElement }[] = [
  { path: '/meetings/:meetingId/report', element: lazyPage(() => import('./ReportPage'), 'ReportPage') },
];
