import type { Page } from '@playwright/test';
import { checkPage } from './support/helpers';
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
