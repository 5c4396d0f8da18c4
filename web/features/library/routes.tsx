import type { ReactElement } from 'react';
import type { Feature } from '../../lib/i18n';
import { lazyPage } from '../../lib/lazy-page';

const texts: Feature[] = ['library', 'methods'];

/** The public pages: what intervision is, the method library, a method, its print sheet, and the chooser. */
export const libraryRoutes: { path: string; element: ReactElement }[] = [
  { path: '/intervisie', element: lazyPage(() => import('./AboutPage'), 'AboutPage', texts) },
  { path: '/methods', element: lazyPage(() => import('./LibraryPage'), 'LibraryPage', texts) },
  { path: '/methods/chooser', element: lazyPage(() => import('./ChooserPage'), 'ChooserPage', texts) },
  { path: '/methods/:id', element: lazyPage(() => import('./MethodPage'), 'MethodPage', texts) },
  { path: '/methods/:id/print', element: lazyPage(() => import('./PrintPage'), 'PrintPage', texts) },
];
