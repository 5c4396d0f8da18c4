import { readFile } from 'node:fs/promises';
import type { APIRequestContext, request } from '@playwright/test';
import { pdfText } from '../server/test/pdf-text';
import { type Account, apiOf, makeGroup, planToday, send, signUp } from './support/crew';
import { checkPage } from './support/helpers';
import { expect, test } from './support/test';
import { cookieHeader, voice } from './support/ws';

type Person = { name: string; account: Account; api: APIRequestContext };

/**
 * A guided trajectory of three short meetings, all through the API and the live protocol: the facilitator
 * (Eva) leads, then observes, then is absent; four members write learning questions and a reflection after
 * each meeting; Dirk leaves the second early.
 */
async function trajectoryOfThree(baseURL: string, server: { request: typeof request }, crew: Account[]) {
  // Bram's dossier must hold this spec's meetings only: he gets a fresh account, the others are the crew.
  const [anna, , carla, dirk, eva] = crew as [Account, Account, Account, Account, Account];
  const bramAccount = await signUp({ baseURL, request: server.request }, 'Bram');
  const people: Person[] = await Promise.all(
    [anna, bramAccount, carla, dirk, eva].map(async (account) => ({
      name: account.name,
      account,
      api: await apiOf(baseURL, account),
    })),
  );
  const [chair, bram, , , facilitator] = people as [Person, Person, Person, Person, Person];
  const members = people.slice(0, 4);
  const groupId = await makeGroup(people.map((p) => p.api));
  const session = (p: Person) => p.api.get('/api/session').then((r) => r.json());
  const facilitatorId = ((await session(facilitator)) as { user: { id: string } }).user.id;
  await send(chair.api, 'patch', `/api/groups/${groupId}/members/${facilitatorId}`, { role: 'facilitator' });
  const meetingIds: string[] = [];
  for (const time of ['23:30', '23:40', '23:50']) meetingIds.push(await planToday(chair.api, groupId, time));
  const year = new Date().getFullYear();
  const trajectory = await send<{ id: string }>(chair.api, 'post', `/api/groups/${groupId}/trajectories`, {
    name: 'Intervisie met begeleiding',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    plannedMeetings: 3,
    mode: 'guided',
    facilitatorId,
  });
  const trajectoryPath = `/api/trajectories/${trajectory.id}`;
  for (const [i, facilitatorMode] of ['leads', 'observes', 'absent'].entries())
    await send(chair.api, 'put', `${trajectoryPath}/meetings/${meetingIds[i]}`, { facilitatorMode });
  await Promise.all(
    members.map((m) =>
      send(m.api, 'put', `${trajectoryPath}/learning-question`, {
        text: `Leervraag van ${m.name}: hoe houd ik grenzen vast?`,
        effects: ['self', 'repertoire'],
      }),
    ),
  );

  // Three meetings in the room over the live protocol: the facilitator leads, then watches, then is not
  // there; Dirk leaves the second early.
  for (const [i, meetingId] of meetingIds.entries()) {
    const voices = [];
    for (const p of i < 2 ? people : members)
      voices.push(await voice(baseURL, meetingId, p.name, cookieHeader(p.account.state)));
    const [chairVoice, , , dirkVoice] = voices;
    await chairVoice!.run({ type: 'chooseMethod', methodId: 'incident' });
    await chairVoice!.run({ type: 'openStage', stage: 'opening' });
    if (i === 1) await dirkVoice!.run({ type: 'leave' });
    await chairVoice!.run({ type: 'endMeeting' });
    await Promise.all(voices.map((v) => v.close()));
  }

  // Each member reflects on each meeting once it has ended (the room marks it ended just after the end).
  await Promise.all(
    meetingIds.flatMap((meetingId, i) =>
      members.map(async (m) => {
        const data = { ratings: { self: 2 + i, repertoire: 3 + (i % 2) }, takeaway: `Meegenomen ${i + 1}` };
        const put = () => m.api.put(`/api/meetings/${meetingId}/reflection`, { data });
        await expect.poll(async () => (await put()).status()).toBe(200);
      }),
    ),
  );

  return { people, chair, bram, facilitator, members, meetingIds, trajectoryPath };
}

let world: Awaited<ReturnType<typeof trajectoryOfThree>>;
test.beforeAll(async ({ playwright, crew }) => {
  world = await trajectoryOfThree(test.info().project.use.baseURL!, playwright, crew);
});
test.afterAll(() => Promise.all(world.people.map((p) => p.api.dispose())));

