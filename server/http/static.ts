import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { appRoot } from '../paths';
import { dynamicPageRoutes, dynamicPagesOf } from './dynamic-pages';
import { AppError, sendError } from './errors';
import { loadPrerendered, pageRoutes, seoRoutes } from './pages';
import { PRERENDERED } from './prerendered-layout';

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
  const sendShell = (reply: FastifyReply) =>
    reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(indexHtml);
  const pages = loadPrerendered(root, publicUrl);
  pageRoutes(app, pages, sendShell);
  if (hasBuild) dynamicPageRoutes(app, indexHtml, publicUrl.replace(/\/$/, ''), sendShell);
  seoRoutes(app, pages, publicUrl, async () =>
    (await Promise.all(dynamicPagesOf(app).map((p) => p.sitemap()))).flat(),
  );
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && hasBuild;
    if (!wantsPage) return sendError(request, reply, new AppError('route_not_found', 404));
    return sendShell(reply);
  });
}
