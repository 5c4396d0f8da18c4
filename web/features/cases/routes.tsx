import type { ReactElement } from 'react';
import { EditCasePage, NewCasePage } from './CaseForm';

/** Pages of the case intake. */
export const caseRoutes: { path: string; element: ReactElement }[] = [
  { path: '/meetings/:meetingId/cases/new', element: <NewCasePage /> },
  { path: '/cases/:caseId/edit', element: <EditCasePage /> },
];
