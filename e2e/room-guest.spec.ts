import type { Browser, Page } from '@playwright/test';
import { checkPage } from './support/helpers';
import { enterRoom, groupWithMeeting } from './support/room';
import { expect, test } from './support/test';

test.setTimeout(120_000);

/** A guest without an account fills in the join form on a fresh phone. */
async function guestJoins(browser: Browser, code: string, name: string, check = false): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/join');
  await expect(page.getByRole('heading', { name: 'Meedoen als gast' })).toBeVisible();
  if (check) {
    // Without the confidentiality agreement nobody gets in.
    await page.getByRole('button', { name: 'Naar de wachtkamer' }).click();
    await expect(page.getByText('Vul de code van het scherm in.')).toBeVisible();
    await expect(page.getByText('Zonder deze afspraak kun je niet meedoen.')).toBeVisible();
    await checkPage(page, 'room-guest-join');
  }
  await page.getByLabel('Code').fill(code);
  await page.getByLabel('Je naam').fill(name);
  await page.getByLabel('Ik houd wat hier besproken wordt vertrouwelijk').check();
  await page.getByRole('button', { name: 'Naar de wachtkamer' }).click();
  await expect(page.getByRole('heading', { name: 'Je zit in de wachtkamer' })).toBeVisible();
  return page;
}

test('a guest joins with the projector code, waits unseen, is admitted; another guest is refused', async ({
  browser,
}) => {
  const { people, meetingId, projector } = await groupWithMeeting(browser, ['Anna', 'Bram']);
  const [anna, bram] = people as [(typeof people)[0], (typeof people)[0]];
  await enterRoom(people, meetingId);
  await projector.goto(`/meetings/${meetingId}/present`);
  const codeBox = projector.getByTestId('join-code');
  await expect(codeBox).toHaveText(/\w{4,}/);
  const code = ((await codeBox.textContent()) ?? '').replace(/\s/g, '');

  const eva = await guestJoins(browser, code, 'Eva', true);
  await expect(eva).toHaveURL(new RegExp(`/meetings/${meetingId}/live$`));
  await expect(eva.getByRole('status').filter({ hasText: 'laat je zo binnen' })).toBeVisible();
  // Waiting: nothing of the meeting, not even who is there.
  await expect(eva.getByText('Anna')).toHaveCount(0);
  await expect(eva.getByText('Bram')).toHaveCount(0);
  await expect(eva.getByRole('heading', { name: /Deelnemers/ })).toHaveCount(0);
  await checkPage(eva, 'room-guest-waiting');

  // Only the chair sees the waiting room; a member does not.
  const waiting = anna.page.getByRole('region', { name: 'Gasten in de wachtkamer' });
  await expect(waiting.getByText('Eva', { exact: true })).toBeVisible();
  await expect(bram.page.getByRole('button', { name: 'Eva toelaten' })).toHaveCount(0);
  await anna.page.getByRole('button', { name: 'Eva toelaten' }).click();

  await expect(eva.getByRole('heading', { name: 'Wie is er?' })).toBeVisible();
  await expect(eva.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible();
  await expect(eva.getByText('Eva (jij)')).toBeVisible();
  await expect(eva.locator('.presence li', { hasText: 'Eva' }).getByText('Gast')).toBeVisible();
  await expect(eva.getByText('Anna')).toBeVisible();
  await expect(bram.page.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible();
  await expect(anna.page.getByRole('button', { name: 'Eva toelaten' })).toHaveCount(0);

  // A second guest is turned away and told so.
  const finn = await guestJoins(browser, code, 'Finn');
  await expect(waiting.getByText('Finn', { exact: true })).toBeVisible();
  await waiting
    .getByRole('listitem')
    .filter({ hasText: 'Finn' })
    .getByRole('button', { name: 'Weigeren' })
    .click();
  await expect(
    finn.getByText('De gespreksleider heeft je niet toegelaten tot deze bijeenkomst.'),
  ).toBeVisible();
  await expect(finn.getByRole('heading', { name: 'Je zit in de wachtkamer' })).toHaveCount(0);
  await expect(finn.getByText('Anna')).toHaveCount(0);
  await expect(anna.page.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible();
  await expect(anna.page.getByText('Finn')).toHaveCount(0);
  await expect(eva.getByRole('heading', { name: 'Wie is er?' })).toBeVisible();
});
