import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** Pages of the register side: one's dossier and the public check of a dossier's code. */
export const registerRoutes: { path: string; element: ReactElement }[] = [
  { path: '/me/dossier', element: lazyPage(() => import('./DossierPage'), 'DossierPage') },
  { path: '/verify/:code', element: lazyPage(() => import('./VerifyPage'), 'VerifyPage', ['register']) },
];
