import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../../core/i18n/locale';
import { requestLocale } from './errors';
import { ORIGIN, PRERENDERED, pageFile } from './prerendered-layout';

type Pages = Map<string, Record<Locale, string>>;

/** The public pages the build prerendered (scripts/build/prerender.ts), both languages, with PUBLIC_URL filled in. */
export function loadPrerendered(root: string, publicUrl: string): Pages {
  const list = join(root, PRERENDERED, 'pages.json');
  const pages: Pages = new Map();
  if (!existsSync(list)) return pages;
  const origin = publicUrl.replace(/\/$/, '');
  for (const path of JSON.parse(readFileSync(list, 'utf8')) as string[]) {
    const read = (locale: Locale) =>
      readFileSync(join(root, PRERENDERED, pageFile(locale, path)), 'utf8').replaceAll(ORIGIN, origin);
    pages.set(path, { nl: read('nl'), en: read('en') });
  }
  return pages;
}

/**
 * A route per prerendered page (so @fastify/compress applies): `?lang=` names the language, otherwise the
 * visitor's language cookie or browser. Any other query (library filters) gets the app shell instead.
 */
export function pageRoutes(
  app: FastifyInstance,
  pages: Pages,
  sendShell: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  for (const [path, page] of pages) {
    app.get(path, async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      if (Object.keys(query).some((key) => key !== 'lang')) return sendShell(request, reply);
      const locale = LOCALES.find((l) => l === query.lang) ?? requestLocale(request);
      if (!query.lang) reply.header('Vary', 'Cookie, Accept-Language');
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-cache').send(page[locale]);
    });
  }
}

/** robots.txt and sitemap.xml: every public page in both languages; the rest needs an account anyway. */
export function seoRoutes(
  app: FastifyInstance,
  pages: Pages,
  publicUrl: string,
  /** Public pages backed by data (dynamic-pages.ts), listed as they are at the time of asking. */
  more: () => Promise<string[]> = async () => [],
): void {
  const origin = publicUrl.replace(/\/$/, '');
  app.get('/robots.txt', async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .send(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${origin}/sitemap.xml\n`),
  );
  app.get('/sitemap.xml', async (_request, reply) => {
    const urls = [...pages.keys(), ...(await more())].map((path) => {
      const alternates = LOCALES.map(
        (l) => `<xhtml:link rel="alternate" hreflang="${l}" href="${origin}${path}?lang=${l}"/>`,
      ).join('');
      return `<url><loc>${origin}${path}</loc>${alternates}</url>`;
    });
    return reply
      .type('application/xml; charset=utf-8')
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`,
      );
  });
}
