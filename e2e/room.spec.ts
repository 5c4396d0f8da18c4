import type { Page } from '@playwright/test';
import { checkPage, snap } from './support/helpers';
import { contribute, enterRoom, groupWithMeeting } from './support/room';
import { expect, test } from './support/test';

test.setTimeout(240_000);

/** Whoever holds the turn in a round passes until `who` holds it. */
async function passUntil(pages: Page[], who: Page) {
  for (let i = 0; i < pages.length * 2; i++) {
    if (await who.getByText('Jij bent aan de beurt.').isVisible()) return;
    for (const p of pages) {
      if (p !== who && (await p.getByText('Jij bent aan de beurt.').isVisible())) {
        await p.getByRole('button', { name: 'Passen' }).click();
        await expect(p.getByText('Jij bent aan de beurt.')).toBeHidden();
        break;
      }
    }
  }
  await expect(who.getByText('Jij bent aan de beurt.')).toBeVisible();
}

async function advance(chair: Page, title: string, everyone: Page[]) {
  await chair.getByRole('button', { name: `Verder naar: ${title}` }).click();
  for (const p of everyone) await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a complete Incidentmethode meeting, with one phone offline mid-phase and a projector', async ({
  browser,
}) => {
  const { people, meetingId, projector } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla', 'Dirk']);
  const [anna, bram, carla, dirk] = people as [
    (typeof people)[0],
    (typeof people)[0],
    (typeof people)[0],
    (typeof people)[0],
  ];
  const all = people.map((m) => m.page);
  await enterRoom(people, meetingId);
  await projector.goto(`/meetings/${meetingId}/present`);
  await expect(projector.getByTestId('join-code')).toHaveText(/\w{4,}/);
  await checkPage(anna.page, 'room-lobby-chair');
  await snap(projector, 'room-projector-lobby');
  // On a 360 px phone the method picker (as wide as its longest method name) stays on the screen.
  const phone = anna.page.viewportSize()!;
  await anna.page.setViewportSize({ width: 360, height: 780 });
  const picker = await anna.page.getByLabel('Kies een methode').boundingBox();
  expect(picker!.x + picker!.width).toBeLessThanOrEqual(360);
  await anna.page.setViewportSize(phone);

  await anna.page.getByLabel('Kies een methode').selectOption({ label: 'Incidentmethode' });
  await anna.page.getByRole('button', { name: 'Deze methode gebruiken' }).click();
  await anna.page.getByRole('button', { name: 'Bijeenkomst openen' }).click();
  await expect(carla.page.getByRole('heading', { name: 'Check-in' })).toBeVisible();
  await contribute(carla.page, 'Ik kom net uit een lastig oudergesprek, maar ik ben er.');
  await expect(anna.page.getByText('Ik kom net uit een lastig oudergesprek')).toBeVisible();
  await checkPage(carla.page, 'room-opening');
  // The Incident method chooses its incident in its own first phase (FRAME-1): no inventory stage besides it.
  await anna.page.getByRole('button', { name: 'Verder naar: Incidenten kiezen' }).click();
  await expect(dirk.page.getByText('Fase 1 van 6 · Incidentmethode')).toBeVisible();
  await bram.page
    .getByLabel('Mijn casus in hoogstens drie zinnen')
    .fill('Een leerling weigert al weken mee te doen.');
  await bram.page.getByRole('button', { name: 'Casus inbrengen' }).click();
  await carla.page.getByRole('button', { name: 'Stem op de casus van Bram' }).click();
  await expect(anna.page.getByText('1 stem', { exact: true })).toBeVisible();
  await checkPage(carla.page, 'room-phase1-choose');
  await snap(projector, 'room-projector-phase1');
  await anna.page.getByRole('button', { name: 'Kies de casus van Bram' }).click();
  await anna.page.getByRole('button', { name: 'Verder naar: Rollen verdelen' }).click();

  // Casting: the case-giver can never be picked as chair, and the page says why.
  await expect(anna.page.getByRole('heading', { name: 'Rollen voor deze casus' })).toBeVisible();
  await expect(anna.page.getByRole('option', { name: 'Bram (inbrenger, kan niet)' })).toBeDisabled();
  await anna.page.getByLabel('Tijdbewaker').selectOption({ label: 'Carla' });
  await bram.page.getByLabel('Mijn hulpvraag').fill('Hoe begin ik het gesprek met deze leerling?');
  await bram.page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(anna.page.getByText('Hoe begin ik het gesprek met deze leerling?')).toBeVisible();
  await checkPage(anna.page, 'room-casting-chair');

  // Phase 2: the case-giver's introduction.
  await advance(anna.page, 'Inleiding door de inbrenger', all);
  await expect(bram.page.getByTestId('your-part')).toContainText(
    'Jij bent de inbrenger: in deze fase ben jij aan het woord.',
  );
  await expect(carla.page.getByTestId('your-part')).toContainText('luister je naar de inbrenger');
  await contribute(bram.page, 'Sinds de herfstvakantie zit hij met zijn capuchon op achterin en zegt niets.');
  await expect(carla.page.getByText('Sinds de herfstvakantie')).toBeVisible();
  await checkPage(bram.page, 'room-phase2-introduction-casegiver');
  await snap(projector, 'room-projector-phase2');

  // Phase 3: information round. Dirk goes offline while it is his turn, types, and comes back.
  await anna.page.getByRole('button', { name: /^Verder naar:/ }).click();
  await expect(dirk.page.getByText('Fase 3 van 6 · Incidentmethode')).toBeVisible();
  await expect(bram.page.getByTestId('your-part')).toContainText('je beantwoordt de vragen');
  await passUntil(all, carla.page);
  await contribute(carla.page, 'Sinds wanneer zit hij achterin?');
  await expect(
    bram.page.locator('.contribution-text', { hasText: 'Sinds wanneer zit hij achterin?' }),
  ).toBeVisible();
  await bram.page.getByLabel('Antwoord op: Sinds wanneer zit hij achterin?').fill('Sinds half oktober.');
  await bram.page.getByRole('button', { name: 'Antwoorden' }).first().click();
  await expect(carla.page.getByText('Sinds half oktober.')).toBeVisible();
  await passUntil(all, dirk.page);
  await dirk.context.setOffline(true);
  await expect(dirk.page.getByTestId('reconnecting')).toBeVisible();
  await contribute(dirk.page, 'Met wie praat hij wel in de pauze?');
  await expect(
    dirk.page.locator('.contribution-text', { hasText: 'Met wie praat hij wel in de pauze?' }),
  ).toBeVisible();
  await expect(dirk.page.getByTestId('reconnecting')).toContainText('blijft bewaard');
  await snap(dirk.page, 'room-phase3-offline');
  await dirk.page.reload().catch(() => {}); // a reload while offline must not lose the outbox either
  await dirk.context.setOffline(false);
  await dirk.page.goto(`/meetings/${meetingId}/live`);
  await expect(
    bram.page.locator('.contribution-text', { hasText: 'Met wie praat hij wel in de pauze?' }),
  ).toHaveCount(1);
  await expect(dirk.page.getByTestId('reconnecting')).toBeHidden();
  await expect(dirk.page.locator('.contributions li', { hasText: 'Met wie praat hij wel' })).toHaveCount(1);
  await expect(anna.page.locator('.contributions li', { hasText: 'Met wie praat hij wel' })).toHaveCount(1);
  await checkPage(bram.page, 'room-phase3-information-casegiver');
  await snap(projector, 'room-projector-phase3');

  // Phase 4: diagnosis. The case-giver only listens.
  await anna.page.getByRole('button', { name: /^Verder naar:/ }).click();
  await expect(bram.page.getByText('Fase 4 van 6 · Incidentmethode')).toBeVisible();
  await expect(bram.page.getByTestId('your-part')).toContainText('in deze fase luister je alleen');
  await expect(bram.page.locator('.contribute')).toHaveCount(0);
  await passUntil(all, carla.page);
  await contribute(carla.page, 'Hij voelt zich niet gezien in de groep.');
  await expect(bram.page.getByText('Hij voelt zich niet gezien in de groep.')).toBeVisible();
  await checkPage(carla.page, 'room-phase4-diagnosis');

  // Phase 5: solutions written privately, revealed together.
  await anna.page.getByRole('button', { name: /^Verder naar:/ }).click();
  await expect(carla.page.getByText('Fase 5 van 6 · Incidentmethode')).toBeVisible();
  await contribute(carla.page, 'Ik zou hem na de les kort apart nemen.');
  await contribute(dirk.page, 'Ik zou zijn mentor erbij vragen.');
  await expect(carla.page.getByText('Ik zou hem na de les kort apart nemen.')).toBeVisible();
  await expect(dirk.page.getByText('Ik zou hem na de les kort apart nemen.')).toHaveCount(0);
  await expect(bram.page.getByText('Ik zou zijn mentor erbij vragen.')).toHaveCount(0);
  // Dirk says he is done; the chair sees how many notes there are and how many writers are done.
  await dirk.page.getByRole('button', { name: 'Ik ben klaar' }).click();
  await expect(anna.page.getByTestId('private-progress')).toHaveText(
    '2 notities geschreven. 1 van de 3 is klaar.',
  );
  await checkPage(dirk.page, 'room-phase5-private');
  await anna.page.getByRole('button', { name: 'Nu samen onthullen' }).click();
  await expect(dirk.page.getByText('Ik zou hem na de les kort apart nemen.')).toBeVisible();
  await expect(bram.page.getByText('Ik zou zijn mentor erbij vragen.')).toBeVisible();
  await expect(carla.page.getByText('Samen onthuld')).toBeVisible();
  await checkPage(bram.page, 'room-phase5-revealed');
  await snap(projector, 'room-projector-phase5');

  // Phase 6: the case-giver's choice, then the decision, evaluation and summary.
  await anna.page.getByRole('button', { name: /^Verder naar:/ }).click();
  await expect(bram.page.getByText('Fase 6 van 6 · Incidentmethode')).toBeVisible();
  await contribute(bram.page, 'Ik kies voor het korte gesprek na de les.');
  await checkPage(bram.page, 'room-phase6-choice');
  // The method's own choice is the decision (FRAME-2): it is recorded here, and no decision stage follows.
  await bram.page
    .getByLabel('Wat ik meeneem en waarom')
    .fill('Ik ga hem persoonlijk aanspreken, zonder publiek.');
  await bram.page.getByLabel('Mijn acties').fill('Maandag na het vijfde uur een gesprek\nMentor inlichten');
  await bram.page.getByRole('button', { name: 'Besluit vastleggen' }).click();
  await expect(carla.page.getByText('Mentor inlichten')).toBeVisible();
  await checkPage(carla.page, 'room-decision');
  await anna.page.getByRole('button', { name: 'Verder naar: Evaluatie' }).click();
  for (const m of [bram, carla]) {
    await expect(m.page.getByRole('heading', { name: 'Hoe ging het?' })).toBeVisible();
    if (m === bram)
      await m.page
        .getByRole('group', { name: 'Voelde je je gehoord?' })
        .getByRole('radio', { name: '5', exact: true })
        .check();
    await m.page
      .getByRole('group', { name: /meerdere kanten/ })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await m.page
      .getByRole('group', { name: /Paste de methode/ })
      .getByRole('radio', { name: '4', exact: true })
      .check();
    await m.page
      .getByRole('group', { name: /samenwerking/ })
      .getByRole('radio', { name: '5', exact: true })
      .check();
    await m.page.getByRole('button', { name: 'Evaluatie versturen' }).click();
  }
  await carla.page.getByLabel('Mijn leerpunt').fill('Ik vraag te snel door naar oplossingen.');
  await carla.page.getByRole('button', { name: 'Leerpunt bewaren' }).click();
  await expect(carla.page.getByRole('button', { name: 'Privé' })).toBeVisible();
  await checkPage(carla.page, 'room-evaluation');
  await anna.page.getByRole('button', { name: 'Naar de samenvatting' }).click();
  await expect(bram.page.getByRole('heading', { name: 'Samenvatting' })).toBeVisible();
  // Carla's learning point is private: Bram does not see it.
  await expect(bram.page.getByText('Ik vraag te snel door')).toHaveCount(0);
  await checkPage(bram.page, 'room-summary');
  await snap(projector, 'room-projector-summary');

  // The case-giver's report: the question answered, the chosen actions, and a Markdown download that says the same.
  const reportUrl = bram.page.url().replace(/\/live.*$/, '/report');
  await bram.page.goto(reportUrl);
  await expect(bram.page.getByRole('heading', { name: 'Besluit van de inbrenger' })).toBeVisible();
  await expect(bram.page.getByText('Mentor inlichten')).toBeVisible();
  await expect(bram.page.getByText('Ik vraag te snel door')).toHaveCount(0);
  await checkPage(bram.page, 'room-report');
  const download = bram.page.waitForEvent('download');
  await bram.page.getByRole('link', { name: 'Download als Markdown' }).click();
  const markdown = await (await download).createReadStream();
  let text = '';
  for await (const chunk of markdown) text += chunk;
  expect(text).toContain('Mentor inlichten');
  expect(text).not.toContain('Ik vraag te snel door');
  await expect(bram.page.getByRole('note')).toHaveText(/De anderen zien: Alleen de samenvatting\./);

  // REPORT-3: the group never chose, so a helper reads only the summary — and her own private learning point.
  await carla.page.goto(reportUrl);
  await expect(carla.page.getByRole('note')).toHaveText(
    /Je groep deelt met anderen alleen de samenvatting\./,
  );
  await expect(carla.page.getByRole('heading', { name: 'Evaluatie' })).toBeVisible();
  await expect(carla.page.getByText('Ik vraag te snel door')).toBeVisible();
  await expect(carla.page.getByText('Mentor inlichten')).toHaveCount(0);
  await expect(carla.page.getByRole('heading', { name: 'Besluit van de inbrenger' })).toHaveCount(0);
});
