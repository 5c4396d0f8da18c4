import { readFile } from 'node:fs/promises';
import type { BrowserContext } from '@playwright/test';
import { checkPage, signUpByApi, uniqueEmail } from './support/helpers';
import { expect, test } from './support/test';

const PASSWORD = 'mijn eigen gegevens 2026';

async function post<T>(context: BrowserContext, path: string, data: unknown): Promise<T> {
  const response = await context.request.post(path, { data });
  expect(response.ok(), `${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

test('EXPORT-1, ACCOUNT-1…3: a member downloads their own data as HTML and JSON, closes the group they are the last admin of, and deletes their account', async ({
  page,
  browser,
}) => {
  const email = uniqueEmail('vera');
  await signUpByApi(page.context(), { name: 'Vera Verhoef', email, password: PASSWORD });
  // Vera is the last admin of a group with Wim in it, and alone in another.
  const shared = await post<{ id: string }>(page.context(), '/api/groups', { name: 'Kring Samen' });
  await post(page.context(), '/api/groups', { name: 'Kring Alleen' });
  const invite = await post<{ token: string }>(page.context(), `/api/groups/${shared.id}/invites`, {});
  const wim = await browser.newContext();
  await signUpByApi(wim, { name: 'Wim', email: uniqueEmail('wim'), password: PASSWORD });
  await post(wim, `/api/invites/${invite.token}/accept`, {});

  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1, name: 'Je account' })).toBeVisible();
  const deletion = page.getByRole('region', { name: 'Account verwijderen' });
  await expect(deletion.getByText(/^Je bent de laatste beheerder van deze groepen/)).toBeVisible();
  await expect(deletion.getByRole('listitem').filter({ hasText: 'Kring Samen' })).toBeVisible();
  await expect(deletion.getByText(/^Deze groepen hebben geen andere leden/)).toBeVisible();
  await expect(deletion.getByRole('listitem').filter({ hasText: 'Kring Alleen' })).toBeVisible();
  await expect(deletion.getByRole('button', { name: 'Mijn account verwijderen' })).toHaveCount(0);
  await checkPage(page, 'account-deletion-waits');

  // The own data, readable and as a data file.
  const exports = page.getByRole('region', { name: 'Mijn gegevens' });
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('link', { name: 'Download als leesbaar document (HTML)' }).click(),
  ]);
  const document = await readFile((await html.path())!, 'utf8');
  expect(document).toContain('<h1>Mijn gegevens uit Kring</h1>');
  for (const text of ['Vera Verhoef', email, 'Kring Samen', 'Kring Alleen']) expect(document).toContain(text);
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('link', { name: 'Download als gegevensbestand (JSON)' }).click(),
  ]);
  const data = JSON.parse(await readFile((await json.path())!, 'utf8'));
  expect(data.profile).toMatchObject({ name: 'Vera Verhoef', email });
  expect(data.memberships.map((m: { group: string }) => m.group).sort()).toEqual([
    'Kring Alleen',
    'Kring Samen',
  ]);

  // Closing the shared group takes a second click; then the account can go.
  await deletion.getByRole('button', { name: 'Groep Kring Samen opheffen' }).click();
  await expect(deletion.getByRole('alert')).toContainText('De groep Kring Samen opheffen?');
  await deletion.getByRole('button', { name: 'Groep Kring Samen opheffen' }).click();
  await expect(deletion.getByLabel('Bevestig met je wachtwoord')).toBeVisible();
  await expect(deletion.getByRole('listitem').filter({ hasText: 'Kring Samen' })).toHaveCount(0);
  await checkPage(page, 'account-deletion-ready');
  await deletion.getByLabel('Bevestig met je wachtwoord').fill('niet mijn wachtwoord');
  await deletion.getByRole('button', { name: 'Mijn account verwijderen' }).click();
  await expect(deletion.getByRole('alert')).toContainText('E-mailadres of wachtwoord klopt niet');
  await deletion.getByLabel('Bevestig met je wachtwoord').fill(PASSWORD);
  await deletion.getByRole('button', { name: 'Mijn account verwijderen' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: 'Inloggen' }).first()).toBeVisible();

  // Gone: signing in fails, and Wim's group was closed.
  const signIn = await page.request.post('/api/auth/sign-in/email', { data: { email, password: PASSWORD } });
  expect(signIn.status()).toBe(401);
  expect((await wim.request.get(`/api/groups/${shared.id}`)).status()).toBe(404);
});
