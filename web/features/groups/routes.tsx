import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** Pages of the groups feature. */
export const groupRoutes: { path: string; element: ReactElement }[] = [
  { path: '/groups', element: lazyPage(() => import('./Dashboard'), 'Dashboard') },
  { path: '/groups/new', element: lazyPage(() => import('./CreateGroup'), 'CreateGroup') },
  { path: '/groups/:groupId', element: lazyPage(() => import('./GroupPage'), 'GroupPage') },
  { path: '/groups/:groupId/rules', element: lazyPage(() => import('./RulesPage'), 'RulesPage') },
  { path: '/invite/:token', element: lazyPage(() => import('./InvitePage'), 'InvitePage') },
];
