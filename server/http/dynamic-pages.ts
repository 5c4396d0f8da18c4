import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../../core/i18n/locale';
import { requestLocale } from './errors';

/** What a public page backed by data (an activity, a provider) puts in its head for search engines. */
export type PageHead = {
  title: string;
  description: string;
  /** schema.org data, as the text of a `<script type="application/ld+json">` data block. */
  jsonLd?: string;
  /** Extra `<link>` elements (a feed), already escaped. */
  links?: string[];
};

/**
 * A public page whose content lives in the database, so the build cannot prerender it: the server gives
 * the app shell with the page's own title, description, language alternates and structured data, and lists
 * the page in the sitemap. The body is rendered by the app in the browser.
 */
export type DynamicPage = {
  path: string;
  head(params: Record<string, string>, locale: Locale): Promise<PageHead | null>;
  /** The concrete paths of this page for sitemap.xml. */
  sitemap(): Promise<string[]>;
};

const registry = new WeakMap<FastifyInstance, DynamicPage[]>();

/** Features declare their data-backed public pages here; static.ts serves them once the shell is read. */
export function dynamicPage(app: FastifyInstance, page: DynamicPage): void {
  registry.set(app, [...(registry.get(app) ?? []), page]);
}

export const dynamicPagesOf = (app: FastifyInstance): DynamicPage[] => registry.get(app) ?? [];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The shell with the page's head: the language, title, description, hreflang alternates and data. */
export function withHead(shell: string, head: PageHead, url: string, locale: Locale, origin: string): string {
  const alternate = (lang: string, query: string) =>
    `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(`${origin}${url}${query}`)}" />`;
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    ...LOCALES.map((l) => alternate(l, `?lang=${l}`)),
    alternate('x-default', ''),
    ...(head.links ?? []),
    ...(head.jsonLd ? [`<script type="application/ld+json">${head.jsonLd}</script>`] : []),
  ].join('\n    ');
  return shell
    .replace(/<html lang="[a-z]+"/, `<html lang="${locale}"`)
    .replace(/\s*<meta name="description" content="[^"]*" \/>/, '')
    .replace(/<title>.*<\/title>/, () => tags);
}

/** Routes for the declared pages: `?lang=` names the language, otherwise the cookie or the browser. */
export function dynamicPageRoutes(
  app: FastifyInstance,
  shell: string,
  origin: string,
  sendShell: (request: FastifyRequest, reply: FastifyReply) => unknown,
): void {
  for (const page of dynamicPagesOf(app)) {
    app.get(page.path, async (request: FastifyRequest, reply) => {
      const query = request.query as Record<string, unknown>;
      if (Object.keys(query).some((key) => key !== 'lang')) return sendShell(request, reply);
      const locale = LOCALES.find((l) => l === query.lang) ?? requestLocale(request);
      const head = await page.head(request.params as Record<string, string>, locale).catch(() => null);
      if (!head) return sendShell(request, reply);
      if (!query.lang) reply.header('Vary', 'Cookie, Accept-Language');
      const path = request.url.split('?')[0]!;
      return reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-cache')
        .send(withHead(shell, head, path, locale, origin));
    });
  }
}
