import { expect, test } from './support/test';

/**
 * A public page arrives prerendered, and React takes it over without drawing it again: the text a
 * visitor starts reading never disappears behind "loading" and nothing on the page jumps (no layout
 * shift), also when the session answer comes back before the page's own code.
 */
test('public pages keep their prerendered content while React takes them over', async ({ page }) => {
  await page.addInitScript(() => {
    const seen = { shift: 0, loading: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const main = document.querySelector('main');
      if (!main) return;
      new MutationObserver(() => {
        if (main.querySelector('.loading')) seen.loading = true;
      }).observe(main, { childList: true, subtree: true });
    });
  });
  for (const [path, heading] of [
    ['/', 'Samen sterker in je vak'],
    ['/intervisie', 'Wat is intervisie?'],
    ['/methods', 'Methoden voor intervisie'],
    ['/methods/balint', 'Balint-methode'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    // The landing page's code is in the entry chunk; every other page marks itself ready once loaded.
    if (path !== '/') await expect(page.locator('html[data-ready]')).toBeAttached();
    await page.waitForLoadState('networkidle');
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { shift: number; loading: boolean } }).seen,
    );
    expect(seen.loading, path).toBe(false);
    // Ten times stricter than what Web Vitals call good (0.1). A shift of 0.001 (the header's brand, once,
    // on a cold cache) was seen in one of several runs and is not yet explained; a jump a reader notices is
    // far above this.
    expect(seen.shift, path).toBeLessThan(0.01);
  }
});

/**
 * A page that is not prerendered (the room, a group) shows the header and a loading line in the visitor's
 * language before any script runs, and names the room's code and texts for the browser to fetch at once.
 */
test('the room shows its frame before its scripts run, in the visitor’s language', async ({ browser }) => {
  for (const [locale, loading, menu, signIn] of [
    ['nl-NL', 'Bezig met laden…', 'Hoofdmenu', 'Inloggen'],
    ['en-GB', 'Loading…', 'Main menu', 'Sign in'],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, locale });
    const page = await context.newPage();
    await page.goto('/meetings/00000000-0000-0000-0000-000000000000/live');
    await expect(page.getByRole('status')).toHaveText(loading);
    await expect(page.getByRole('navigation', { name: menu })).toBeVisible();
    // Who is there is not known yet: the room's frame does not offer to sign in (its members are signed in).
    await expect(page.getByRole('link', { name: signIn })).toBeHidden();
    const lang = locale.slice(0, 2);
    const preloads = await page
      .locator('link[rel=modulepreload]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(preloads.some((href) => href?.includes('/RoomPage-'))).toBe(true);
    expect(preloads.some((href) => href?.includes(`/locale-${lang}-room-`))).toBe(true);
    // A public page is for visitors without an account: it offers to sign in before any script runs.
    await page.goto('/methods');
    await expect(page.getByRole('link', { name: signIn })).toBeVisible();
    await context.close();
  }
});

test('a signed-in member never sees "sign in" in the header while a page finds out who they are', async ({
  browser,
  crew,
}) => {
  const context = await browser.newContext({ storageState: crew[0]!.state });
  await context.addInitScript(() => {
    const seen = { signIn: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    const look = () => {
      const link = document.querySelector<HTMLElement>('header a[href="/sign-in"]');
      if (link && getComputedStyle(link).visibility !== 'hidden') seen.signIn = true;
    };
    document.addEventListener('DOMContentLoaded', () => {
      look();
      new MutationObserver(look).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
  });
  const page = await context.newPage();
  for (const path of ['/groups', '/me/learning', '/meetings/00000000-0000-0000-0000-000000000000/live']) {
    await page.goto(path);
    await expect(page.getByRole('button', { name: `Accountmenu voor ${crew[0]!.name}` })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { seen: { signIn: boolean } }).seen.signIn),
      path,
    ).toBe(false);
  }
  await context.close();
});
