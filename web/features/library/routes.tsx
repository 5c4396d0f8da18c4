import type { ReactElement } from 'react';
import { lazyPage } from '../../lib/lazy-page';

/** The public pages: what intervision is, the method library, a method, its print sheet, and the chooser. */
export const libraryRoutes: { path: string; element: ReactElement }[] = [
  { path: '/intervisie', element: lazyPage(() => import('./AboutPage'), 'AboutPage') },
  { path: '/methods', element: lazyPage(() => import('./LibraryPage'), 'LibraryPage') },
  { path: '/methods/chooser', element: lazyPage(() => import('./ChooserPage'), 'ChooserPage') },
  { path: '/methods/:id', element: lazyPage(() => import('./MethodPage'), 'MethodPage') },
  { path: '/methods/:id/print', element: lazyPage(() => import('./PrintPage'), 'PrintPage') },
];
