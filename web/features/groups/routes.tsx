import type { ReactElement } from 'react';
import { CreateGroup } from './CreateGroup';
import { Dashboard } from './Dashboard';
import { GroupPage } from './GroupPage';
import { InvitePage } from './InvitePage';
import { RulesPage } from './RulesPage';

/** Pages of the groups feature. */
export const groupRoutes: { path: string; element: ReactElement }[] = [
  { path: '/groups', element: <Dashboard /> },
  { path: '/groups/new', element: <CreateGroup /> },
  { path: '/groups/:groupId', element: <GroupPage /> },
  { path: '/groups/:groupId/rules', element: <RulesPage /> },
  { path: '/invite/:token', element: <InvitePage /> },
];
