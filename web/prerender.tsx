import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { translate } from '../core/i18n/index';
import type { Locale } from '../core/i18n/locale';
import { methods } from '../core/methods/index';
import { methodSummary } from '../core/methods/summary';
import { App } from './App';
import { Layout, PrerenderedPage } from './components/Layout';
import { Loading } from './components/Status';
import { METHOD_LIST_PATH, methodPath, primeLibrary } from './features/library/data';
import { ROOM_PATHS, ROOM_TEXTS } from './features/room/routes';
import { type Feature, setLocale } from './lib/i18n';
import { SessionProvider } from './lib/session';

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
        <PrerenderedPage value={true}>
          <App />
        </PrerenderedPage>
      </StaticRouter>
    </StrictMode>
  );
  // The first pass waits for the page's lazy code and texts. React outlines a boundary that resolved late
  // behind an inline script, which the CSP forbids; once resolved, the second pass renders all in place.
  const { prelude } = await prerenderToNodeStream(app);
  for await (const _ of prelude);
  return renderToString(app);
}

/**
 * The app shell a page that is not prerendered starts from (the room, a group, the account): the header and
 * a loading line in the visitor's language, painted before any script runs, with preloads of the page's
 * code and texts where the page is named here (`source`, `texts`). `path` is the route's pattern.
 */
export type AppShell = { name: string; path: string; source?: string; texts: Feature[] };

export const appShells: AppShell[] = [
  { name: 'app', path: '*', texts: [] },
  {
    name: 'room',
    path: ROOM_PATHS.live,
    source: 'features/room/RoomPage.tsx',
    texts: ROOM_TEXTS,
  },
  {
    name: 'present',
    path: ROOM_PATHS.present,
    source: 'features/room/PresentPage.tsx',
    texts: ROOM_TEXTS,
  },
  { name: 'join', path: ROOM_PATHS.join, source: 'features/room/JoinPage.tsx', texts: ROOM_TEXTS },
];

/** Renders a shell: the layout of its route, signed out, around the loading line. */
export async function renderShell(shell: AppShell, locale: Locale): Promise<string> {
  await setLocale(locale);
  return renderToString(
    <StrictMode>
      <StaticRouter location={shell.path.replace(/:\w+/g, 'x').replace('*', '/')}>
        <SessionProvider>
          <Layout>
            <Loading />
          </Layout>
        </SessionProvider>
      </StaticRouter>
    </StrictMode>,
  );
}
