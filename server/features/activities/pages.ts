import type { FastifyInstance } from 'fastify';
import { activityEvent, jsonLd } from '../../../core/activities/schema-org';
import { oneLine } from '../../../core/api/text';
import { type Locale, translate } from '../../../core/i18n/index';
import { dynamicPage } from '../../http/dynamic-pages';
import type { ServiceContext } from '../groups/context';
import * as service from './service';

const summary = (text: string) => {
  const line = oneLine(text).replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
};

/**
 * The activities' public pages for search engines: title, description, language alternates, the feed, and
 * on an activity's page its schema.org Event as a JSON-LD data block (data, not script, so the CSP's
 * script-src does not apply); all of them in the sitemap.
 */
export function activityPages(app: FastifyInstance, ctx: ServiceContext, origin: string): void {
  const titled = (title: string, l: Locale) => `${title} · ${translate(l, 'common.appName')}`;
  const feed = (l: Locale) =>
    `<link rel="alternate" type="application/atom+xml" title="${translate(l, 'activities.title')}" href="${origin}/activities/feed.atom?lang=${l}" />`;
  const upcoming = () => service.listActivities(ctx, {});

  dynamicPage(app, {
    path: '/activities',
    head: async (_params, l) => ({
      title: titled(translate(l, 'activities.title'), l),
      description: translate(l, 'activities.lead'),
      links: [feed(l)],
    }),
    sitemap: async () => ['/activities'],
  });
  dynamicPage(app, {
    path: '/activities/:activityId',
    head: async ({ activityId = '' }, l) => {
      const a = await service.getActivity(ctx, activityId);
      return {
        title: titled(a.title, l),
        description: summary(a.description),
        jsonLd: jsonLd(activityEvent(a, origin, l)),
        links: [feed(l)],
      };
    },
    sitemap: async () => (await upcoming()).map((a) => `/activities/${a.id}`),
  });
  dynamicPage(app, {
    path: '/providers/:slug',
    head: async ({ slug = '' }, l) => {
      const p = await service.providerPage(ctx, slug);
      return {
        title: titled(p.name, l),
        description: summary(
          p.description || translate(l, 'activities.provider.metaDescription', { name: p.name }),
        ),
      };
    },
    sitemap: async () => [...new Set((await upcoming()).map((a) => `/providers/${a.provider.slug}`))],
  });
}
