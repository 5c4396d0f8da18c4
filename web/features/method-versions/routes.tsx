import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** A group's own versions of library methods: the list and the editor of one version. */
export const methodVersionRoutes: { path: string; element: ReactElement }[] = [
  { path: '/groups/:groupId/methods', element: lazyPage(() => import('./VersionsPage'), 'VersionsPage') },
  {
    path: '/groups/:groupId/methods/:versionId',
    element: lazyPage(() => import('./EditorPage'), 'EditorPage'),
  },
];
