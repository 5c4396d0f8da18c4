import type { ReactElement } from 'react';
import { EditorPage } from './EditorPage';
import { VersionsPage } from './VersionsPage';

/** A group's own versions of library methods: the list and the editor of one version. */
export const methodVersionRoutes: { path: string; element: ReactElement }[] = [
  { path: '/groups/:groupId/methods', element: <VersionsPage /> },
  { path: '/groups/:groupId/methods/:versionId', element: <EditorPage /> },
];
