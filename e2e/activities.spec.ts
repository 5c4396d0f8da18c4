import type { BrowserContext, Page } from '@playwright/test';
import { checkPage, signUpByApi, uniqueEmail, waitForMail } from './support/helpers';
import { expect, test } from './support/test';

const PASSWORD = 'aanbod voor intervisie 2026';
const OPERATOR = 'beheer@kring.test';

async function post<T>(context: BrowserContext, path: string, data: unknown = {}): Promise<T> {
  const response = await context.request.post(path, { data });
  expect(response.ok(), `${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** Opens the link of a sign-up mail's kind and presses its one button, as a person would. */
async function followLink(
  page: Page,
  to: string,
  subject: RegExp,
  kind: 'confirm' | 'cancel',
  button: string,
) {
  const mail = await waitForMail(to, subject);
  const link = mail.text.match(new RegExp(`http://\\S+/activities/${kind}/[\\w-]+`))?.[0];
  if (!link) throw new Error(`no ${kind} link in the mail to ${to}`);
  await page.goto(link);
  await page.getByRole('button', { name: button }).click();
}

test('a provider publishes a trajectory; a guest confirms by mail, a member fills it, the waiting list moves up on a cancellation, and the group is made at the start', async ({
  page,
  browser,
}) => {
  // Who runs this Kring registers the provider; Petra acts for it (through the API: the UI is not the point).
  const operator = await browser.newContext();
  await signUpByApi(operator, { name: 'Beheer', email: OPERATOR, password: PASSWORD });
  const petra = { name: 'Petra Aanbieder', email: uniqueEmail('petra'), password: PASSWORD };
  await signUpByApi(page.context(), petra);
  const provider = await post<{ slug: string }>(operator, '/api/providers', {
    name: 'Praktijk Wijkleren',
    description: 'Begeleide intervisie voor wijkteams.',
    ownerEmail: petra.email,
  });

  // Petra publishes a trajectory of two meetings with two places in her own pages.
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  await page.goto('/provider');
  await page.getByRole('link', { name: 'Nieuwe activiteit' }).click();
  await page.getByLabel('Titel').fill('Begeleid traject voor wijkteams');
  await page
    .getByRole('textbox', { name: 'Beschrijving' })
    .fill('Twee bijeenkomsten waarin de begeleider steeds meer aan de groep overlaat.');
  await page.getByLabel('Datum bijeenkomst 1').fill(day(14));
  await page.getByLabel('Begintijd bijeenkomst 1').fill('09:30');
  await page.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
  await page.getByLabel('Datum bijeenkomst 2').fill(day(42));
  await page.getByLabel('Begintijd bijeenkomst 2').fill('09:30');
  await page.getByLabel('Plaats', { exact: true }).fill('Zwolle, Stationsplein 1');
  await page.getByLabel('Aantal plaatsen').fill('2');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Begeleid traject voor wijkteams' }),
  ).toBeVisible();
  const id = page.url().split('/').at(-1)!;

  // The public page: passes axe, carries its schema.org data, and the CSP lets the data block be.
  const guestContext = await browser.newContext();
  const guestPage = await guestContext.newPage();
  const cspErrors: string[] = [];
  guestPage.on('console', (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) cspErrors.push(m.text());
  });
  await guestPage.goto(`/activities/${id}`);
  await expect(
    guestPage.getByRole('heading', { level: 1, name: 'Begeleid traject voor wijkteams' }),
  ).toBeVisible();
  const data = JSON.parse((await guestPage.locator('script[type="application/ld+json"]').textContent())!);
  expect(data).toMatchObject({ '@type': 'EventSeries', organizer: { name: 'Praktijk Wijkleren' } });
  await checkPage(guestPage, 'activity-page');

  // Gijs has no account: he signs up with his address and confirms through the real mail.
  const gijs = uniqueEmail('gijs');
  await guestPage.getByLabel('Naam').fill('Gijs Gast');
  await guestPage.getByLabel('E-mailadres').fill(gijs);
  await guestPage.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(guestPage.getByRole('status')).toContainText('Bijna klaar');
  await followLink(guestPage, gijs, /Bevestig je aanmelding/, 'confirm', 'Aanmelding bevestigen');
  await expect(guestPage.getByRole('status')).toContainText('je hebt een plaats');

  // Mila takes the last place, Tom lands on the waiting list (both with an account, through the API).
  const mila = await browser.newContext();
  await signUpByApi(mila, { name: 'Mila Lid', email: uniqueEmail('mila'), password: PASSWORD });
  expect(await post(mila, `/api/activities/${id}/signups`)).toEqual({ status: 'confirmed' });
  const tom = await browser.newContext();
  const tomEmail = uniqueEmail('tom');
  await signUpByApi(tom, { name: 'Tom Wacht', email: tomEmail, password: PASSWORD });
  expect(await post(tom, `/api/activities/${id}/signups`)).toEqual({ status: 'waiting' });

  // Gijs cancels with the link from his mail; Tom moves up and is told.
  await followLink(guestPage, gijs, /Je doet mee/, 'cancel', 'Afmelden');
  await expect(guestPage.getByRole('status')).toContainText('Je bent afgemeld');
  await waitForMail(tomEmail, /plaats vrij/);
  expect(cspErrors).toEqual([]);

  // Petra sees who is in, and starts the group (at the first meeting this happens by itself).
  await page.reload();
  const signups = page.getByRole('table');
  await expect(signups.getByRole('row', { name: /Tom Wacht/ })).toContainText('Heeft een plaats');
  await expect(signups.getByRole('row', { name: /Gijs Gast/ })).toContainText('Afgemeld');
  await checkPage(page, 'provider-activity');
  await page.getByRole('button', { name: 'Groep nu starten' }).click();
  await page.getByRole('link', { name: 'Naar de groep' }).click();
  await page.waitForURL(/\/groups\/[\w-]+$/);
  const groupId = page.url().split('/').at(-1)!;
  const members = await (await page.request.get(`/api/groups/${groupId}/members`)).json();
  expect(
    Object.fromEntries(members.members.map((m: { name: string; role: string }) => [m.name, m.role])),
  ).toEqual({
    'Mila Lid': 'admin',
    'Tom Wacht': 'member',
    'Petra Aanbieder': 'facilitator',
  });
  await waitForMail(tomEmail, /Je groep voor/);

  // The provider's public page and the list pass axe too.
  await guestPage.goto(`/providers/${provider.slug}`);
  await expect(guestPage.getByRole('heading', { level: 1, name: 'Praktijk Wijkleren' })).toBeVisible();
  await checkPage(guestPage, 'provider-profile');
  await guestPage.goto('/activities');
  await expect(guestPage.getByRole('link', { name: 'Begeleid traject voor wijkteams' })).toBeVisible();
  await checkPage(guestPage, 'activities-list');
});
