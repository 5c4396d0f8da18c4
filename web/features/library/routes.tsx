import type { ReactElement } from 'react';
import { AboutPage } from './AboutPage';
import { ChooserPage } from './ChooserPage';
import { LibraryPage } from './LibraryPage';
import { MethodPage } from './MethodPage';
import { PrintPage } from './PrintPage';

/** The public pages: what intervision is, the method library, a method, its print sheet, and the chooser. */
export const libraryRoutes: { path: string; element: ReactElement }[] = [
  { path: '/intervisie', element: <AboutPage /> },
  { path: '/methods', element: <LibraryPage /> },
  { path: '/methods/chooser', element: <ChooserPage /> },
  { path: '/methods/:id', element: <MethodPage /> },
  { path: '/methods/:id/print', element: <PrintPage /> },
];
