import type { ReactElement } from 'react';
import { activityRoutes } from '../features/activities/routes';
import { caseRoutes } from '../features/cases/routes';
import { demoRoutes } from '../features/demo/routes';
import { groupRoutes } from '../features/groups/routes';
import { learningRoutes } from '../features/learning/routes';
import { libraryRoutes } from '../features/library/routes';
import { meetingRoutes } from '../features/meetings/routes';
import { methodVersionRoutes } from '../features/method-versions/routes';
import { registerRoutes } from '../features/register/routes';
import { reportRoutes } from '../features/reports/routes';
import { roomRoutes } from '../features/room/routes';
import { trajectoryRoutes } from '../features/trajectories/routes';
import { lazyPage } from '../lib/lazy-page';
import { ForgotPassword } from './ForgotPassword';
import { Landing } from './Landing';
import { ResetPassword } from './ResetPassword';
import { SignIn } from './SignIn';
import { SignUp } from './SignUp';

/** Every page of the app; features append their routes here. The 404 page is added by main.tsx. */
export const routes: { path: string; element: ReactElement }[] = [
  { path: '/', element: <Landing /> },
  { path: '/sign-in', element: <SignIn /> },
  { path: '/sign-up', element: <SignUp /> },
  { path: '/forgot-password', element: <ForgotPassword /> },
  { path: '/reset-password', element: <ResetPassword /> },
  // Its export and deletion panels speak the data feature's texts, which load with the page.
  { path: '/account', element: lazyPage(() => import('./Account'), 'Account', ['data']) },
  ...libraryRoutes,
  ...groupRoutes,
  ...methodVersionRoutes,
  ...meetingRoutes,
  ...caseRoutes,
  ...roomRoutes,
  ...reportRoutes,
  ...trajectoryRoutes,
  ...learningRoutes,
  ...activityRoutes,
  ...registerRoutes,
  ...demoRoutes,
];
