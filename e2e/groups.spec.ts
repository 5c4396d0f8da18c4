import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import ical from 'node-ical';
import { get, post } from './support/crew';
import { checkPage, confirmByMail, signUpByApi, uniqueEmail, waitForMail } from './support/helpers';
import { expect, test } from './support/test';

const GROUP = 'Intervisie Wijkteam Noord';
const PASSWORD = 'samen leren 2026';

async function signUpHere(page: Page, name: string, email: string): Promise<void> {
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Account aanmaken' }).click();
  await confirmByMail(page, email);
}

async function acceptRules(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Spelregels' })).toBeVisible();
  await page.getByLabel('Ik heb de spelregels gelezen en houd me eraan.').check();
  await page.getByRole('button', { name: 'Spelregels accepteren' }).click();
  await expect(page.getByText('Je hebt de spelregels geaccepteerd en ziet nu de casussen')).toBeVisible();
}

/** A colleague opens the invite link in their own browser, creates an account, joins and accepts the rules. */
async function joinByLink(browser: Browser, link: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 2, name: GROUP })).toBeVisible();
  await checkPage(page, 'invite-signed-out');
  await page.getByRole('main').getByRole('link', { name: 'Account aanmaken' }).click();
  await expect(page).toHaveURL(/\/sign-up\?next=/);
  await signUpHere(page, name, uniqueEmail(name.split(' ')[0]!.toLowerCase()));
  await expect(page).toHaveURL(/\/invite\//);
  await checkPage(page, 'invite-signed-in');
  await page.getByRole('button', { name: `Lid worden van ${GROUP}` }).click();
  await expect(page.getByLabel('Ik heb de spelregels gelezen en houd me eraan.')).toBeVisible();
  await checkPage(page, 'rules-accept');
  await acceptRules(page);
  return page;
}

/** The same steps through the API the pages use, for the colleagues after the first (their pages are the same). */
async function joinByApi(browser: Browser, link: string, name: string, groupId: string): Promise<Page> {
  const context = await browser.newContext();
  const email = uniqueEmail(name.split(' ')[0]!.toLowerCase());
  await signUpByApi(context, { name, email, password: PASSWORD });
  await post(context, `/api/invites/${link.split('/invite/')[1]}/accept`, {});
  const { version } = await get<{ version: number }>(context, `/api/groups/${groupId}/rules`);
  await post(context, `/api/groups/${groupId}/rules/accept`, { version });
  return context.newPage();
}

