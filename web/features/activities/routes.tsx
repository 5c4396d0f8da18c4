import type { ReactElement } from 'react';
import type { Feature } from '../../lib/i18n';
import { lazyPage } from '../../lib/lazy-page';

const texts: Feature[] = ['activities'];

/** Public: what providers offer, one activity with its sign-up, a provider's page and the two links from the mails; and the provider's own pages. */
export const activityRoutes: { path: string; element: ReactElement }[] = [
  { path: '/activities', element: lazyPage(() => import('./ActivitiesPage'), 'ActivitiesPage', texts) },
  {
    path: '/activities/:activityId',
    element: lazyPage(() => import('./ActivityPage'), 'ActivityPage', texts),
  },
  {
    path: '/providers/:slug',
    element: lazyPage(() => import('./ProviderProfilePage'), 'ProviderProfilePage', texts),
  },
  { path: '/provider', element: lazyPage(() => import('./provider/ProviderHome'), 'ProviderHome', texts) },
  {
    path: '/provider/:slug/new',
    element: lazyPage(() => import('./provider/NewActivityPage'), 'NewActivityPage', texts),
  },
  {
    path: '/provider/:slug/activities/:activityId',
    element: lazyPage(() => import('./provider/ManageActivityPage'), 'ManageActivityPage', texts),
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
