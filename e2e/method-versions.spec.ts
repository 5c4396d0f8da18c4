import type { BrowserContext, Page } from '@playwright/test';
import { checkPage, signUpByApi, snap, uniqueEmail } from './support/helpers';
import { expect, test } from './support/test';

async function post<T>(context: BrowserContext, path: string, data: unknown): Promise<T> {
  const response = await context.request.post(path, { data });
  expect(response.ok(), `${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

async function signUp(context: BrowserContext, name: string): Promise<void> {
  await signUpByApi(context, {
    email: uniqueEmail(name.toLowerCase()),
    password: 'intervisie werkt 2026',
    name,
  });
}

const phaseTitles = (page: Page) => page.locator('.mv-phase-title').allTextContents();
const total = (page: Page) => page.getByText(/^Totale duur:/);

test('an admin copies the Incidentmethode, shortens a time box, reorders and adds a phase, saves and finds it back', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signUp(page.context(), 'Anna');
  const group = await post<{ id: string }>(page.context(), '/api/groups', {
    name: 'Intervisie Wijkteam Zuid',
  });

  // From the group page to the group's (still empty) method list.
  await page.goto(`/groups/${group.id}`);
  await page.getByRole('link', { name: 'Methoden van de groep bekijken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Methoden van de groep' })).toBeVisible();
  await expect(page.getByText('De groep heeft nog geen eigen methoden.')).toBeVisible();

  // Copying without a choice names the problem at the field.
  await page.getByRole('button', { name: 'Kopiëren en aanpassen' }).click();
  await expect(page.getByText('Kies eerst een methode.')).toBeVisible();
  await expect(page.getByLabel('Methode uit de bibliotheek', { exact: true })).toBeFocused();
  await page.getByLabel('Methode uit de bibliotheek', { exact: true }).selectOption('incident');
  await page.getByRole('button', { name: 'Kopiëren en aanpassen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Incidentmethode' })).toBeVisible();
  await expect(page).toHaveURL(/\/groups\/[^/]+\/methods\/[^/]+$/);
  const before = await phaseTitles(page);
  expect(before[0]).toContain('Incidenten kiezen');
  expect(before[1]).toContain('Inleiding door de inbrenger');
  const start = Number((await total(page).textContent())!.match(/[\d,]+/)![0].replace(',', '.'));
  await checkPage(page, 'method-version-editor');

  // The information round gets 12.5 instead of 15 minutes; the total follows at once.
  await page.getByLabel('Tijdsblok (minuten)').nth(2).fill('12.5');
  await expect(total(page)).toHaveText(`Totale duur: ${String(start - 2.5).replace('.', ',')} minuten`);

  // Keyboard only: the first phase goes one place down and focus goes with it.
  const down = page.getByRole('button', { name: 'Fase 1, Incidenten kiezen, een plek omlaag' });
  await down.focus();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Fase 2, Incidenten kiezen, een plek omlaag' }),
  ).toBeFocused();

  // A new phase starts with sensible building blocks and its title field focused.
  await page.getByRole('button', { name: 'Fase toevoegen' }).click();
  await expect(page.getByLabel('Titel in het Nederlands')).toBeFocused();
  await page.getByLabel('Titel in het Nederlands').fill('Afronden');
  await expect(total(page)).toHaveText(`Totale duur: ${String(start + 2.5).replace('.', ',')} minuten`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'method-version-editor-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Opgeslagen.', { exact: true })).toBeVisible();

  // After a reload the saved structure is what the server holds.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Incidentmethode' })).toBeVisible();
  const after = await phaseTitles(page);
  expect(after[0]).toContain('Inleiding door de inbrenger');
  expect(after[1]).toContain('Incidenten kiezen');
  expect(after.at(-1)).toContain('Afronden');
  await expect(page.getByLabel('Tijdsblok (minuten)').nth(2)).toHaveValue('12.5');
  await expect(total(page)).toHaveText(`Totale duur: ${String(start + 2.5).replace('.', ',')} minuten`);

  // A broken time box is refused with the reason at the field.
  await page.getByLabel('Tijdsblok (minuten)').nth(0).fill('0');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Niet opgeslagen. Verbeter de gemarkeerde velden.')).toBeVisible();
  await expect(page.getByLabel('Tijdsblok (minuten)').nth(0)).toBeFocused();
  await checkPage(page, 'method-version-editor-error');

  // The list shows the version with its new duration.
  await page.getByRole('link', { name: 'Alle methoden van de groep' }).click();
  const item = page.getByRole('listitem').filter({ hasText: 'Incidentmethode' });
  await expect(item).toContainText('versie 1');
  await expect(item).toContainText(`${String(start + 2.5).replace('.', ',')} min`);
  await checkPage(page, 'method-versions-list');

  // A plain member reads the same method but gets no edit controls.
  const memberContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signUp(memberContext, 'Bram');
  const invite = await post<{ token: string }>(page.context(), `/api/groups/${group.id}/invites`, {});
  await post(memberContext, `/api/invites/${invite.token}/accept`, {});
  const member = await memberContext.newPage();
  await member.goto(page.url());
  await member.getByRole('link', { name: 'Incidentmethode' }).click();
  await expect(member.getByText('Je kunt deze methode bekijken.', { exact: false })).toBeVisible();
  await expect(member.getByRole('button', { name: 'Opslaan' })).toHaveCount(0);
  await expect(member.getByLabel('Tijdsblok (minuten)')).toHaveCount(0);
  await checkPage(member, 'method-version-readonly');
  await memberContext.close();
});
