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
  for (const [locale, loading, menu] of [
    ['nl-NL', 'Bezig met laden…', 'Hoofdmenu'],
    ['en-GB', 'Loading…', 'Main menu'],
  ] as const) {
    const context = await browser.newContext({ javaScriptEnabled: false, locale });
    const page = await context.newPage();
    await page.goto('/meetings/00000000-0000-0000-0000-000000000000/live');
    await expect(page.getByRole('status')).toHaveText(loading);
    await expect(page.getByRole('navigation', { name: menu })).toBeVisible();
    const lang = locale.slice(0, 2);
    const preloads = await page
      .locator('link[rel=modulepreload]')
      .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(preloads.some((href) => href?.includes('/RoomPage-'))).toBe(true);
    expect(preloads.some((href) => href?.includes(`/locale-${lang}-room-`))).toBe(true);
    await context.close();
  }
});
