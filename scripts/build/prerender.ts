import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createServer, type Manifest, type Plugin } from 'vite';
import { LOCALES, type Locale } from '../../core/i18n/locale.ts';
import { ORIGIN, PRERENDERED, pageFile, SHELLS, shellFile } from '../../server/http/prerendered-layout.ts';
import type * as Entry from '../../web/prerender';
import { precompress } from './precompress.ts';
import { textChunkOf } from './text-chunks.ts';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The CSS and JS a page's module needs at once, from the build manifest, so nothing shifts or waits. */
function assetsOf(
  manifest: Manifest,
  source: string | undefined,
  locale: Locale,
  /** The features whose texts to preload in `locale`. */
  texts: readonly string[],
): { css: string[]; js: string[] } {
  const css = new Set<string>();
  const js = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const file of chunk.css ?? []) css.add(file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  if (source) visit(source);
  // Texts chunks are named by vite.config.ts: locale-<lang>-<chunk>-<hash>.js.
  for (const feature of texts) {
    const prefix = `_locale-${locale}-${textChunkOf(feature)}-`;
    const key = Object.keys(manifest).find((k) => k.startsWith(prefix));
    if (!key) throw new Error(`no ${locale} texts chunk for ${feature} in the build`);
    visit(key);
  }
  return { css: [...css], js: [...js] };
}

const unescapeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The CSP allows no inline style, so a style attribute React rendered (timeline widths) becomes a
 * data-ps attribute with a rule in one stylesheet. Hydration leaves both in place; a later change of the
 * style prop is set through the DOM, which the CSP allows.
 */
function extractStyles(bodies: string[]): { bodies: string[]; css: string } {
  const ids = new Map<string, number>();
  const out = bodies.map((body) =>
    body.replace(/ style="([^"]*)"/g, (_, style: string) => {
      const css = unescapeHtml(style);
      if (!ids.has(css)) ids.set(css, ids.size);
      return ` data-ps="${ids.get(css)}"`;
    }),
  );
  const important = (css: string) =>
    css
      .split(';')
      .filter(Boolean)
      .map((d) => `${d} !important`)
      .join(';');
  const css = [...ids].map(([style, id]) => `[data-ps="${id}"]{${important(style)}}`).join('\n');
  return { bodies: out, css };
}

function fillTemplate(
  template: string,
  page: Entry.PublicPage,
  locale: Locale,
  body: string,
  manifest: Manifest,
  styles: string,
) {
  // No texts: a prerendered page can be read before any script, and on a slow line preloads of texts only
  // compete with its stylesheet for the first paint (Lighthouse, bench/README.md).
  const { css, js } = assetsOf(manifest, page.source, locale, []);
  const alternate = (lang: string, query: string) =>
    `<link rel="alternate" hreflang="${lang}" href="${ORIGIN}${page.path}${query}" />`;
  const head = [
    `<title>${escapeHtml(page.title(locale))}</title>`,
    `<meta name="description" content="${escapeHtml(page.description(locale))}" />`,
    ...LOCALES.map((l) => alternate(l, `?lang=${l}`)),
    alternate('x-default', ''),
    ...[...css, styles]
      .filter((f) => !template.includes(f))
      .map((f) => `<link rel="stylesheet" href="/${f}" />`),
    ...js.filter((f) => !template.includes(f)).map((f) => `<link rel="modulepreload" href="/${f}" />`),
  ].join('\n    ');
  // JSON in a non-executable script element; "<" escaped so no text can close the element.
  const data = JSON.stringify(page.data).replace(/</g, '\\u003c');
  return template
    .replace(/<html lang="[a-z]+">/, `<html lang="${locale}" data-prerendered="${locale}">`)
    .replace(/<title>.*<\/title>/, head)
    .replace(
      '<div id="root"></div>',
      `<div id="root">${body}</div>\n    <script type="application/json" id="page-data">${data}</script>`,
    );
}

/**
 * The app shells per language (web/prerender.tsx, appShells): the layout and a loading line in the visitor's
 * language instead of an empty page until the scripts ran, and preloads of the page's chunks and texts, so
 * the browser fetches them beside the entry instead of one after another. Listed in shells.json for the server.
 */
