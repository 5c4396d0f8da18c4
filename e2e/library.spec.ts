import { checkPage } from './support/helpers';
import { expect, test } from './support/test';

test('a visitor learns what intervision is and browses the method library in Dutch', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Intervisie' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wat is intervisie?' })).toBeVisible();
  for (const heading of [
    'Wat een goed gesprek nodig heeft',
    'Wat intervisie niet is',
    'Waar het vandaan komt',
    'Begeleide intervisie',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await checkPage(page, 'library-about');

  await page.getByRole('link', { name: 'Bekijk de methoden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Methoden voor intervisie' })).toBeVisible();
  const cards = page.getByRole('main').getByRole('article');
  // The heading shows before the list has loaded: wait for the cards, not just the page.
  await expect(cards.first()).toBeVisible();
  const total = await cards.count();
  expect(total).toBeGreaterThanOrEqual(8);
  await expect(page.getByRole('status').filter({ hasText: `${total} van ${total} methoden` })).toBeVisible();
  await checkPage(page, 'library-list');

  // Filter: a concrete incident for a starting group narrows the list, and the incident method stays.
  await page.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Een concreet voorval' });
  await page
    .getByRole('combobox', { name: 'Ervaring van de groep' })
    .selectOption({ label: 'We beginnen net' });
  await expect(page).toHaveURL(/topic=incident/);
  await expect(cards.getByRole('link', { name: 'Incidentmethode' })).toBeVisible();
  await expect.poll(() => cards.count()).toBeLessThan(total);

  // Search with nothing left shows the empty state, which clears everything again.
  await page.getByLabel('Zoeken').fill('xyzzy-bestaat-niet');
  await expect(page.getByRole('heading', { name: 'Geen methode past bij deze keuze' })).toBeVisible();
  await checkPage(page, 'library-empty');
  await page.getByRole('main').getByRole('button', { name: 'Filters wissen' }).last().click();
  await expect(cards).toHaveCount(total);

  await page.getByLabel('Zoeken').fill('balint');
  await expect(cards).toHaveCount(1);
  await cards.getByRole('link', { name: 'Balint-methode' }).click();

  // The method page: a timeline with one segment per phase, roles, and every phase in detail.
  await expect(page.getByRole('heading', { level: 1, name: 'Balint-methode' })).toBeVisible();
  const phases = page.locator('.lib-phase-list > li');
  await expect(phases.first()).toBeVisible();
  const phaseCount = await phases.count();
  expect(phaseCount).toBeGreaterThan(3);
  await expect(page.locator('.lib-timeline-strip > li')).toHaveCount(phaseCount);
  await expect(page.getByRole('heading', { level: 2, name: 'Rollen' })).toBeVisible();
  await expect(page.getByText('Wie draagt bij').first()).toBeVisible();
  await checkPage(page, 'library-method');

  // The print view renders one sheet with every phase and a print button.
  await page.getByRole('link', { name: 'Afdrukversie' }).click();
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
  await expect(page.locator('.lib-sheet-phases > li')).toHaveCount(phaseCount);
  await checkPage(page, 'library-print');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: 'e2e/artifacts/library-print-paper.png', fullPage: true });
  await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
});

test('a reconstruction says so plainly', async ({ page }) => {
  await page.goto('/methods/raguse');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Reconstructie' })).toContainText(
    'voorstel van Kring',
  );
});

test('an unknown method shows a clear message', async ({ page }) => {
  await page.goto('/methods/bestaat-niet');
  await expect(page.getByRole('alert')).toContainText('Deze methode bestaat niet');
  await checkPage(page, 'library-method-missing');
});

test('the chooser ranks methods with reasons, in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Methods' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intervision methods' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Incident method' })).toBeVisible();
  await checkPage(page, 'library-list-en');

  await page.getByRole('link', { name: 'Open the method chooser' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Which method fits?' })).toBeVisible();
  await page.getByRole('button', { name: 'Show suggestions' }).click();
  await expect(page.getByRole('alert')).toContainText('Answer all three questions first');
  await page.getByRole('radio', { name: 'A concrete incident' }).check();
  await page.getByRole('radio', { name: '60 minutes' }).check();
  await page.getByRole('radio', { name: 'We are just starting' }).check();
  await page.getByRole('button', { name: 'Show suggestions' }).click();

  const results = page.getByRole('region', { name: 'Suggestions' });
  await expect(results.getByRole('heading', { level: 2, name: 'Suggestions' })).toBeFocused();
  const first = results.getByRole('listitem').filter({ hasText: 'Suggestion 1' });
  await expect(first.getByRole('link', { name: 'Incident method' })).toBeVisible();
  await expect(first).toContainText('fits in your 60 minutes');
  await expect(page).toHaveURL(/topic=incident&minutes=60&experience=new/);
  await checkPage(page, 'library-chooser-en');

  await first.getByRole('link', { name: 'Incident method' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Incident method' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Timeline' })).toBeVisible();
  await checkPage(page, 'library-method-en');
});

test('the library works with the keyboard alone', async ({ page }) => {
  await page.goto('/methods');
  // The page arrives prerendered; keys typed before React takes it over reach no handler.
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'true');
  await page.getByLabel('Zoeken').focus();
  await page.keyboard.type('krachtenveld');
  // Tab through the filters to the first card's link and open it with Enter.
  const link = page.getByRole('main').getByRole('article').getByRole('link').first();
  for (let i = 0; i < 12 && !(await link.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Krachtenveld');
});

test('every method prints on exactly one A4 page', async ({ page, request }) => {
  const { methods } = (await (await request.get('/api/methods?lang=nl')).json()) as {
    methods: { id: string }[];
  };
  const pages: Record<string, number> = {};
  for (const { id } of methods) {
    await page.goto(`/methods/${id}/print`);
    await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    pages[id] = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  }
  expect(pages).toEqual(Object.fromEntries(methods.map((m) => [m.id, 1])));
});
