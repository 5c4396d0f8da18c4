import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** Pages of trajectories: starting one, and its page with the way to autonomy and the evaluation. */
export const trajectoryRoutes: { path: string; element: ReactElement }[] = [
  {
    path: '/groups/:groupId/trajectories/new',
    element: lazyPage(() => import('./NewTrajectory'), 'NewTrajectory'),
  },
  {
    path: '/trajectories/:trajectoryId',
    element: lazyPage(() => import('./TrajectoryPage'), 'TrajectoryPage'),
  },
];
