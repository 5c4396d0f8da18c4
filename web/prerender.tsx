import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { translate } from '../core/i18n/index';
import type { Locale } from '../core/i18n/locale';
import { methods } from '../core/methods/index';
import { methodSummary } from '../core/methods/summary';
import { App } from './App';
import { METHOD_LIST_PATH, methodPath, primeLibrary } from './features/library/data';
import { setLocale } from './lib/i18n';

/** A public page as the build prerenders it; `source` is the page's module, for its CSS and preloads. */
export type PublicPage = {
  path: string;
  source: string;
  title(locale: Locale): string;
  description(locale: Locale): string;
  data: Record<string, unknown>;
};

const appName = (l: Locale) => translate(l, 'common.appName');
const titled = (title: string, l: Locale) => `${title} · ${appName(l)}`;

/** Every page a visitor without an account can read: the landing page, intervision, the library, each method. */
export function publicPages(): PublicPage[] {
  return [
    {
      path: '/',
      source: 'main.tsx',
      title: (l) => `${appName(l)} · ${translate(l, 'common.tagline')}`,
      description: (l) => translate(l, 'landing.lead'),
      data: {},
    },
    {
      path: '/intervisie',
      source: 'features/library/AboutPage.tsx',
      title: (l) => titled(translate(l, 'library.about.title'), l),
      description: (l) => translate(l, 'library.about.lead'),
      data: {},
    },
    {
      path: '/methods',
      source: 'features/library/LibraryPage.tsx',
      title: (l) => titled(translate(l, 'library.list.title'), l),
      description: (l) => translate(l, 'library.list.lead'),
      data: { [METHOD_LIST_PATH]: { lang: 'all', methods: methods.map(methodSummary) } },
    },
    ...methods.map(
      (m): PublicPage => ({
        path: `/methods/${m.id}`,
        source: 'features/library/MethodPage.tsx',
        title: (l) => titled(m.names[l], l),
        description: (l) => m.summary[l],
        data: { [methodPath(m.id)]: { lang: 'all', method: m } },
      }),
    ),
  ];
}

/**
 * Renders one public page to HTML at build time (scripts/build/prerender.ts loads this module in Node),
 * signed out, in `locale`, with the API answers it shows; every lazy page and its texts are awaited.
 */
export async function renderPage(page: PublicPage, locale: Locale): Promise<string> {
  await setLocale(locale);
  primeLibrary(page.data);
  const app = (
    <StrictMode>
      <StaticRouter location={page.path}>
        <App />
      </StaticRouter>
    </StrictMode>
  );
  // The first pass waits for the page's lazy code and texts. React outlines a boundary that resolved late
  // behind an inline script, which the CSP forbids; once resolved, the second pass renders all in place.
  const { prelude } = await prerenderToNodeStream(app);
  for await (const _ of prelude);
  return renderToString(app);
}
