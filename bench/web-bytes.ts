import { type Browser, chromium, devices } from '@playwright/test';

/** What one page load downloaded: encoded (on-the-wire) body bytes, as a phone on this server gets them. */
export type RouteBytes = { jsBytes: number; cssBytes: number; totalBytes: number; requests: number };

// The flags of playwright.config.ts (Debian's chromium, no network of its own).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Parses "a=1; b=2" (as seeding returns it) into Playwright cookies for the server's origin. */
function cookiesFor(url: string, header: string) {
  return header
    .split('; ')
    .filter(Boolean)
    .map((pair) => {
      const [name = '', ...rest] = pair.split('=');
      return { name, value: rest.join('='), url };
    });
}

/**
 * Loads `path` in a fresh phone context (empty cache) and sums the encoded bytes of every response
 * until the page is idle and `ready` (a selector the page shows once it has its content) is visible.
 */
export async function measureRoute(
  browser: Browser,
  base: string,
  path: string,
  options: { cookie?: string; ready: string },
): Promise<RouteBytes> {
  const context = await browser.newContext({ ...devices['Pixel 7'], locale: 'nl-NL' });
  if (options.cookie) await context.addCookies(cookiesFor(base, options.cookie));
  const page = await context.newPage();
  const sizes: Promise<{ type: string; bytes: number }>[] = [];
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    // A request still finishing when the page closes counts nothing rather than failing the run.
    sizes.push(
      request.sizes().then(
        (s) => ({ type, bytes: s.responseBodySize }),
        () => ({ type, bytes: 0 }),
      ),
    );
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.locator(options.ready).first().waitFor({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await context.close();
  const sum = (type?: string) =>
    all.filter((s) => !type || s.type === type).reduce((total, s) => total + s.bytes, 0);
  return { jsBytes: sum('script'), cssBytes: sum('stylesheet'), totalBytes: sum(), requests: all.length };
}
