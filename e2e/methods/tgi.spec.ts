import { runMethod } from '../support/method-run';
import { expect, test } from '../support/test';

test('Themagecentreerde interactie: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'tgi', {
    // Before anyone proposes one, the board says there is no theme sentence yet.
    'theme:start': async (room) => {
      for (const page of [room.phone, room.projector])
        await expect(page.locator('.tgi-theme')).toContainText('Nog geen themazin.');
    },
    // Every note of the factor round stands under its own factor with its author (the pages spoke about
    // Ik, Dirk about Wij, Eva about Globe); Het stays empty, which is what the board is for: seeing which
    // side gets little attention.
    factors: async (room) => {
      const notes = room.written.get('factors')!;
      const by = (...who: string[]) =>
        notes.filter((n) => who.includes(n.split(' ')[0]!)).map((n) => `${n} — ${n.split(' ')[0]}`);
      for (const page of [room.phone, room.projector]) {
        await expect(page.getByTestId('tgi-i').getByRole('listitem')).toHaveText(by('Anna', 'Carla'));
        await expect(page.getByTestId('tgi-we').getByRole('listitem')).toHaveText(by('Dirk'));
        await expect(page.getByTestId('tgi-globe').getByRole('listitem')).toHaveText(by('Eva'));
        await expect(page.getByTestId('tgi-it').getByRole('listitem')).toHaveCount(0);
      }
    },
  });
});
