import type { BrowserContext, Page } from '@playwright/test';
import type { MeetingView } from '../core/meeting/types';
import { LiveClient } from '../server/realtime/test-client';
import { checkPage, expectAccessible, snap } from './support/helpers';
import { contribute, groupWithMeeting, type Member } from './support/room';
import { expect, test } from './support/test';

// Two phones' worth of steps plus axe and photographs on a shared machine.
test.setTimeout(300_000);

/**
 * A meeting where only the case-giver's phone and the projector are browser pages; the chair and two
 * helpers act through the live WebSocket protocol, as any client may.
 */
async function meetingWith(browser: Parameters<typeof groupWithMeeting>[0], baseUrl: string) {
  const { people, meetingId, projector } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla', 'Dirk']);
  const [anna, bram, carla, dirk] = people as [Member, Member, Member, Member];
  const cookie = async (context: BrowserContext) =>
    (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const live = async (m: Member) => {
    const client = await LiveClient.join(baseUrl, meetingId, await cookie(m.context));
    expect((await client.run({ type: 'join' })).type).toBe('ack');
    return client;
  };
  const chair = await live(anna);
  const helpers = [await live(carla), await live(dirk)] as const;
  await bram.page.goto(`/meetings/${meetingId}/live`);
  // The first page of a run loads the room's code; on a busy machine that takes longer than a click.
  await expect(bram.page.getByRole('heading', { name: 'Deelnemers (4)' })).toBeVisible({ timeout: 20_000 });
  await projector.goto(`/meetings/${meetingId}/present`);
  await expect(projector.getByRole('heading', { level: 1, name: 'Wachtruimte' })).toBeVisible({
    timeout: 20_000,
  });
  const view = () => LiveClient.foldedView([chair]).view as MeetingView;
  const idOf = (name: string) => view().participants.find((p) => p.name === name)!.userId;
  /** Runs a command that must be acknowledged. */
  const run = async (client: LiveClient, command: Record<string, unknown>) =>
    expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
  /** The id of a contribution by its text, as the chair's view holds it once it is visible to the chair. */
  const contributionId = async (text: string) => {
    await expect.poll(() => view().contributions.some((c) => c.text === text)).toBe(true);
    return view().contributions.find((c) => c.text === text)!.id;
  };
  return { bram, phone: bram.page, projector, chair, helpers, run, idOf, contributionId };
}

/** The chair moves on; the phone and the projector both show the new phase's title. */
async function phaseShown(phone: Page, projector: Page, title: string) {
  await expect(phone.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(projector.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The sheet of an earlier phase on a page, found by its heading. */
const sheet = (page: Page, heading: string) =>
  page.getByTestId('material').getByRole('region', { name: heading });

/** The case-giver gives an item on a sheet a score from 1 to 5. */
async function score(phone: Page, item: string, value: number) {
  const scale = phone.getByRole('group', { name: `Geef een cijfer aan: ${item}` });
  await scale.getByRole('button', { name: `${value} van 5` }).click();
  await expect(scale.getByRole('button', { name: `${value} van 5` })).toHaveAttribute('aria-pressed', 'true');
}

test('SIOO: the hypotheses are scored and one is chosen on the phone; the chosen one stands above the interventions, and the chosen intervention is ready in the decision', async ({
  browser,
}, info) => {
  const m = await meetingWith(browser, String(info.project.use.baseURL));
  const { phone, projector, chair, helpers, run } = m;
  const [carla, dirk] = helpers;
  await run(chair, { type: 'chooseMethod', methodId: 'sioo' });
  await run(chair, { type: 'assignRole', role: 'caseGiver', userId: m.idOf('Bram') });
  await run(chair, { type: 'startPhase', phaseId: 'situation' });
  await phaseShown(phone, projector, 'Situatie en vraag');
  await contribute(phone, 'Onze afdeling zou gaan samenwerken met het wijkteam, maar het blijft bij praten.');

  await run(chair, { type: 'startPhase', phaseId: 'hypotheses' });
  const structure = 'Het oude budget houdt de afdelingen gescheiden';
  const nobody = 'Niemand is eigenaar van de samenwerking';
  await run(carla, { type: 'contribute', kind: 'hypothesis', text: structure });
  await run(dirk, { type: 'contribute', kind: 'hypothesis', text: nobody });
  // Private until the phase ends: the projector shows none of it yet.
  await expect(projector.getByText(nobody, { exact: true })).toHaveCount(0);

  await run(chair, { type: 'advancePhase' });
  await phaseShown(phone, projector, 'Hypothese kiezen');
  const hypotheses = sheet(phone, 'Uit de stap ‘Hypothesen’');
  await expect(hypotheses.getByText(structure, { exact: true })).toBeVisible();
  await expect(hypotheses.getByText(nobody, { exact: true })).toBeVisible();
  await score(phone, structure, 2);
  await score(phone, nobody, 5);
  await hypotheses.getByRole('button', { name: `Kies dit: ${nobody}` }).click();
  await expect(hypotheses.getByRole('button', { name: `Kies dit: ${nobody}` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await checkPage(phone, 'room-material-sioo-pick-phone');
  // The projector shows the same sheet with the scores and the choice, without buttons.
  const onWall = sheet(projector, 'Uit de stap ‘Hypothesen’');
  await expect(onWall.getByRole('listitem').filter({ hasText: nobody })).toContainText('5 van 5');
  await expect(onWall.getByRole('listitem').filter({ hasText: nobody })).toContainText('Gekozen');
  await expect(onWall.getByRole('listitem').filter({ hasText: structure })).toContainText('2 van 5');
  await expect(onWall.getByRole('button')).toHaveCount(0);
  await expectAccessible(projector);
  await snap(projector, 'room-material-sioo-pick-projector');

  // Interventions: only the chosen hypothesis stands above them, on the phone and on the wall.
  await run(chair, { type: 'advancePhase' });
  await phaseShown(phone, projector, 'Interventies');
  for (const page of [phone, projector]) {
    const chosen = sheet(page, 'Gekozen uit de stap ‘Hypothesen’');
    await expect(chosen.getByText(nobody, { exact: true })).toBeVisible();
    await expect(chosen.getByText(structure, { exact: true })).toHaveCount(0);
  }
  const ask = 'Vraag de directeur om één eigenaar van de samenwerking aan te wijzen';
  const pair = 'Zoek in het wijkteam één collega om samen te beginnen';
  // A round in join order: the chair (also a helper here), then Carla, then Dirk.
  await run(chair, { type: 'contribute', kind: 'advice', text: ask });
  await run(carla, { type: 'contribute', kind: 'advice', text: pair });
  await run(dirk, { type: 'passTurn' });
  await expect(phone.getByText(pair, { exact: true })).toBeVisible();
  await checkPage(phone, 'room-material-sioo-interventions-phone');
  await snap(projector, 'room-material-sioo-interventions-projector');

  // Choice: the case-giver chooses an intervention from the sheet.
  await run(chair, { type: 'advancePhase' });
  await phaseShown(phone, projector, 'Keuze');
  const interventions = sheet(phone, 'Uit de stap ‘Interventies’');
  await interventions.getByRole('button', { name: `Kies dit: ${pair}` }).click();
  await expect(
    sheet(projector, 'Uit de stap ‘Interventies’').getByRole('listitem').filter({ hasText: pair }),
  ).toContainText('Gekozen');

  // The decision: the chosen intervention stands ready as the first action.
  await run(chair, { type: 'openStage', stage: 'decision' });
  await expect(phone.getByLabel('Mijn acties')).toHaveValue(pair);
  await checkPage(phone, 'room-material-sioo-decision-phone');
});

test('Tienstappen: the written questions are rated on the phone, then answered starting with the highest rated', async ({
  browser,
}, info) => {
  const m = await meetingWith(browser, String(info.project.use.baseURL));
  const { phone, projector, chair, helpers, run } = m;
  const [carla, dirk] = helpers;
  await run(chair, { type: 'chooseMethod', methodId: 'ten-step' });
  await run(chair, { type: 'assignRole', role: 'caseGiver', userId: m.idOf('Bram') });
  await run(chair, { type: 'startPhase', phaseId: 'write-questions' });
  const planning = 'Wie bepaalt nu de planning van het team?';
  const tried = 'Wat heb je al geprobeerd, en wat gebeurde er toen?';
  await run(carla, { type: 'contribute', kind: 'question', text: planning });
  await run(dirk, { type: 'contribute', kind: 'question', text: tried });

  await run(chair, { type: 'advancePhase' });
  await phaseShown(phone, projector, 'Vragen waarderen');
  await expect(
    sheet(phone, 'Uit de stap ‘Vragen opschrijven’').getByText(planning, { exact: true }),
  ).toBeVisible();
  await score(phone, planning, 2);
  await score(phone, tried, 5);
  await checkPage(phone, 'room-material-tenstep-rate-phone');
  const rated = sheet(projector, 'Uit de stap ‘Vragen opschrijven’');
  await expect(rated.getByRole('listitem').filter({ hasText: tried })).toContainText('5 van 5');
  await expectAccessible(projector);
  await snap(projector, 'room-material-tenstep-rate-projector');

  // Answers: the highest rated question comes first, with an answer box for the case-giver.
  await run(chair, { type: 'advancePhase' });
  await phaseShown(phone, projector, 'Antwoorden');
  const questions = sheet(phone, 'Uit de stap ‘Vragen opschrijven’');
  await expect(questions.getByRole('listitem').first()).toContainText(tried);
  await questions
    .getByLabel(`Antwoord op: ${tried}`)
    .fill('Een weekplanning op het bord; die hield twee weken.');
  await questions.getByRole('listitem').first().getByRole('button', { name: 'Antwoorden' }).click();
  await expect(
    sheet(projector, 'Uit de stap ‘Vragen opschrijven’').getByRole('listitem').first(),
  ).toContainText('Een weekplanning op het bord');
  await checkPage(phone, 'room-material-tenstep-answers-phone');
  await snap(projector, 'room-material-tenstep-answers-projector');
});
