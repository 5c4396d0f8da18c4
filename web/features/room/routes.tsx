import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** The live meeting room, its projector view and the guest entry. */
export const roomRoutes: { path: string; element: ReactElement }[] = [
  { path: '/meetings/:meetingId/live', element: lazyPage(() => import('./RoomPage'), 'RoomPage') },
  { path: '/meetings/:meetingId/present', element: lazyPage(() => import('./PresentPage'), 'PresentPage') },
  { path: '/join', element: lazyPage(() => import('./JoinPage'), 'JoinPage') },
];
