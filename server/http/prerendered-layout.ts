import type { Locale } from '../../core/i18n/locale';

// Shared by the build (scripts/build/prerender.ts writes the pages) and pages.ts (serves them).

/** Where the pages are in the build folder: prerendered/<lang>/<path>.html, and their list in pages.json. */
export const PRERENDERED = 'prerendered';
/** Replaced with PUBLIC_URL when the server loads a page: alternate links must be absolute. */
export const ORIGIN = '%KRING_ORIGIN%';

export const pageFile = (locale: Locale, path: string) => `${locale}${path === '/' ? '/index' : path}.html`;

/** The app shells (scripts/build/prerender.ts): prerendered/<lang>/shell-<name>.html, listed with their routes. */
export const SHELLS = 'shells.json';
export const shellFile = (locale: Locale, name: string) => `${locale}/shell-${name}.html`;