async function writeShells(
  entry: typeof Entry,
  shell: string,
  manifest: Manifest,
  outDir: string,
  description: (locale: Locale) => string,
) {
  for (const app of entry.appShells) {
    for (const locale of LOCALES) {
      const { css, js } = assetsOf(manifest, app.source, locale, ['common', 'auth', ...app.texts]);
      const body = await entry.renderShell(app, locale);
      if (body.includes(' style="')) throw new Error(`the ${app.name} shell has an inline style`);
      const head = [
        // The page's own CSS is fetched at once but does not hold up the shell's first paint: the page's
        // code links it as a stylesheet (and waits for it) before it draws anything.
        ...css.filter((f) => !shell.includes(f)).map((f) => `<link rel="preload" as="style" href="/${f}" />`),
        // At low priority: fetched beside the entry, but after what the first paint needs (the stylesheet).
        ...js
          .filter((f) => !shell.includes(f))
          .map((f) => `<link rel="modulepreload" fetchpriority="low" href="/${f}" />`),
      ];
      const html = shell
        .replace(/<html lang="[a-z]+">/, `<html lang="${locale}">`)
        .replace(
          /<meta name="description" content="[^"]*" \/>/,
          () => `<meta name="description" content="${escapeHtml(description(locale))}" />`,
        )
        .replace('</head>', `  ${head.join('\n    ')}\n  </head>`)
        .replace('<div id="root"></div>', `<div id="root">${body}</div>`);
      await writeFile(join(outDir, PRERENDERED, shellFile(locale, app.name)), cssFirst(html));
    }
  }
  const list = entry.appShells.map(({ name, path }) => ({ name, path }));
  await writeFile(join(outDir, PRERENDERED, SHELLS), JSON.stringify(list));
}

/**
 * Stylesheets before scripts and preloads: over HTTP/1.1 a browser opens six connections to a host, and
 * the page cannot paint before its CSS, so the CSS must not queue behind a dozen scripts.
 */
function cssFirst(html: string): string {
  const links = html.match(/<link rel="stylesheet"[^>]*>\s*/g) ?? [];
  let out = html;
  for (const link of links) out = out.replace(link, '');
  const at = out.search(/<script type="module"|<link rel="modulepreload"/);
  return at < 0
    ? html
    : out.slice(0, at) + links.map((l) => l.trim()).join('\n    ') + '\n    ' + out.slice(at);
}

/** Renders every public page in both languages into the build folder (web/prerender.tsx does the React part). */
export async function prerender(root: string, outDir: string): Promise<number> {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const entry = (await server.ssrLoadModule('/prerender.tsx')) as typeof Entry;
    const template = await readFile(join(outDir, 'index.html'), 'utf8');
    const manifestPath = join(outDir, '.vite', 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest;
    const pages = entry.publicPages();
    const rendered: { page: Entry.PublicPage; locale: Locale }[] = [];
    const bodies: string[] = [];
    for (const page of pages) {
      for (const locale of LOCALES) {
        rendered.push({ page, locale });
        bodies.push(await entry.renderPage(page, locale));
      }
    }
    const extracted = extractStyles(bodies);
    const styles = `assets/prerendered-${createHash('sha256').update(extracted.css).digest('base64url').slice(0, 8)}.css`;
    await writeFile(join(outDir, styles), extracted.css);
    for (const [i, { page, locale }] of rendered.entries()) {
      const html = cssFirst(fillTemplate(template, page, locale, extracted.bodies[i]!, manifest, styles));
      const file = join(outDir, PRERENDERED, pageFile(locale, page.path));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, html);
    }
    await writeFile(join(outDir, PRERENDERED, 'pages.json'), JSON.stringify(pages.map((p) => p.path)));
    // The app shell (signed-in pages such as the room) gets the landing page's description too.
    const description = escapeHtml(pages[0]!.description('nl'));
    const shell = template.replace(
      /<title>.*<\/title>/,
      (title) => `${title}\n    <meta name="description" content="${description}" />`,
    );
    await writeFile(join(outDir, 'index.html'), shell);
    await writeShells(entry, shell, manifest, outDir, (l) => pages[0]!.description(l));
    await rm(join(outDir, '.vite'), { recursive: true, force: true });
    return pages.length;
  } finally {
    await server.close();
  }
}

/** Vite plugin: after the client build, prerender the public pages, then precompress every text file. */
export function prerenderPlugin(): Plugin {
  let root = '';
  let outDir = '';
  return {
    name: 'kring-prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await prerender(root, outDir);
      await precompress(outDir);
    },
  };
}
