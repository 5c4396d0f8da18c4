import { runMethod } from '../support/method-run';
import { expect, test } from '../support/test';

test('Profielbeschrijving: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'profile', {
    // The self-image is private until its phase ends: nobody else, nor the wall, sees it.
    'self-profile:private': async (room) => {
      const [self] = room.written.get('self-profile')!;
      for (const page of [room.chair, room.helper, room.projector])
        await expect(page.getByText(self!)).toHaveCount(0);
    },
    // Dirk names the same quality as Bram, in other letters: one quality, seen by both.
    'others-profile:private': async (room) => {
      const [self] = room.written.get('self-profile')!;
      await room.voices[0]!.run({ type: 'contribute', kind: 'quality', text: self!.toLowerCase() });
      // The case-giver only listens while the others write.
      await expect(room.phone.locator('.contribute')).toHaveCount(0);
      await expect(room.phone.getByText(room.written.get('others-profile')![0]!)).toHaveCount(0);
    },
    // Three columns: what both see, what only the case-giver sees, what only the others see.
    comparison: async (room) => {
      const [self] = room.written.get('self-profile')!;
      const [carla] = room.written.get('others-profile')!;
      for (const page of [room.phone, room.projector]) {
        const columns = page.getByTestId('profile-column');
        await expect(columns).toHaveCount(3);
        await expect(columns.nth(0).getByRole('heading')).toContainText('Zien we allebei');
        await expect(columns.nth(0)).toContainText(self!);
        await expect(columns.nth(1).getByRole('heading')).toContainText('Ziet alleen de inbrenger');
        await expect(columns.nth(1).getByRole('listitem')).toHaveCount(0);
        await expect(columns.nth(2).getByRole('heading')).toContainText('Zien alleen de anderen');
        await expect(columns.nth(2)).toContainText(`${carla} — Carla`);
        await expect(page.getByText('Het zelfbeeld van Bram naast het beeld van de anderen.')).toBeVisible();
      }
    },
  });
});
