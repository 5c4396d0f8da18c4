import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** Pages of the learning record: one's own record and the reflection after a meeting. */
export const learningRoutes: { path: string; element: ReactElement }[] = [
  { path: '/me/learning', element: lazyPage(() => import('./LearningPage'), 'LearningPage') },
  {
    path: '/meetings/:meetingId/reflection',
    element: lazyPage(() => import('./ReflectionPage'), 'ReflectionPage'),
  },
];
