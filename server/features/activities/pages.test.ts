import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../../test/app';
import type { Person } from '../groups/test-helpers';

// A build folder with the app shell as the build writes it (with the landing page's description).
const dist = mkdtempSync(join(tmpdir(), 'kring-activity-pages-'));
mkdirSync(dist, { recursive: true });
writeFileSync(
  join(dist, 'index.html'),
  '<!doctype html><html lang="nl"><head><title>Kring</title>\n    <meta name="description" content="Landing" /></head><body><div id="root"></div></body></html>',
);

describe('public activity pages for search engines', () => {
  let t: TestApp;
  let provider: Person;
  let id: string;
  let slug: string;
  beforeAll(async () => {
    const { createTestApp, signUp } = await import('../../test/app');
    const { call, person } = await import('../groups/test-helpers');
    t = await createTestApp(
      'pglite',
      {
        publicUrl: 'https://kring.example',
        operators: ['beheer@kring.test'],
      },
      undefined,
      { webRoot: dist },
    );
    const signedUp = await signUp(t.app, { email: 'beheer@kring.test' });
    const operator = {
      cookie: signedUp.cookie,
      id: signedUp.user.id,
      email: 'beheer@kring.test',
      name: 'Beheer',
    };
    provider = await person(t.app, 'Pien Praktijk');
    slug = (
      await call(t.app, operator, 'POST', '/api/providers', {
        name: 'Wijkleren',
        ownerEmail: provider.email,
      })
    ).json().slug;
    id = (
      await call(t.app, provider, 'POST', `/api/providers/${slug}/activities`, {
        kind: 'session',
        title: 'Open intervisie </script> voor wijkteams',
        description: 'Een ochtend intervisie met de incidentmethode.\nVoor iedereen in een wijkteam.',
        sessions: [{ date: '2031-05-12', time: '09:30' }],
        durationMinutes: 120,
        place: 'Zwolle',
        capacity: 8,
      })
    ).json().id;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("an activity's page has its own title, description, language alternates and schema.org Event, safely", async () => {
    const html = (await t.app.inject({ url: `/activities/${id}?lang=en` })).payload;
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<title>Open intervisie &lt;/script&gt; voor wijkteams · Kring</title>');
    expect(html).toContain(
      '<meta name="description" content="Een ochtend intervisie met de incidentmethode. Voor iedereen in een wijkteam." />',
    );
    expect(html).not.toContain('content="Landing"');
    expect(html).toContain(`hreflang="nl" href="https://kring.example/activities/${id}?lang=nl"`);
    expect(html).toContain('type="application/atom+xml"');
    const block = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
    expect(JSON.parse(block!)).toMatchObject({
      '@type': 'Event',
      name: 'Open intervisie </script> voor wijkteams',
      startDate: '2031-05-12T07:30:00.000Z',
      location: { '@type': 'Place', name: 'Zwolle' },
      organizer: { name: 'Wijkleren', url: `https://kring.example/providers/${slug}` },
    });
  });

  it('the provider page and the list have theirs; an unknown activity gets the plain shell; all are in the sitemap', async () => {
    const profile = (await t.app.inject({ url: `/providers/${slug}?lang=nl` })).payload;
    expect(profile).toContain('<title>Wijkleren · Kring</title>');
    expect(profile).toContain('Wijkleren begeleidt intervisie.');
    const list = (await t.app.inject({ url: '/activities?lang=nl' })).payload;
    expect(list).toContain('<title>Aankomende activiteiten · Kring</title>');
    expect((await t.app.inject({ url: '/activities/nope' })).payload).toContain('content="Landing"');
    const sitemap = (await t.app.inject({ url: '/sitemap.xml' })).payload;
    for (const path of ['/activities', `/activities/${id}`, `/providers/${slug}`])
      expect(sitemap).toContain(`<loc>https://kring.example${path}</loc>`);
  });
});
