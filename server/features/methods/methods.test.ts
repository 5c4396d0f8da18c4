import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type MethodDetail,
  methodDetailSchema,
  methodListSchema,
  suggestionsSchema,
} from '../../../core/api/methods';
import { methods } from '../../../core/methods/index';
import { createTestApp, type TestApp } from '../../test/app';

// The library does not touch the database, so one database kind is enough here.
describe('public method library', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite');
  });
  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it('lists every method with both languages when no language is asked for, without an account', async () => {
    const res = await get('/api/methods');
    expect(res.statusCode).toBe(200);
    const body = methodListSchema.parse(res.json());
    expect(body.lang).toBe('all');
    expect(body.methods.map((m) => m.id)).toEqual(methods.map((m) => m.id));
    const incident = body.methods.find((m) => m.id === 'incident');
    expect(incident).toMatchObject({ names: { nl: 'Incidentmethode', en: 'Incident method' } });
    expect(incident).not.toHaveProperty('phases');
  });

  it('answers in one language for ?lang= and for Accept-Language, ?lang winning', async () => {
    const en = methodListSchema.parse((await get('/api/methods?lang=en')).json());
    expect(en.methods.find((m) => m.id === 'incident')?.names).toBe('Incident method');
    const nl = methodListSchema.parse(
      (await get('/api/methods', { 'accept-language': 'nl-BE,en;q=0.5' })).json(),
    );
    expect(nl.lang).toBe('nl');
    expect(nl.methods.find((m) => m.id === 'incident')?.names).toBe('Incidentmethode');
    const both = (await get('/api/methods?lang=all', { 'accept-language': 'en' })).json();
    expect(both.lang).toBe('all');
    const german = (await get('/api/methods', { 'accept-language': 'de-DE' })).json();
    expect(german.lang).toBe('all');
    expect((await get('/api/methods?lang=fr')).statusCode).toBe(400);
  });

  it('gives the full structure of one method, phases and all, localized when asked', async () => {
    const all = methodDetailSchema.parse((await get('/api/methods/incident')).json()) as MethodDetail;
    expect(all.method).toEqual(methods.find((m) => m.id === 'incident'));
    const en = (await get('/api/methods/incident?lang=en')).json();
    expect(methodDetailSchema.parse(en).lang).toBe('en');
    expect(typeof en.method.phases[0].title).toBe('string');
    expect(en.method.phases[0].title).toBe(all.method.phases[0]!.title.en);
  });

  it('says which earlier phase each phase works on, by that phase’s id, in every language form', async () => {
    for (const lang of ['all', 'en']) {
      const sioo = (await get(`/api/methods/sioo?lang=${lang}`)).json().method;
      const phase = (id: string) => sioo.phases.find((p: { id: string }) => p.id === id);
      expect(phase('pick').uses).toEqual([{ phase: 'hypotheses', actions: ['rate', 'choose'] }]);
      expect(phase('interventions').uses).toEqual([
        { phase: 'hypotheses', actions: ['show'], chosenOnly: true },
      ]);
      expect(phase('situation').uses).toBeUndefined();
    }
  });

  it('PAIR-1: says which method lets two case-givers bring a case in together: Balint, and no other', async () => {
    for (const lang of ['all', 'nl']) {
      expect((await get(`/api/methods/balint?lang=${lang}`)).json().method.caseGiverPair).toBe(true);
      expect((await get(`/api/methods/sioo?lang=${lang}`)).json().method.caseGiverPair).toBe(false);
    }
    expect(methods.filter((m) => m.caseGiverPair).map((m) => m.id)).toEqual(['balint']);
  });

  it('answers an unknown method with a 404 JSON error in the asked language', async () => {
    for (const id of ['nope', '__proto__', 'constructor']) {
      const res = await get(`/api/methods/${id}`, { 'accept-language': 'en' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'method_not_found', message: /does not exist/ });
    }
  });

  it('is cacheable: a strong ETag, Cache-Control, and 304 for a matching If-None-Match', async () => {
    for (const url of ['/api/methods', '/api/methods/incident?lang=nl']) {
      const first = await get(url);
      const etag = String(first.headers.etag);
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(first.headers['cache-control']).toMatch(/public/);
      expect(first.headers.vary).toMatch(/Accept-Language/);
      const again = await get(url, { 'if-none-match': `"other", ${etag}` });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(etag);
      expect((await get(url, { 'if-none-match': '"stale"' })).statusCode).toBe(200);
    }
    const nl = (await get('/api/methods?lang=nl')).headers.etag;
    const en = (await get('/api/methods?lang=en')).headers.etag;
    expect(nl).not.toBe(en);
  });

  it('ranks methods for the chooser with the reasons, and refuses incomplete answers', async () => {
    const res = await get('/api/methods/suggestions?topic=incident&minutes=60&experience=new');
    expect(res.statusCode).toBe(200);
    const { suggestions } = suggestionsSchema.parse(res.json());
    expect(suggestions).toHaveLength(methods.length);
    expect(suggestions[0]).toMatchObject({ methodId: 'incident', fits: true });
    expect(suggestions[0]!.reasons.map((r) => r.code)).toContain('madeForTopic');
    const bad = await get('/api/methods/suggestions?topic=gossip&minutes=60', { 'accept-language': 'en' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
  });
});
