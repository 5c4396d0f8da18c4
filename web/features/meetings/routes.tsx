import type { ReactElement } from 'react';
import { EditMeeting } from './EditMeeting';
import { MeetingPage } from './MeetingPage';
import { ScheduleMeeting } from './ScheduleMeeting';

/** Pages of the meetings feature; the live room at /meetings/:meetingId/live lives in its own feature. */
export const meetingRoutes: { path: string; element: ReactElement }[] = [
  { path: '/groups/:groupId/meetings/new', element: <ScheduleMeeting /> },
  { path: '/meetings/:meetingId', element: <MeetingPage /> },
  { path: '/meetings/:meetingId/edit', element: <EditMeeting /> },
];