test('hours for a register: signed attendance lists, a dossier with both example targets, its PDF confirmed by the public page', async ({
  browser,
}) => {
  const { chair, bram, facilitator, members, meetingIds, trajectoryPath } = world;
  // Bram signs the first list on his phone; the others sign theirs through the API.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: bram.account.state,
  });
  const page = await context.newPage();
  await page.goto(`/meetings/${meetingIds[0]}`);
  const panel = page.getByRole('region', { name: 'Presentielijst tekenen' });
  // The first look at each page waits longer: on a busy machine its code may take a while to start.
  const firstLook = { timeout: 15_000 };
  await expect(panel.getByRole('row', { name: /^Anna/ })).toContainText('nog niet getekend', firstLook);
  await expect(panel.getByRole('row', { name: /^Eva/ })).toBeVisible();
  await panel.getByLabel('Je naam of paraaf').fill('B.');
  await panel.getByRole('checkbox', { name: /^Ik bevestig dat ik bij deze bijeenkomst was/ }).check();
  await panel.getByRole('button', { name: 'Tekenen' }).click();
  await expect(panel.getByRole('status')).toHaveText('Getekend.');
  await expect(panel.getByRole('row', { name: /^Bram/ })).toContainText('B.,');
  await expect(panel).toContainText('Nog te bevestigen door Eva.');
  await checkPage(page, 'register-sign-off');
  await Promise.all(
    meetingIds.flatMap((meetingId, i) =>
      members
        .filter((m) => m !== bram || i > 0)
        .map((m) =>
          send(m.api, 'post', `/api/meetings/${meetingId}/sign-off`, { signature: m.name[0], confirm: true }),
        ),
    ),
  );
  // The facilitator confirms the lists of the meetings she was in; without her the chair does.
  for (const [i, meetingId] of meetingIds.entries()) {
    const countersigner = i < 2 ? facilitator : chair;
    await send(countersigner.api, 'post', `/api/meetings/${meetingId}/countersign`, {
      signature: countersigner.name,
      confirm: true,
    });
  }
  await send(facilitator.api, 'put', `${trajectoryPath}/statement`, {
    register: 'SKJ',
    registrationNumber: '110012345',
    text: 'De groep werkte dit traject onder mijn begeleiding aan eigen casuïstiek.',
    signature: 'E.',
    confirm: true,
  });

  // Bram's dossier: the two shipped examples, three meetings, the PDF and its code.
  await page.goto('/me/dossier');
  await page.getByRole('button', { name: 'Voorbeeld toevoegen: SKJ – reflectie' }).click();
  await page
    .getByRole('button', { name: 'Voorbeeld toevoegen: Beroepsvereniging therapeuten – logboekuren' })
    .click();
  const table = page.getByRole('table', { name: 'Bijeenkomsten' });
  await expect(table.getByRole('row')).toHaveCount(4, firstLook);
  await expect(table).toContainText('Telt niet voor SKJ – reflectie: te kort');
  await expect(page.getByText(/^Beroepsvereniging therapeuten – logboekuren: 0 van 15 uur/)).toBeVisible();
  await checkPage(page, 'register-dossier');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Dossier als PDF (met verificatiecode)' }).click(),
  ]);
  const text = await pdfText(await readFile((await download.path())!));
  expect(text).toContain('Bram');
  expect(text).toContain('110012345');
  const code = text.match(/Verificatiecode: ([A-Z0-9-]+)/)![1]!;

  // Anyone with the code sees that the document matches, without any case content.
  const check = await (await browser.newContext()).newPage();
  await check.goto(`/verify/${code}`);
  await expect(check.getByRole('status')).toHaveText(
    'Dit document klopt met de gegevens in Kring.',
    firstLook,
  );
  await expect(check.getByText('3', { exact: true })).toBeVisible();
  await expect(check.getByText('Leervraag')).toHaveCount(0);
  await checkPage(check, 'register-verify');
});

test('the learning record of the trajectory: the chart in Dutch, in dark mode and in English, each passing axe', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: world.bram.account.state,
  });
  const page = await context.newPage();
  const firstLook = { timeout: 15_000 };
  await page.goto('/me/learning');
  await expect(page.locator('.recharts-line')).toHaveCount(2, firstLook);
  await expect(
    page.getByText('Zicht op eigen sterke en zwakke kanten: van 2 naar 4 over 3 bijeenkomsten.'),
  ).toBeVisible();
  await checkPage(page, 'register-learning');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkPage(page, 'register-learning-dark', ['phone']);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Hours for my register' })).toBeVisible();
  await expect(page.locator('.recharts-line')).toHaveCount(2);
  await checkPage(page, 'register-learning-en', ['desktop']);
});
