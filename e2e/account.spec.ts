import { checkPage, confirmByMail, uniqueEmail, waitForMail } from './support/helpers';
import { expect, test } from './support/test';

test('a new member signs up, resets the password by mail, switches language, signs out and in', async ({
  page,
}) => {
  const email = uniqueEmail('sanne');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Samen sterker in je vak' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await checkPage(page, 'landing');

  await page.getByRole('link', { name: 'Account aanmaken' }).first().click();
  await expect(page.getByRole('heading', { name: 'Maak je account aan' })).toBeVisible();
  await checkPage(page, 'sign-up');
  await page.getByLabel('Naam').fill('Sanne Jansen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('kort');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText('Kies een sterker wachtwoord').first()).toBeVisible();
  await checkPage(page, 'sign-up-error');
  await page.getByLabel('Wachtwoord').fill('intervisie werkt 2026');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByRole('status')).toContainText(email);
  await checkPage(page, 'sign-up-check-mail');
  await confirmByMail(page, email);
  await expect(page.getByText('Welkom, Sanne Jansen')).toBeVisible();

  await page.getByRole('button', { name: 'Accountmenu voor Sanne Jansen' }).click();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByRole('link', { name: 'Inloggen' }).first()).toBeVisible();

  await page.goto('/sign-in');
  await checkPage(page, 'sign-in');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await checkPage(page, 'forgot-password');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(page.getByRole('status')).toContainText('de link onderweg');

  const mail = await waitForMail(email, /Nieuw wachtwoord/);
  const link = mail.text.match(/http:\/\/localhost:\d+\/reset-password\?token=\S+/)?.[0];
  expect(link).toBeTruthy();
  await page.goto(link!);
  await checkPage(page, 'reset-password');
  await page.getByLabel('Nieuw wachtwoord').fill('een nieuw begin 77');
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Je wachtwoord is gewijzigd');

  await page.getByRole('link', { name: 'Inloggen' }).last().click();
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('een nieuw begin 77');
  await page.getByRole('main').getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByText('Welkom, Sanne Jansen')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Stronger in your work, together' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await checkPage(page, 'landing-en');

  await page.getByRole('button', { name: 'Account menu for Sanne Jansen' }).click();
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByLabel('Preferred language')).toHaveValue('en');
  await checkPage(page, 'account-en');

  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { name: 'Je account' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Voorkeurstaal')).toHaveValue('nl');

  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
  await checkPage(page, 'not-found');
});
