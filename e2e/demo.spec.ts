import { checkPage } from './support/helpers';
import { expect, test } from './support/test';

// A visitor on a phone, without an account. The e2e server runs demos 40 times faster (DEMO_SPEED in
// playwright.config.ts), so the meeting of some eight minutes passes in seconds on the same engine and room.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a visitor tries a meeting on a phone without an account: picks a role and a method, the simulated colleagues take part, and the summary follows (DEMO-1, DEMO-2)', async ({
  page,
}) => {
  await page.goto('/');
  const invite = page.getByRole('region', { name: 'Probeer een bijeenkomst' });
  await expect(invite).toBeVisible();
  await checkPage(page, 'demo-landing');

  await invite.getByRole('link', { name: 'Kies zelf een werkvorm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Probeer een bijeenkomst' })).toBeVisible();
  await page.getByRole('radio', { name: /Een ouder die boos wegliep/ }).check();
  await page.getByRole('radio', { name: /Collega: jij stelt vragen/ }).check();
  await checkPage(page, 'demo-choose');
  await page.getByRole('button', { name: 'Start de demo' }).click();

  // The room: labelled as a demo, with the example case at hand; the simulated people join and write.
  await expect(page).toHaveURL(/\/demo\/demo-/);
  await expect(page.getByTestId('practice-banner')).toContainText('de andere deelnemers zijn gesimuleerd');
  const contributions = page.locator('.contribution-text');
  await expect(contributions.first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Daan|Aylin/).first()).toBeVisible();
  await checkPage(page, 'demo-room');

  // At the summary the visitor finishes; the simulated chair ends the meeting and nothing is kept.
  const finish = page.getByRole('button', { name: 'Rond de bijeenkomst af' });
  await expect(finish).toBeVisible({ timeout: 25_000 });
  await finish.click();
  await expect(page.getByText('De demo is klaar. Over een uur is alles gewist.')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Maak een account en plan een echte bijeenkomst' }),
  ).toBeVisible();
  await checkPage(page, 'demo-summary');
});
