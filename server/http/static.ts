import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../../core/i18n/locale';
import { appRoot } from '../paths';
import { dynamicPageRoutes, dynamicPagesOf } from './dynamic-pages';
import { AppError, requestLocale, sendError } from './errors';
import { loadPrerendered, pageRoutes, seoRoutes } from './pages';
import { PRERENDERED, SHELLS, shellFile } from './prerendered-layout';

// WEB_DIST points at another build folder (parallel local end-to-end runs); the default is dist/web.
export const webRoot = process.env.WEB_DIST || join(appRoot, 'dist/web');

/**
 * Serves the built web app: public pages prerendered, other non-API paths index.html so the client router
 * shows them (or its 404).
 */
export async function registerStatic(app: FastifyInstance, publicUrl: string, root = webRoot): Promise<void> {
  const indexFile = join(root, 'index.html');
  const hasBuild = existsSync(indexFile);
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      // The build writes .br and .gz next to each text file (scripts/build/precompress.ts); sent as they are.
      preCompressed: true,
      // Prerendered pages go out through pages.ts, with the public address filled in.
      allowedPath: (path) => !path.startsWith(`/${PRERENDERED}/`),
      setHeaders(res, path) {
        const immutable = path.includes('/assets/');
        res.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  } else {
    app.log.warn('dist/web is missing: run `npm run build` to serve the web app.');
  }
  const indexHtml = hasBuild ? readFileSync(indexFile, 'utf8') : '';
  const shells = loadShells(root);
  const sendShell = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0]!;
    const shell = shells.find((s) => s.pattern.test(path));
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache');
    if (!shell) return reply.send(indexHtml);
    return reply.header('Vary', 'Cookie, Accept-Language').send(shell.html[requestLocale(request)]);
  };
  // A route per named shell, as for the prerendered pages, so @fastify/compress applies (it leaves the
  // not-found handler alone); every other page gets the app shell from there.
  for (const { path } of shells) if (path !== '*') app.get(path, sendShell);
  const pages = loadPrerendered(root, publicUrl);
  pageRoutes(app, pages, sendShell);
  if (hasBuild) dynamicPageRoutes(app, indexHtml, publicUrl.replace(/\/$/, ''), sendShell);
  seoRoutes(app, pages, publicUrl, async () =>
    (await Promise.all(dynamicPagesOf(app).map((p) => p.sitemap()))).flat(),
  );
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasBuild;
    if (!wantsPage) return sendError(request, reply, new AppError('route_not_found', 404));
    return sendShell(request, reply);
  });
}

type Shell = { path: string; pattern: RegExp; html: Record<Locale, string> };

/**
 * The build's app shells (scripts/build/prerender.ts), most specific first: a route's pattern
 * (`/meetings/:meetingId/live`) as a regular expression, `*` for every other page.
 */
function loadShells(root: string): Shell[] {
  const list = join(root, PRERENDERED, SHELLS);
  if (!existsSync(list)) return [];
  const shells = (JSON.parse(readFileSync(list, 'utf8')) as { name: string; path: string }[]).map(
    ({ name, path }): Shell => ({
      path,
      pattern: path === '*' ? /^/ : new RegExp(`^${path.replace(/:\w+/g, '[^/]+')}/?$`),
      html: Object.fromEntries(
        LOCALES.map((l) => [l, readFileSync(join(root, PRERENDERED, shellFile(l, name)), 'utf8')]),
      ) as Record<Locale, string>,
    }),
  );
  return [...shells.filter((s) => s.path !== '*'), ...shells.filter((s) => s.path === '*')];
}
