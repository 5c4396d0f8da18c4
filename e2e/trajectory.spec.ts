import type { BrowserContext, Page } from '@playwright/test';
import { PROTOCOL_VERSION } from '../core/protocol-codes';
import { checkPage } from './support/helpers';
import { groupWithMeeting, type Member } from './support/room';
import { expect, test } from './support/test';

async function send(context: BrowserContext, method: 'post' | 'put' | 'patch', path: string, data: unknown) {
  const response = await context.request[method](path, { data });
  expect(response.ok(), `${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
  return response.json();
}

/** Everyone opens the live room; on a busy machine the last join may take a while to reach every phone. */
async function enterRoom(present: Member[], meetingId: string): Promise<void> {
  for (const m of present) await m.page.goto(`/meetings/${meetingId}/live`);
  for (const m of present)
    await expect(m.page.getByRole('heading', { name: `Deelnemers (${present.length})` })).toBeVisible({
      timeout: 20_000,
    });
}

/** The chair ends the meeting over the room's own protocol, as the end button in the room does. */
async function endMeeting(chair: Page, meetingId: string): Promise<void> {
  const outcome = await chair.evaluate(
    ({ meetingId, version }) =>
      new Promise<string>((resolve) => {
        const socket = new WebSocket(
          `${location.origin.replace(/^http/, 'ws')}/api/meetings/${meetingId}/live`,
        );
        socket.onopen = () =>
          socket.send(JSON.stringify({ type: 'hello', protocolVersion: version, meetingId }));
        socket.onmessage = (message) => {
          const data = JSON.parse(String(message.data)) as { type: string };
          if (data.type === 'welcome')
            socket.send(
              JSON.stringify({
                type: 'command',
                commandId: 'end-meeting-1',
                command: { type: 'endMeeting' },
              }),
            );
          if (data.type === 'ack' || data.type === 'rejected') {
            socket.close();
            resolve(data.type);
          }
        };
      }),
    { meetingId, version: PROTOCOL_VERSION },
  );
  expect(outcome).toBe('ack');
}

test('a trajectory of three meetings with a facilitator who fades, learning questions and reflections, charts in both languages and dark mode', async ({
  browser,
}) => {
  test.setTimeout(420_000);
  const { people, meetingId } = await groupWithMeeting(browser, ['Ada', 'Bram', 'Carla', 'Dirk', 'Fenna']);
  const [ada, bram, carla, dirk, fenna] = people as [Member, Member, Member, Member, Member];
  const meeting = await ada.context.request.get(`/api/meetings/${meetingId}`);
  const groupId = ((await meeting.json()) as { groupId: string }).groupId;
  const date = new Date().toISOString().slice(0, 10);
  const meetingIds = [meetingId];
  for (const time of ['23:40', '23:50'])
    meetingIds.push(
      (await send(ada.context, 'post', `/api/groups/${groupId}/meetings`, { date, time, notify: false })).id,
    );
  const fennaId = (
    (await (await fenna.context.request.get('/api/session')).json()) as { user: { id: string } }
  ).user.id;
  await send(ada.context, 'patch', `/api/groups/${groupId}/members/${fennaId}`, { role: 'facilitator' });

  // The admin starts a guided trajectory with Fenna as facilitator; the group shares its figures.
  const page = ada.page;
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(`/groups/${groupId}`);
  await page.getByRole('link', { name: 'Traject starten' }).click();
  await page.getByLabel('Naam van het traject').fill('Intervisie 2027');
  await page.getByLabel('Begindatum').fill('2027-01-01');
  await page.getByLabel('Einddatum').fill('2027-12-31');
  await page.getByLabel('Aantal bijeenkomsten').fill('3');
  await page.getByLabel('Begeleider', { exact: true }).selectOption({ label: 'Fenna' });
  for (const name of ['Deelname', 'Verdeling van de spreektijd', 'Wisseling van gespreksleider en inbrenger'])
    await page.getByRole('checkbox', { name }).check();
  await checkPage(page, 'trajectory-new');
  await page.getByRole('button', { name: 'Traject starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intervisie 2027' })).toBeVisible();

  // The plan fades: leads, observes, absent.
  for (const mode of [
    'Begeleider leidt',
    'Begeleider kijkt op de achtergrond mee (geen beurten)',
    'Begeleider is er niet',
  ]) {
    await page.getByLabel('Rol van de begeleider', { exact: true }).selectOption({ label: mode });
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await expect(
      page
        .getByRole('table')
        .getByRole('combobox', { name: /^Rol van de begeleider op/ })
        .last(),
    ).toHaveValue(
      mode === 'Begeleider leidt' ? 'leads' : mode.startsWith('Begeleider kijkt') ? 'observes' : 'absent',
    );
  }
  const trajectoryUrl = page.url();
  const trajectoryId = trajectoryUrl.split('/').pop()!;

  // Bram writes his learning question on his phone; the others through the same API.
  await bram.page.goto('/me/learning');
  await bram.page.getByLabel(/^Leervraag/).fill('Hoe stel ik grenzen zonder de relatie te verliezen?');
  await bram.page.getByRole('checkbox', { name: 'Zicht op eigen sterke en zwakke kanten' }).check();
  await bram.page.getByRole('checkbox', { name: 'Een soepeler repertoire' }).check();
  await bram.page.getByRole('button', { name: 'Leervraag opslaan' }).click();
  await expect(bram.page.getByRole('status')).toHaveText('Leervraag opgeslagen.');
  for (const m of [ada, carla, dirk])
    await send(m.context, 'put', `/api/trajectories/${trajectoryId}/learning-question`, {
      text: `Leervraag van ${m.name}`,
      effects: ['others', 'reflect'],
    });

  // Three meetings: the facilitator is there for the first two, not for the third.
  const scores = [
    [2, 3],
    [3, 3],
    [4, 5],
  ];
  for (const [i, id] of meetingIds.entries()) {
    const present = i < 2 ? people : [ada, bram, carla, dirk];
    await enterRoom(present, id);
    await endMeeting(ada.page, id);
    const [self, repertoire] = scores[i]!;
    if (i === 0) {
      await bram.page.goto(`/meetings/${id}/reflection`);
      const scale = bram.page.getByRole('group', { name: 'Zicht op eigen sterke en zwakke kanten (1–5)' });
      await scale.getByText(String(self), { exact: true }).click();
      await bram.page
        .getByRole('group', { name: 'Een soepeler repertoire (1–5)' })
        .getByText(String(repertoire), { exact: true })
        .click();
      await bram.page.getByLabel(/^Wat neem ik mee/).fill('Eerst doorvragen, dan pas iets vinden.');
      await checkPage(bram.page, 'reflection');
      await bram.page.getByRole('button', { name: 'Reflectie opslaan' }).click();
      await expect(bram.page.getByRole('status')).toHaveText(
        'Dank je. Je reflectie staat in je leerdossier.',
      );
    } else {
      await send(bram.context, 'put', `/api/meetings/${id}/reflection`, { ratings: { self, repertoire } });
    }
    for (const m of [ada, carla, dirk])
      await send(m.context, 'put', `/api/meetings/${id}/reflection`, {
        ratings: { others: 3 + (i % 2), reflect: 4 },
      });
  }

  // The way to autonomy and the shared figures.
  await page.goto(trajectoryUrl);
  await expect(page.getByText('3 van 3 bijeenkomsten gehouden')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table', { name: 'Deelname' })).toContainText('Fenna');
  await expect(page.locator('.recharts-surface').first()).toBeVisible({ timeout: 30_000 });
  await checkPage(page, 'trajectory');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkPage(page, 'trajectory-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'On the way to autonomy' })).toBeVisible();
  await checkPage(page, 'trajectory-en');

  // Bram's own record: a line per effect, in words and as a table.
  await bram.page.goto('/me/learning');
  await expect(
    bram.page.getByText('Zicht op eigen sterke en zwakke kanten: van 2 naar 4 over 3 bijeenkomsten.'),
  ).toBeVisible({ timeout: 30_000 });
  await expect(bram.page.locator('.recharts-line')).toHaveCount(2, { timeout: 30_000 });
  // Still to do: axe on this page found its score table's scroll area not reachable by keyboard
  // (scrollable-region-focusable); the table is focusable now, the page's axe check and photos follow.
});
