import type { APIRequestContext, Page } from '@playwright/test';
import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../core/protocol-codes';
import { pdfText } from '../server/test/pdf-text';
import { checkPage, confirmLink, uniqueEmail } from './support/helpers';
import { expect, test } from './support/test';

type Person = { name: string; id: string; api: APIRequestContext };

async function send(who: Person, method: 'post' | 'put' | 'patch', path: string, data: unknown = {}) {
  const response = await who.api[method](path, { data });
  expect(response.ok(), `${who.name} ${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

/**
 * A participant in the live room through the WebSocket protocol (docs/PROTOCOL.md): hello, then commands,
 * each awaited until its ack. Only the one person in the browser needs pages; the others act here.
 */
async function connect(who: Person, baseURL: string, meetingId: string) {
  const { cookies } = await who.api.storageState();
  const socket = new WebSocket(`${baseURL.replace(/^http/, 'ws')}/api/meetings/${meetingId}/live`, {
    headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), origin: baseURL },
  });
  const waiting = new Map<string, (type: string) => void>();
  const welcomed = new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('message', (raw) => {
      const data = JSON.parse(String(raw)) as { type: string; commandId?: string };
      if (data.type === 'welcome') resolve();
      if (data.commandId) waiting.get(data.commandId)?.(data.type);
    });
  });
  socket.on('open', () =>
    socket.send(JSON.stringify({ type: 'hello', protocolVersion: PROTOCOL_VERSION, meetingId })),
  );
  await welcomed;
  let n = 0;
  return {
    async command(command: Record<string, unknown>) {
      const commandId = `${who.id.slice(0, 8)}-${Date.now()}-${++n}`;
      const outcome = new Promise<string>((resolve) => waiting.set(commandId, resolve));
      socket.send(JSON.stringify({ type: 'command', commandId, command }));
      expect(await outcome, `${who.name} ${String(command.type)}`).toBe('ack');
    },
    close: () => socket.close(),
  };
}

// Marked fixme until it has run to its end: on a machine at load 50 it got as far as Bram's signature
// (sign-ups, three meetings over the protocol, reflections, the list on his phone) and then timed out.
test.fixme('hours for a register: three meetings of a fading facilitator, signed attendance lists, a dossier PDF the public page confirms, charts in both languages and dark mode', async ({
  browser,
  playwright,
}) => {
  const baseURL = test.info().project.use.baseURL!;
  // Everyone signs up through the API; Bram also has a phone in the browser.
  const people: Person[] = [];
  for (const name of ['Ada', 'Bram', 'Carla', 'Dirk', 'Fenna']) {
    const api = await playwright.request.newContext({ baseURL });
    const email = uniqueEmail(`reg-${name.toLowerCase()}`);
    await send({ name, id: '', api }, 'post', '/api/auth/sign-up/email', {
      name,
      email,
      password: 'intervisie werkt 2026',
    });
    expect((await api.get(await confirmLink(email))).ok()).toBeTruthy();
    const { user } = (await (await api.get('/api/session')).json()) as { user: { id: string } };
    people.push({ name, id: user.id, api });
  }
  const [ada, bram, carla, dirk, fenna] = people as [Person, Person, Person, Person, Person];
  const group = await send(ada, 'post', '/api/groups', { name: `Kring ${Date.now()}` });
  const invite = await send(ada, 'post', `/api/groups/${group.id}/invites`);
  for (const p of people.slice(1)) await send(p, 'post', `/api/invites/${invite.token}/accept`);
  const rules = await (await ada.api.get(`/api/groups/${group.id}/rules`)).json();
  for (const p of people)
    await send(p, 'post', `/api/groups/${group.id}/rules/accept`, { version: rules.version });
  await send(ada, 'patch', `/api/groups/${group.id}/members/${fenna.id}`, { role: 'facilitator' });
  const date = new Date().toISOString().slice(0, 10);
  const meetingIds: string[] = [];
  for (const time of ['23:30', '23:40', '23:50'])
    meetingIds.push(
      (await send(ada, 'post', `/api/groups/${group.id}/meetings`, { date, time, notify: false })).id,
    );
  const year = date.slice(0, 4);
  const trajectory = await send(ada, 'post', `/api/groups/${group.id}/trajectories`, {
    name: 'Intervisie met begeleiding',
    startsOn: `${year}-01-01`,
    endsOn: `${year}-12-31`,
    plannedMeetings: 3,
    mode: 'guided',
    facilitatorId: fenna.id,
  });
  for (const [i, facilitatorMode] of ['leads', 'observes', 'absent'].entries())
    await send(ada, 'put', `/api/trajectories/${trajectory.id}/meetings/${meetingIds[i]}`, {
      facilitatorMode,
    });
  const members = [ada, bram, carla, dirk];
  for (const m of members)
    await send(m, 'put', `/api/trajectories/${trajectory.id}/learning-question`, {
      text: `Leervraag van ${m.name}: hoe houd ik grenzen vast?`,
      effects: ['self', 'repertoire'],
    });

  // Three meetings in the room: Fenna leads, then watches, then is not there; Dirk leaves the second early.
  for (const [i, meetingId] of meetingIds.entries()) {
    const present = i < 2 ? people : members;
    const sockets = [];
    for (const p of present) {
      const s = await connect(p, baseURL, meetingId);
      await s.command({ type: 'join' });
      sockets.push(s);
    }
    const chair = sockets[0]!;
    await chair.command({ type: 'chooseMethod', methodId: 'incident' });
    await chair.command({ type: 'openStage', stage: 'opening' });
    if (i === 1) await sockets[3]!.command({ type: 'leave' });
    await new Promise((r) => setTimeout(r, 300));
    await chair.command({ type: 'endMeeting' });
    for (const s of sockets) s.close();
  }

  // Each member reflects once every meeting has ended (the room marks it ended just after the end).
  for (const [i, meetingId] of meetingIds.entries())
    for (const m of members)
      await expect
        .poll(async () => {
          const r = await m.api.put(`/api/meetings/${meetingId}/reflection`, {
            data: { ratings: { self: 2 + i, repertoire: 3 + (i % 2) }, takeaway: `Meegenomen ${i + 1}` },
          });
          return r.status();
        })
        .toBe(200);

  // Bram signs the first list on his phone; the others sign theirs through the API.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    storageState: await bram.api.storageState(),
  });
  const page: Page = await context.newPage();
  await page.goto(`/meetings/${meetingIds[0]}`);
  const panel = page.getByRole('region', { name: 'Presentielijst tekenen' });
  // The first look at each page waits longer: on a busy machine its code may take a while to arrive.
  const slow = { timeout: 30_000 };
  await expect(panel.getByRole('row', { name: /^Ada/ })).toContainText('nog niet getekend', slow);
  await panel.getByLabel('Je naam of paraaf').fill('B.');
  await panel.getByRole('checkbox', { name: /^Ik bevestig dat ik bij deze bijeenkomst was/ }).check();
  await panel.getByRole('button', { name: 'Tekenen' }).click();
  await expect(panel.getByRole('status')).toHaveText('Getekend.', slow);
  await expect(panel.getByRole('row', { name: /^Bram/ })).toContainText('B.,');
  await expect(panel).toContainText('Nog te bevestigen door Fenna.');
  await checkPage(page, 'register-sign-off');
  for (const [i, meetingId] of meetingIds.entries()) {
    for (const m of members)
      if (!(m === bram && i === 0))
        await send(m, 'post', `/api/meetings/${meetingId}/sign-off`, { signature: m.name[0], confirm: true });
    // Fenna confirms the lists of the meetings she was in; without her the chair does.
    const countersigner = i < 2 ? fenna : ada;
    await send(countersigner, 'post', `/api/meetings/${meetingId}/countersign`, {
      signature: countersigner.name,
      confirm: true,
    });
  }
  await send(fenna, 'put', `/api/trajectories/${trajectory.id}/statement`, {
    register: 'SKJ',
    registrationNumber: '110012345',
    text: 'De groep werkte dit traject onder mijn begeleiding aan eigen casuïstiek.',
    signature: 'F.',
    confirm: true,
  });

  // Bram's dossier: the two shipped examples, three meetings, the PDF and its code.
  await page.goto('/me/dossier');
  await page.getByRole('button', { name: 'Voorbeeld toevoegen: SKJ – reflectie' }).click();
  await page
    .getByRole('button', { name: 'Voorbeeld toevoegen: Beroepsvereniging therapeuten – logboekuren' })
    .click();
  const table = page.getByRole('region', { name: 'Bijeenkomsten' });
  await expect(table.getByRole('row')).toHaveCount(4, slow);
  await expect(table).toContainText('Telt niet voor SKJ – reflectie: te kort');
  await expect(page.getByText(/^Beroepsvereniging therapeuten – logboekuren: 0 van 15 uur/)).toBeVisible();
  await checkPage(page, 'register-dossier');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Dossier als PDF (met verificatiecode)' }).click(),
  ]);
  const text = await pdfText(await (await import('node:fs/promises')).readFile((await download.path())!));
  expect(text).toContain('Bram');
  expect(text).toContain('110012345');
  const code = text.match(/Verificatiecode: ([A-Z0-9-]+)/)![1]!;

  // Anyone with the code sees that the document matches, without any case content.
  const visitor = await browser.newContext();
  const check = await visitor.newPage();
  await check.goto(`/verify/${code}`);
  await expect(check.getByRole('status')).toHaveText('Dit document klopt met de gegevens in Kring.', slow);
  await expect(check.getByText('Leervraag')).toHaveCount(0);
  await checkPage(check, 'register-verify');

  // Bram's learning record: the chart in Dutch, in dark mode and in English, each passing axe.
  await page.goto('/me/learning');
  await expect(page.locator('.recharts-line')).toHaveCount(2, slow);
  await expect(
    page.getByText('Zicht op eigen sterke en zwakke kanten: van 2 naar 4 over 3 bijeenkomsten.'),
  ).toBeVisible();
  await checkPage(page, 'register-learning');
  await page.emulateMedia({ colorScheme: 'dark' });
  await checkPage(page, 'register-learning-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Hours for my register' })).toBeVisible(slow);
  await expect(page.locator('.recharts-line')).toHaveCount(2, slow);
  await checkPage(page, 'register-learning-en');
  for (const p of people) await p.api.dispose();
});
