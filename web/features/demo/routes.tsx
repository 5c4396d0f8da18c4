import type { ReactElement } from 'react';
import type { Feature } from '../../lib/i18n';
import { lazyPage } from '../../lib/lazy-page';

// The demo runs in the room, with the room's texts and the practice texts.
const texts: Feature[] = ['room', 'meeting', 'practice', 'library'];

/** The demo meeting without an account (DEMO-1): choosing one, and the room it runs in. */
export const demoRoutes: { path: string; element: ReactElement }[] = [
  { path: '/demo', element: lazyPage(() => import('./DemoPage'), 'DemoPage', texts) },
  { path: '/demo/:demoId', element: lazyPage(() => import('./DemoRoomPage'), 'DemoRoomPage', texts) },
];
