import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** Pages of the case intake. */
export const caseRoutes: { path: string; element: ReactElement }[] = [
  { path: '/meetings/:meetingId/cases/new', element: lazyPage(() => import('./CaseForm'), 'NewCasePage') },
  { path: '/cases/:caseId/edit', element: lazyPage(() => import('./CaseForm'), 'EditCasePage') },
];
