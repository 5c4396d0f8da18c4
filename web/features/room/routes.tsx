import type { ReactElement } from 'react';
import { JoinPage } from './JoinPage';
import { PresentPage } from './PresentPage';
import { RoomPage } from './RoomPage';

/** The live meeting room, its projector view and the guest entry. */
export const roomRoutes: { path: string; element: ReactElement }[] = [
  { path: '/meetings/:meetingId/live', element: <RoomPage /> },
  { path: '/meetings/:meetingId/present', element: <PresentPage /> },
  { path: '/join', element: <JoinPage /> },
];
