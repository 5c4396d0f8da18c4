import type { ReactElement } from 'react';
import type { Feature } from '../../lib/i18n';
import { lazyPage } from '../../lib/lazy-page';

// The room's texts, the meeting rules' rejection messages and the practice texts; not the rest of the app's.
export const ROOM_TEXTS: Feature[] = ['room', 'meeting', 'practice'];
const texts = ROOM_TEXTS;

/** The live meeting room, its projector view and the guest entry. */
export const roomRoutes: { path: string; element: ReactElement }[] = [
  { path: '/meetings/:meetingId/live', element: lazyPage(() => import('./RoomPage'), 'RoomPage', texts) },
  {
    path: '/meetings/:meetingId/present',
    element: lazyPage(() => import('./PresentPage'), 'PresentPage', texts),
  },
  { path: '/join', element: lazyPage(() => import('./JoinPage'), 'JoinPage', texts) },
];