test('a group forms, agrees its rules, plans a meeting, brings in a case and exports attendance', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);

  // The admin signs up and meets an empty dashboard that invites them to start a group.
  await page.goto('/sign-up?next=/groups');
  await signUpHere(page, 'Anna de Boer', uniqueEmail('anna'));
  await expect(page.getByRole('heading', { name: 'Je zit nog niet in een intervisiegroep' })).toBeVisible();
  // The first steps stand above it, none done yet, the first one a link.
  const steps = page.getByRole('region', { name: 'Je eerste bijeenkomst in vijf stappen' });
  await expect(steps.getByText('0 van 5 stappen gedaan')).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Start een groep of word lid' })).toBeVisible();
  await checkPage(page, 'groups-empty');

  await page.getByRole('link', { name: 'Start een groep', exact: true }).click();
  await checkPage(page, 'group-create');
  await page.getByRole('button', { name: 'Groep aanmaken' }).click();
  await expect(page.getByText('Geef de groep een naam van hoogstens 80 tekens.')).toBeVisible();
  await expect(page.getByLabel('Naam van de groep')).toBeFocused();
  await page.getByLabel('Naam van de groep').fill(GROUP);
  await page.getByLabel('Beschrijving').fill('Maandelijkse intervisie van de wijkverpleging.');
  await page.getByRole('button', { name: 'Groep aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: GROUP })).toBeVisible();
  await expect(page.getByText('De groep is aangemaakt.')).toBeVisible();

  // An invite link, shown once, with a copy button.
  await page.getByRole('button', { name: 'Link maken' }).click();
  const link = await page.getByLabel('Uitnodigingslink', { exact: true }).inputValue();
  expect(link).toMatch(/\/invite\/\S+/);
  await checkPage(page, 'group-admin-new');
  const invitee = uniqueEmail('eva');
  await page.getByLabel('E-mailadres').fill(invitee);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByText(`De uitnodiging is verstuurd naar ${invitee}.`)).toBeVisible();
  expect((await waitForMail(invitee, new RegExp(GROUP))).text).toMatch(/\/invite\/\S+/);

  const members = ['Bram Visser', 'Chantal Bakker', 'Daan Smit'];
  const groupId = new URL(page.url()).pathname.split('/groups/')[1]!.split('/')[0]!;
  const bram = await joinByLink(browser, link, members[0]!);
  const [chantal] = (await Promise.all(
    members.slice(1).map((name) => joinByApi(browser, link, name, groupId)),
  )) as [Page, Page];

  // The admin accepts the rules too; the group page then lists four members who all accepted.
  await page.goto(page.url().replace(/\/?$/, '/rules'));
  await acceptRules(page);
  await page.getByRole('link', { name: 'Terug naar de groep' }).click();
  const memberList = page.locator('.member-list');
  for (const name of ['Anna de Boer', ...members])
    await expect(memberList.locator('.member-name', { hasText: name })).toBeVisible();
  await expect(memberList.getByText('spelregels geaccepteerd')).toHaveCount(4);
  await expect(page.getByText('4 van maximaal 10 leden').first()).toBeVisible();
  await checkPage(page, 'group');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkPage(page, 'group-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Members and roles' })).toBeVisible();
  await checkPage(page, 'group-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();

  // Plan a meeting with the suggested rota.
  await page.getByRole('link', { name: 'Bijeenkomst plannen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' })).toBeVisible();
  await expect(page.getByLabel('Tijdzone')).toHaveValue('Europe/Amsterdam');
  await expect(page.getByText(/^Voorstel: /).first()).toBeVisible();
  await page.getByLabel('Datum').fill('2030-05-14');
  await page.getByLabel('Begintijd').fill('19:30');
  await page.getByLabel('Plaats').fill('Buurthuis De Linde, zaal 2');
  await page.getByLabel('Videolink').fill('geen link');
  await checkPage(page, 'meeting-schedule');
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(page.getByText('Vul een volledige link in die begint met https://')).toBeVisible();
  await expect(page.getByLabel('Videolink')).toBeFocused();
  await checkPage(page, 'meeting-schedule-error');
  await page.getByLabel('Videolink').fill('https://video.example.nl/wijkteam');
  await page.getByRole('button', { name: 'Bijeenkomst plannen' }).click();
  await expect(page.getByText('De bijeenkomst is gepland.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('14 mei 2030');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('19:30');
  const meetingUrl = page.url();
  const meetingId = meetingUrl.split('/meetings/')[1]!;

  // RSVP from two browsers; the counts follow.
  await page.getByRole('button', { name: /^Ja/ }).click();
  await expect(page.getByRole('button', { name: /^Ja/ })).toHaveAttribute('aria-pressed', 'true');
  await bram.goto(meetingUrl);
  await bram.getByRole('button', { name: /^Misschien/ }).click();
  await expect(bram.getByRole('button', { name: /^Misschien/ })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('button', { name: /^Ja/ })).toContainText('1');
  await expect(page.getByRole('button', { name: /^Misschien/ })).toContainText('1');
  await checkPage(page, 'meeting');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkPage(page, 'meeting-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Bram brings in a case; the privacy helper flags a name and replaces it with one click.
  await bram.getByRole('link', { name: 'Casus inbrengen' }).click();
  await expect(bram.getByRole('heading', { level: 1, name: 'Casus inbrengen' })).toBeVisible();
  await bram.getByLabel('Titel').fill('Grenzen aangeven bij een cliënt');
  const situation = bram.getByRole('textbox', { name: 'Situatie' });
  await situation.fill(
    'Bij een cliënt, mevrouw Jansen, blijf ik langer dan gepland. Mijn collega Pieter de Vries zegt dat ik moet stoppen.',
  );
  await bram
    .getByLabel('Vraag aan de groep')
    .fill('Hoe kan ik vriendelijk en duidelijk mijn grens aangeven?');
  const privacy = bram.getByRole('region', { name: 'Privacycheck' });
  await expect(privacy.getByText(/Pieter de Vries/).first()).toBeVisible();
  await checkPage(bram, 'case-form-flagged');
  const replace = privacy.getByRole('button', { name: /Vervang door .*: Pieter de Vries/ });
  await replace.click();
  await expect(situation).not.toHaveValue(/Pieter de Vries/);
  await expect(privacy.getByText(/Pieter de Vries/)).toHaveCount(0);
  await bram.getByLabel('Bovenstroom').check();
  for (const label of [
    'Mijn eigen probleem',
    'Actueel',
    'Concreet',
    'Het zit me echt dwars',
    'Ik wil er echt mee aan de slag',
  ])
    await bram.getByLabel(label).check();
  await expect(bram.getByText('Alle vijf kloppen: een goede casus.')).toBeVisible();
  await bram.getByRole('button', { name: 'Indienen bij de groep' }).click();
  await expect(bram).toHaveURL(meetingUrl);
  await expect(bram.getByRole('heading', { name: 'Grenzen aangeven bij een cliënt' })).toBeVisible();

  // Chantal recognises the person and steps out of the case; she can step back in.
  await chantal.goto(meetingUrl);
  await chantal.getByRole('button', { name: 'Ik herken de persoon in deze casus' }).click();
  await expect(chantal.getByText('Je bent uit deze casus gestapt.')).toBeVisible();
  await expect(chantal.getByRole('heading', { name: 'Grenzen aangeven bij een cliënt' })).toHaveCount(0);
  await checkPage(chantal, 'meeting-recused');
  await chantal.getByRole('button', { name: 'Toch weer meedoen' }).click();
  await expect(chantal.getByRole('heading', { name: 'Grenzen aangeven bij een cliënt' })).toBeVisible();

  // The calendar file parses as a real iCalendar event at the planned time.
  await page.reload();
  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Zet in mijn agenda (.ics)' }).click(),
  ]);
  const events = Object.values(ical.sync.parseICS(await readFile((await ics.path())!, 'utf8'))).filter(
    (c) => c?.type === 'VEVENT',
  ) as ical.VEvent[];
  expect(events).toHaveLength(1);
  expect(new Date(events[0]!.start).toISOString()).toBe('2030-05-14T17:30:00.000Z');
  expect(String(events[0]!.summary)).toContain(GROUP);

  // Attendance: the admin records who was there; the CSV carries the group and the members.
  await page.getByRole('button', { name: 'Presentie aanpassen' }).click();
  for (const name of ['Anna de Boer', ...members])
    await page.getByRole('group', { name }).getByLabel('aanwezig').check();
  await page.getByRole('group', { name: 'Anna de Boer' }).getByLabel('gespreksleider').check();
  await page.getByRole('region', { name: 'Presentie' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.locator('.response-list').getByText('aanwezig · gespreksleider')).toBeVisible();
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Presentielijst (CSV)' }).click(),
  ]);
  const csvText = await readFile((await csv.path())!, 'utf8');
  expect(csvText).toContain(GROUP);
  for (const name of ['Anna de Boer', ...members]) expect(csvText).toContain(name);

  // The dashboard lists the meeting under upcoming meetings, in both languages.
  await page.getByRole('link', { name: 'Mijn groepen' }).click();
  await expect(page.getByRole('heading', { name: 'Komende bijeenkomsten' })).toBeVisible();
  await expect(page.locator('.meeting-list').getByText(GROUP)).toBeVisible();
  // Group, rules, meeting and invites are ticked off; the projector view is the step left.
  await expect(page.getByText('4 van 5 stappen gedaan')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open het projectiescherm' })).toHaveAttribute(
    'href',
    `/meetings/${meetingId}/present`,
  );
  await checkPage(page, 'groups-dashboard');

  // A personal calendar feed: the secret URL serves the meeting until it is revoked.
  await page.getByRole('button', { name: 'Agendalink maken' }).click();
  const feedUrl = await page.getByLabel('Jouw agendalink').inputValue();
  const feed = await page.request.get(feedUrl);
  expect(feed.status()).toBe(200);
  const feedEvents = Object.values(ical.sync.parseICS(await feed.text())).filter((c) => c?.type === 'VEVENT');
  expect(feedEvents).toHaveLength(1);
  await checkPage(page, 'groups-dashboard-feed');
  await page.getByRole('button', { name: 'Link intrekken' }).click();
  await expect(page.getByText('Je agendalink is ingetrokken.')).toBeVisible();
  expect((await page.request.get(feedUrl)).status()).toBe(404);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Upcoming meetings' })).toBeVisible();
  await checkPage(page, 'groups-dashboard-en');
  await page.getByRole('button', { name: 'Nederlands' }).click();

  // From the scheduled entry into the live meeting.
  await page.locator('.meeting-list').getByRole('link').first().click();
  await expect(page).toHaveURL(meetingUrl);
  await page.getByRole('link', { name: 'Live bijeenkomst starten' }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/live$`));
});
