import { checkPage, confirmByMail, uniqueEmail } from './support/helpers';
import { expect, test } from './support/test';

test('REPORT-6: an admin chooses with the keyboard what others see of a report, and it stays chosen', async ({
  page,
}) => {
  await page.goto('/sign-up?next=/groups/new');
  await page.getByLabel('Naam').fill('Ruud Beheer');
  const email = uniqueEmail('ruud');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill('samen leren 2026');
  await page.getByRole('main').getByRole('button', { name: 'Account aanmaken' }).click();
  await confirmByMail(page, email);
  await page.getByLabel('Naam van de groep').fill('Kring Verslagen');
  await page.getByRole('button', { name: 'Groep aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kring Verslagen' })).toBeVisible();

  const panel = page.getByRole('region', { name: 'Verslagen delen' });
  const summary = panel.getByRole('radio', { name: 'Alleen de samenvatting' });
  await expect(summary).toBeChecked();
  await expect(summary).toHaveAccessibleDescription(/^Alleen de inbrenger ziet het hele verslag/);
  await checkPage(page, 'report-sharing');

  await summary.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('radio', { name: 'Het hele verslag' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('button', { name: 'Keuze opslaan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('status')).toHaveText('Opgeslagen. Je groep deelt nu: Het hele verslag.');

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Verslagen delen' }).getByRole('radio', { name: 'Het hele verslag' }),
  ).toBeChecked();
});
