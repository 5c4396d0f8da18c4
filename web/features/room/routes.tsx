import type { ReactElement } from 'react';
import type { Feature } from '../../lib/i18n';
import { lazyPage } from '../../lib/lazy-page';

// The room's texts, the meeting rules' rejection messages and the practice texts; not the rest of the app's.
export const ROOM_TEXTS: Feature[] = ['room', 'meeting', 'practice'];

/** Where the room's pages are; the build's app shells (web/prerender.tsx) name them too. */
export const ROOM_PATHS = {
  live: '/meetings/:meetingId/live',
  present: '/meetings/:meetingId/present',
  join: '/join',
} as const;

/** The live meeting room, its projector view and the guest entry. */
export const roomRoutes: { path: string; element: ReactElement }[] = [
  { path: ROOM_PATHS.live, element: lazyPage(() => import('./RoomPage'), 'RoomPage', ROOM_TEXTS) },
  {
    path: ROOM_PATHS.present,
    element: lazyPage(() => import('./PresentPage'), 'PresentPage', ROOM_TEXTS),
  },
  { path: ROOM_PATHS.join, element: lazyPage(() => import('./JoinPage'), 'JoinPage', ROOM_TEXTS) },
];
