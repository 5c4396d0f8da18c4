import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** Pages of the meetings feature; the live room at /meetings/:meetingId/live lives in its own feature. */
export const meetingRoutes: { path: string; element: ReactElement }[] = [
  {
    path: '/groups/:groupId/meetings/new',
    element: lazyPage(() => import('./ScheduleMeeting'), 'ScheduleMeeting'),
  },
  { path: '/meetings/:meetingId', element: lazyPage(() => import('./MeetingPage'), 'MeetingPage') },
  { path: '/meetings/:meetingId/edit', element: lazyPage(() => import('./EditMeeting'), 'EditMeeting') },
];
