import type { BrowserContext } from '@playwright/test';
import type { MeetingView } from '../core/meeting/types';
import { LiveClient } from '../server/realtime/test-client';
import { checkPage, expectAccessible, snap } from './support/helpers';
import { groupWithMeeting, type Member } from './support/room';
import { expect, test } from './support/test';

test.setTimeout(300_000);

/**
 * One device takes notes (TALK-1…TALK-4): the chair's laptop notes what the case-giver and a helper say while
 * their phones stay away (they are on the live protocol only), and the projector shows what was noted.
 */
test('one device takes notes: the chair’s laptop notes for the case-giver and a helper, the projector shows it', async ({
  browser,
}, info) => {
  const { people, meetingId, projector } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla']);
  const [anna, bram, carla] = people as [Member, Member, Member];
  const cookie = async (context: BrowserContext) =>
    (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const baseUrl = String(info.project.use.baseURL);
  const live = async (m: Member) => {
    const client = await LiveClient.join(baseUrl, meetingId, await cookie(m.context));
    expect((await client.run({ type: 'join' })).type).toBe('ack');
    return client;
  };
  const chair = await live(anna);
  const [bramPhone, carlaPhone] = [await live(bram), await live(carla)];
  const view = () => LiveClient.foldedView([carlaPhone]).view as MeetingView;
  const idOf = (name: string) => view().participants.find((p) => p.name === name)!.userId;
  const run = async (client: LiveClient, command: Record<string, unknown>) =>
    expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });

  const laptop = anna.page;
  await laptop.setViewportSize({ width: 1280, height: 800 });
  await laptop.goto(`/meetings/${meetingId}/live`);
  await expect(laptop.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible({ timeout: 20_000 });
  await projector.goto(`/meetings/${meetingId}/present`);
  await expect(projector.getByRole('heading', { level: 1, name: 'Wachtruimte' })).toBeVisible({
    timeout: 20_000,
  });

  // The chair chooses the way of working in the lobby, with the arrow keys.
  await laptop.getByRole('radio', { name: 'Iedereen typt' }).focus();
  await laptop.keyboard.press('ArrowDown');
  await expect(laptop.getByRole('radio', { name: 'Eén apparaat schrijft mee' })).toBeChecked();
  await expect.poll(() => view().talkMode).toBe('recorded');
  await checkPage(laptop, 'room-recording-lobby-laptop');

  await run(chair, { type: 'chooseMethod', methodId: 'sioo' });
  await run(chair, { type: 'assignRole', role: 'caseGiver', userId: idOf('Bram') });
  await run(chair, { type: 'startPhase', phaseId: 'situation' });
  await expect(laptop.getByRole('heading', { level: 1, name: 'Situatie en vraag' })).toBeVisible();

  // The case-giver tells; the laptop notes it in their name, from the keyboard (Ctrl+Enter sends).
  const told = 'Onze afdeling zou gaan samenwerken met het wijkteam, maar het blijft bij praten.';
  const record = laptop.getByTestId('record-box');
  await expect(record.getByLabel('Wie spreekt er?')).toHaveValue(idOf('Bram'));
  await record.getByLabel('Wat Bram zegt').fill(told);
  await record.getByLabel('Wat Bram zegt').press('Control+Enter');
  await expect(projector.getByText(told)).toBeVisible();
  const noted = laptop.getByTestId('contributions').getByRole('listitem').filter({ hasText: told });
  await expect(noted).toContainText('Bram');
  await expect(noted).toContainText('genoteerd door Anna');
  await expect
    .poll(() => view().contributions.find((c) => c.text === told))
    .toMatchObject({ authorId: idOf('Bram'), recordedBy: idOf('Anna') });
  // A phone that types anyway is told that the laptop takes the notes (TALK-6).
  expect(await carlaPhone.run({ type: 'contribute', kind: 'note', text: 'Zelf getypt' })).toMatchObject({
    type: 'rejected',
    rejection: { code: 'recorder_notes' },
  });

  // A round of questions: the chair asks herself, then notes Carla's question and Bram's answer.
  await run(chair, { type: 'startPhase', phaseId: 'context' });
  await expect(laptop.getByRole('heading', { level: 1, name: 'Vragen over de organisatie' })).toBeVisible();
  const own = 'Wie heeft de samenwerking bedacht?';
  await laptop.locator('.contribute textarea').first().fill(own);
  await laptop.locator('.contribute').first().getByRole('button', { name: 'Versturen' }).click();
  const asked = 'Wie betaalt het wijkteam?';
  await expect(record.getByLabel('Wie spreekt er?')).toHaveValue(idOf('Carla'));
  await record.getByLabel('Wat Carla zegt').fill(asked);
  await record.getByRole('button', { name: 'Versturen' }).click();
  await expect(projector.getByText(asked)).toBeVisible();
  await laptop.getByLabel(`Antwoord op: ${asked}`).fill('De gemeente, per jaar');
  await laptop
    .getByTestId('contributions')
    .getByRole('listitem')
    .filter({ hasText: asked })
    .getByRole('button', { name: 'Antwoorden' })
    .click();
  await expect(projector.getByText('De gemeente, per jaar')).toBeVisible();
  await expect
    .poll(() => view().contributions.find((c) => c.text === asked)?.answer)
    .toBe('De gemeente, per jaar');
  await checkPage(laptop, 'room-recording-round-laptop');
  await expectAccessible(projector);
  await snap(projector, 'room-recording-round-projector');
  await bramPhone.close();
});
