import type { Page } from '@playwright/test';
import { checkPage, snap } from './support/helpers';
import { contribute, enterRoom, groupWithMeeting, type Member, startWork, toCasting } from './support/room';
import { expect, test } from './support/test';

test.setTimeout(240_000);

/** The chair moves on to the phase called `title`, and everyone sees its heading. */
async function advance(chair: Page, title: string, everyone: Page[]) {
  await chair.getByRole('button', { name: `Verder naar: ${title}` }).click();
  for (const p of everyone) await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

test('a Balint meeting: associations are written privately, the others see only a count, then all see all', async ({
  browser,
}) => {
  const { people, meetingId } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla', 'Dirk']);
  const [anna, bram, carla, dirk] = people as [Member, Member, Member, Member];
  const all = people.map((m) => m.page);
  await enterRoom(people, meetingId);
  // Balint collects, pitches and chooses the case in its own phases (FRAME-1): no inventory stage besides.
  await toCasting(anna.page, bram, 'Balint-methode');
  await expect(anna.page.getByRole('button', { name: 'Verder naar: De casus' })).toBeVisible();
  await startWork(anna.page);
  await expect(bram.page.getByText(/Fase 4 van \d+ · Balint-methode/)).toBeVisible();
  await contribute(bram.page, 'Een collega neemt mijn ideeën over in het overleg en ik zeg er niets van.');
  await expect(dirk.page.getByText('Een collega neemt mijn ideeën over')).toBeVisible();
  await checkPage(bram.page, 'room-balint-phase4-case');

  await advance(anna.page, 'Associaties', all);
  // The case-giver listens: no input box, and the page says so.
  await expect(bram.page.locator('.contribute')).toHaveCount(0);
  await expect(bram.page.getByTestId('your-part')).toContainText('in deze fase luister je alleen');
  await expect(bram.page.getByText('De anderen schrijven nu voor zichzelf.')).toBeVisible();
  await contribute(carla.page, 'Ik zie een kind dat zijn tekening niet durft te laten zien.');
  await contribute(dirk.page, 'Ik voel boosheid, en ook schaamte.');
  await expect(carla.page.getByText('Ik zie een kind dat zijn tekening')).toBeVisible();
  // Writers say when they are done; everyone sees how many notes there are and how many are done.
  for (const p of [carla.page, dirk.page]) await p.getByRole('button', { name: 'Ik ben klaar' }).click();
  await expect(carla.page.getByRole('button', { name: 'Toch nog niet klaar' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  for (const p of [anna.page, bram.page]) {
    await expect(p.getByTestId('private-progress')).toHaveText(
      '2 notities geschreven. 2 van de 3 zijn klaar.',
    );
    await expect(p.getByText('Ik zie een kind dat zijn tekening')).toHaveCount(0);
    await expect(p.getByText('Ik voel boosheid, en ook schaamte.')).toHaveCount(0);
  }
  await expect(dirk.page.getByText('Ik zie een kind dat zijn tekening')).toHaveCount(0);
  await expect(carla.page.getByText('Ik voel boosheid, en ook schaamte.')).toHaveCount(0);
  await checkPage(bram.page, 'room-balint-phase5-count');
  await checkPage(dirk.page, 'room-balint-phase5-private');

  await anna.page.getByRole('button', { name: 'Nu samen onthullen' }).click();
  for (const p of all) {
    await expect(
      p.getByTestId('contributions').getByText('Ik zie een kind dat zijn tekening niet durft te laten zien.'),
    ).toBeVisible();
    // Scoped to the list: the chair's control to hide a contribution names them too.
    await expect(
      p.getByTestId('contributions').getByText('Ik voel boosheid, en ook schaamte.'),
    ).toBeVisible();
    await expect(p.getByText('Samen onthuld')).toBeVisible();
  }
  await checkPage(bram.page, 'room-balint-phase5-revealed');
});

test('a Talking Stick meeting: only the holder can write, the stick moves on, a pass shows, and speaking share appears', async ({
  browser,
}) => {
  const { people, meetingId, projector } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla', 'Dirk']);
  const [anna, bram, carla, dirk] = people as [Member, Member, Member, Member];
  const all = people.map((m) => m.page);
  await enterRoom(people, meetingId);
  await anna.page.getByLabel('Kies een methode').selectOption({ label: 'Talking Stick-intervisie' });
  await anna.page.getByRole('button', { name: 'Deze methode gebruiken' }).click();
  // The method's own opening round is the check-in (FRAME-1): the meeting opens with it, before any case.
  await anna.page.getByRole('button', { name: 'Bijeenkomst openen' }).click();
  await expect(bram.page.getByText('Fase 1 van 6 · Talking Stick-intervisie')).toBeVisible();
  await expect(anna.page.getByRole('heading', { name: 'Check-in' })).toHaveCount(0);

  // No case-giver yet: the stick starts with the first in the circle, and only the holder has an input box.
  await expect(anna.page.getByTestId('stick-holder')).toContainText('Jij hebt de stok');
  await expect(anna.page.locator('.contribute')).toHaveCount(1);
  for (const m of [bram, carla, dirk]) {
    await expect(m.page.getByTestId('stick-holder')).toContainText('Anna heeft de stok');
    await expect(m.page.locator('.contribute')).toHaveCount(0);
  }
  await contribute(anna.page, 'Ik kom binnen met een hoofd vol rapportcijfers.');
  await expect(dirk.page.getByText('Ik kom binnen met een hoofd vol rapportcijfers.')).toBeVisible();
  await checkPage(anna.page, 'room-stick-phase1-holder');
  await checkPage(dirk.page, 'room-stick-phase1-listener');

  // Passing moves the stick to the next person in the circle.
  const order = await anna.page.locator('.airtime .airtime-name').allInnerTexts();
  const next = people.find((m) => order[1]?.startsWith(m.name))!;
  await anna.page.getByRole('button', { name: `Geef de stok aan ${next.name}` }).click();
  await expect(next.page.getByTestId('stick-holder')).toContainText('Jij hebt de stok');
  await expect(next.page.locator('.contribute')).toHaveCount(1);
  await expect(anna.page.locator('.contribute')).toHaveCount(0);
  await expect(anna.page.getByTestId('stick-holder')).toContainText(`${next.name} heeft de stok`);

  // The next holder passes in silence: everyone sees the pass.
  const after = people.find((m) => order[2]?.startsWith(m.name))!;
  await next.page.getByRole('button', { name: `Geef de stok aan ${after.name}` }).click();
  await expect(after.page.getByTestId('stick-holder')).toContainText('Jij hebt de stok');
  await expect(
    anna.page.locator('.airtime li', { hasText: next.name }).getByText('gepast', { exact: true }),
  ).toBeVisible();

  // Speaking share: Anna spoke once, and has a share in percent.
  await expect(anna.page.locator('.airtime li', { hasText: 'Anna' })).toContainText(/\d+% · 1 bijdragen/);
  await checkPage(anna.page, 'room-stick-phase1-passed');
  await projector.goto(`/meetings/${meetingId}/present`);
  await expect(projector.getByText(`${after.name} heeft de stok`)).toBeVisible();
  await snap(projector, 'room-stick-projector');

  // Then the frame's case choice and casting, which the method lacks; the case-giver tells the case.
  await anna.page.getByRole('button', { name: 'Verder naar: Casussen inbrengen' }).click();
  await bram.page
    .getByLabel('Mijn casus in hoogstens drie zinnen')
    .fill('Sinds de fusie voelt het team als twee teams.');
  await bram.page.getByRole('button', { name: 'Casus inbrengen' }).click();
  await anna.page.getByRole('button', { name: 'Kies de casus van Bram' }).click();
  await anna.page.getByRole('button', { name: 'Naar rollen verdelen' }).click();
  await expect(anna.page.getByRole('heading', { name: 'Rollen voor deze casus' })).toBeVisible();
  await startWork(anna.page);
  for (const p of all)
    await expect(p.getByRole('heading', { level: 1, name: 'De inbrenger vertelt' })).toBeVisible();
  await contribute(bram.page, 'Sinds de fusie voelt het team als twee teams, en ik sta ertussen.');
  await checkPage(carla.page, 'room-stick-phase2-case');

  // The question round: the stick starts with the case-giver (TURN-5).
  await advance(anna.page, 'Vragenronde', all);
  await expect(bram.page.getByTestId('stick-holder')).toContainText('Jij hebt de stok');
  await expect(carla.page.getByTestId('stick-holder')).toContainText('Bram heeft de stok');
  await checkPage(dirk.page, 'room-stick-phase3-questions');
});
