import type { ReactElement } from 'react';
import type { Feature } from '../../lib/i18n';
import { lazyPage } from '../../lib/lazy-page';

const texts: Feature[] = ['activities'];

/** Public: what providers offer, one activity with its sign-up, and the two links from the mails. */
export const activityRoutes: { path: string; element: ReactElement }[] = [
  { path: '/activities', element: lazyPage(() => import('./ActivitiesPage'), 'ActivitiesPage', texts) },
  {
    path: '/activities/:activityId',
    element: lazyPage(() => import('./ActivityPage'), 'ActivityPage', texts),
  },
  {
    path: '/activities/confirm/:token',
    element: lazyPage(() => import('./SignupLinkPage'), 'ConfirmSignupPage', texts),
  },
  {
    path: '/activities/cancel/:token',
    element: lazyPage(() => import('./SignupLinkPage'), 'CancelSignupPage', texts),
  },
];
