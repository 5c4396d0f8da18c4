import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../test/app';
import { ORIGIN, PRERENDERED, SHELLS, shellFile } from './prerendered-layout';

// A build folder with one prerendered page in both languages, as scripts/build/prerender.ts writes it.
const dist = mkdtempSync(join(tmpdir(), 'kring-pages-'));
const page = (lang: string, title: string) =>
  `<!doctype html><html lang="${lang}" data-prerendered="${lang}"><head><title>${title}</title>` +
  `<link rel="alternate" hreflang="en" href="${ORIGIN}/methods/balint?lang=en" /></head>` +
  `<body><div id="root"><h1>${title}</h1>${'<p>tekst</p>'.repeat(200)}</div></body></html>`;
mkdirSync(join(dist, PRERENDERED, 'nl', 'methods'), { recursive: true });
mkdirSync(join(dist, PRERENDERED, 'en', 'methods'), { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(join(dist, PRERENDERED, 'pages.json'), JSON.stringify(['/methods/balint']));
writeFileSync(join(dist, PRERENDERED, 'nl', 'methods', 'balint.html'), page('nl', 'Balint-methode'));
writeFileSync(join(dist, PRERENDERED, 'en', 'methods', 'balint.html'), page('en', 'Balint method'));
// The room's app shell in both languages, as the build writes it.
writeFileSync(
  join(dist, PRERENDERED, SHELLS),
  JSON.stringify([{ name: 'room', path: '/meetings/:meetingId/live' }]),
);
for (const lang of ['nl', 'en'])
  writeFileSync(
    join(dist, PRERENDERED, shellFile(lang as 'nl' | 'en', 'room')),
    `<html lang="${lang}">room shell${'<p>laden</p>'.repeat(100)}`,
  );

describe('prerendered public pages', () => {
  let t: TestApp;
  beforeAll(async () => {
    const { createTestApp } = await import('../test/app');
    t = await createTestApp('pglite', { publicUrl: 'https://kring.example' }, undefined, { webRoot: dist });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it('sends the page in the language asked for, else the cookie’s, else the browser’s, else Dutch', async () => {
    expect((await get('/methods/balint?lang=en')).payload).toContain('<h1>Balint method</h1>');
    expect((await get('/methods/balint', { cookie: 'kring_lang=en' })).payload).toContain('lang="en"');
    expect((await get('/methods/balint', { 'accept-language': 'en-GB,en' })).payload).toContain('lang="en"');
    const plain = await get('/methods/balint');
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(plain.headers.vary).toMatch(/Cookie, Accept-Language/);
    expect(plain.payload).toContain('<h1>Balint-methode</h1>');
  });

  it('fills in the public address for the alternate-language links, and compresses the page', async () => {
    const res = await get('/methods/balint?lang=nl', { 'accept-encoding': 'br' });
    expect(res.headers['content-encoding']).toBe('br');
    const html = brotliDecompressSync(res.rawPayload).toString();
    expect(html).toContain('href="https://kring.example/methods/balint?lang=en"');
    expect(html).not.toContain(ORIGIN);
  });

  it('gives the app shell for a filtered address, and never the raw files', async () => {
    expect((await get('/methods/balint?tab=2')).payload).toBe('<!doctype html><div id="root"></div>');
    expect((await get(`/${PRERENDERED}/nl/methods/balint.html`)).payload).not.toContain('Balint');
  });

  it('starts a page the build made a shell for from that shell, in the visitor’s language', async () => {
    const room = await get('/meetings/m1/live', { cookie: 'kring_lang=en' });
    expect(room.payload).toMatch(/^<html lang="en">room shell/);
    expect(room.headers.vary).toMatch(/Cookie, Accept-Language/);
    expect(room.headers['cache-control']).toBe('no-cache');
    expect((await get('/meetings/m1/live/', { 'accept-language': 'nl' })).payload).toMatch(
      /^<html lang="nl">room shell/,
    );
    const compressed = await get('/meetings/m1/live', { 'accept-encoding': 'gzip, deflate, br' });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toMatch(/^<html lang="nl">room shell/);
    // Other pages, and addresses below the room's, get the plain app shell.
    expect((await get('/meetings/m1/live/more')).payload).toBe('<!doctype html><div id="root"></div>');
    expect((await get('/groups')).payload).toBe('<!doctype html><div id="root"></div>');
  });

  it('lists every public page in both languages in sitemap.xml, named by robots.txt', async () => {
    const robots = await get('/robots.txt');
    expect(robots.payload).toContain('Sitemap: https://kring.example/sitemap.xml');
    expect(robots.payload).toContain('Disallow: /api/');
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.headers['content-type']).toMatch(/^application\/xml/);
    expect(sitemap.payload).toContain('<loc>https://kring.example/methods/balint</loc>');
    expect(sitemap.payload).toContain('hreflang="en" href="https://kring.example/methods/balint?lang=en"');
  });
});
