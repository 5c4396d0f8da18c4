import type { Page } from '@playwright/test';
import { checkPage } from './support/helpers';
import {
  advance,
  contribute,
  enterRoom,
  groupWithMeeting,
  type Member,
  startWork,
  toCasting,
  whoseTurn,
} from './support/room';
import { expect, test } from './support/test';

test.setTimeout(120_000);

/** A four-person meeting with Anna in the chair and Bram's case chosen, started with `method`. */
async function started(browser: Parameters<typeof groupWithMeeting>[0], method: string) {
  const meeting = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla', 'Dirk']);
  const [anna, bram, carla, dirk] = meeting.people as [Member, Member, Member, Member];
  await enterRoom(meeting.people, meeting.meetingId);
  await toCasting(anna.page, bram, method);
  await startWork(anna.page);
  await expect(bram.page.getByText(new RegExp(`Fase \\d+ van \\d+ · ${method}`))).toBeVisible();
  await meeting.projector.goto(`/meetings/${meeting.meetingId}/present`);
  return { ...meeting, anna, bram, carla, dirk, all: meeting.people.map((m) => m.page) };
}

/** Writes a contribution tagged with a level or factor, chosen in the box's own select. */
async function tagged(page: Page, tagLabel: 'Niveau' | 'Factor', tag: string, text: string, kind: RegExp) {
  await page.getByLabel(tagLabel, { exact: true }).selectOption({ label: tag });
  await contribute(page, text, kind);
}

test('De 6 logische niveaus: questions land in the pyramid under their level, diagnoses are tallied per level only after the reveal', async ({
  browser,
}) => {
  const { anna, bram, carla, dirk, all, projector } = await started(browser, 'De 6 logische niveaus');
  const helpers = [anna, carla, dirk];
  await contribute(bram.page, 'Een leerling zit al weken zwijgend achterin en ik kom niet bij hem binnen.');

  // Level 1: the round's holder asks; the box already carries this phase's level, the case-giver answers.
  await advance(anna.page, 'Niveau 1: Omgeving', all);
  let asker = await whoseTurn(helpers);
  await expect(asker.page.getByLabel('Niveau', { exact: true })).toHaveValue('environment');
  await contribute(asker.page, 'In welke lessen zit hij achterin?');
  await bram.page
    .getByLabel('Antwoord op: In welke lessen zit hij achterin?')
    .fill('Bij wiskunde, na de pauze.');
  await bram.page.getByRole('button', { name: 'Antwoorden' }).click();
  await expect(carla.page.getByTestId('contributions').getByText('Bij wiskunde, na de pauze.')).toBeVisible();
  for (const p of all) {
    await expect(p.getByTestId('dilts-environment')).toContainText('In welke lessen zit hij achterin?');
    // The case-giver's answer stands under the question in the pyramid too.
    await expect(p.getByTestId('dilts-environment')).toContainText('Antwoord: Bij wiskunde, na de pauze.');
    await expect(p.getByTestId('dilts-environment').locator('.chip')).toHaveText('nu');
  }
  // The next in the round passes, and the turn moves on.
  const passer = await whoseTurn(helpers);
  expect(passer).not.toBe(asker);
  await passer.page.getByRole('button', { name: 'Passen' }).click();
  await expect(passer.page.getByText('Jij bent aan de beurt.')).toBeHidden();

  await advance(anna.page, 'Niveau 2: Gedrag', all);
  asker = await whoseTurn(helpers);
  await contribute(asker.page, 'Wat zeg je als hij niets terugzegt?');
  await advance(anna.page, 'Niveau 3: Vaardigheden', all);
  await advance(anna.page, 'Niveau 4: Overtuigingen en waarden', all);
  asker = await whoseTurn(helpers);
  await contribute(asker.page, 'Wat vind je belangrijk aan meedoen in de les?');
  for (const p of [...all, projector]) {
    await expect(p.getByTestId('dilts-beliefs')).toContainText('Wat vind je belangrijk aan meedoen');
    await expect(p.getByTestId('dilts-behaviour')).toContainText('Wat zeg je als hij niets terugzegt?');
    await expect(p.getByTestId('dilts-environment')).toContainText('In welke lessen zit hij achterin?');
  }
  // Each question sits under its own level only.
  await expect(carla.page.getByTestId('dilts-environment')).not.toContainText('Wat zeg je als');
  await expect(carla.page.getByTestId('dilts-capabilities').getByRole('listitem')).toHaveCount(0);
  await checkPage(carla.page, 'room-dilts-levels');

  await advance(anna.page, 'Niveau 5: Identiteit', all);
  await advance(anna.page, 'Niveau 6: Zingeving', all);
  await advance(anna.page, 'Waar zit het?', all);

  // Diagnosis: every helper (the chair too) writes alone; nobody, not even the projector, sees a count yet.
  await tagged(
    anna.page,
    'Niveau',
    'Identiteit',
    'Hij weet niet wie hij in deze klas mag zijn.',
    /^Diagnose$/,
  );
  await tagged(
    carla.page,
    'Niveau',
    'Overtuigingen en waarden',
    'Jij vindt meedoen belangrijker dan hij.',
    /^Diagnose$/,
  );
  await tagged(
    dirk.page,
    'Niveau',
    'Overtuigingen en waarden',
    'Hij gelooft dat zijn mening niet telt.',
    /^Diagnose$/,
  );
  await expect(bram.page.getByTestId('private-progress')).toContainText('3 notities geschreven.');
  for (const p of [...all, projector]) {
    await expect(p.getByTestId('dilts-identity')).toContainText('diagnoses: 0');
    await expect(p.getByTestId('dilts-beliefs')).toContainText('diagnoses: 0');
    await expect(p.locator('.dilts-tally')).toHaveCount(0);
  }
  await expect(bram.page.getByText('Hij gelooft dat zijn mening niet telt.')).toHaveCount(0);

  await anna.page.getByRole('button', { name: 'Nu samen onthullen' }).click();
  for (const p of [...all, projector]) {
    await expect(p.getByTestId('dilts-beliefs')).toContainText('diagnoses: 2');
    await expect(p.getByTestId('dilts-identity')).toContainText('diagnoses: 1');
    await expect(p.getByTestId('dilts-environment')).toContainText('diagnoses: 0');
    // The pyramid's layers carry the same tally, at their own level.
    await expect(p.locator('.dilts-layer', { hasText: 'Overtuigingen en waarden' })).toContainText('2');
    await expect(p.locator('.dilts-layer', { hasText: 'Identiteit' }).locator('.dilts-tally')).toHaveText(
      '1',
    );
    await expect(p.locator('.dilts-tally')).toHaveCount(2);
  }
  await expect(bram.page.getByText('Hij gelooft dat zijn mening niet telt.')).toBeVisible();
  await checkPage(bram.page, 'room-dilts-tally');
  await checkPage(projector, 'room-dilts-projector-tally');

  // The case-giver picks a level and rephrases the question there; the pyramid marks it as chosen.
  await advance(anna.page, 'Niveau kiezen', all);
  await tagged(
    bram.page,
    'Niveau',
    'Overtuigingen en waarden',
    'Hoe houd ik vast aan meedoen zonder hem te dwingen?',
    /^Uitspraak per niveau$/,
  );
  for (const p of [...all, projector]) {
    await expect(p.getByTestId('dilts-beliefs')).toContainText('Hoe houd ik vast aan meedoen');
    await expect(p.getByTestId('dilts-beliefs').getByRole('heading')).toContainText('gekozen');
  }
  await checkPage(dirk.page, 'room-dilts-chosen');
});
