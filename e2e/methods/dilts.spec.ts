import { runMethod } from '../support/method-run';
import { expect, test } from '../support/test';

test('De 6 logische niveaus: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(
    browser,
    String(info.project.use.baseURL),
    crew,
    'dilts',
    {
      // The case-giver's answer stands under its question in the pyramid, at the level marked as now.
      'level-environment': async (room) => {
        for (const page of [room.phone, room.projector]) {
          const level = page.getByTestId('dilts-environment');
          await expect(level).toContainText('Antwoord: Kort antwoord in level-environment');
          await expect(level.locator('.chip')).toHaveText('nu');
        }
      },
      // Each question sits under its own level only.
      'level-behaviour': async (room) => {
        for (const page of [room.phone, room.projector])
          for (const text of room.written.get('level-behaviour')!)
            await expect(page.getByTestId('dilts-environment')).not.toContainText(text);
      },
      // Before the reveal nobody, not even the projector, sees a tally of the diagnoses.
      'diagnosis:private': async (room) => {
        for (const page of [room.chair, room.phone, room.projector]) {
          await expect(page.getByTestId('dilts-environment')).toContainText('diagnoses: 0');
          await expect(page.locator('.dilts-tally')).toHaveCount(0);
        }
      },
      // The three diagnoses, all at the first level, are tallied there once revealed, and only there.
      diagnosis: async (room) => {
        for (const page of [room.phone, room.projector]) {
          await expect(page.getByTestId('dilts-environment')).toContainText('diagnoses: 3');
          await expect(page.getByTestId('dilts-behaviour')).toContainText('diagnoses: 0');
          await expect(
            page.locator('.dilts-layer', { hasText: 'Omgeving' }).locator('.dilts-tally'),
          ).toHaveText('3');
          await expect(page.locator('.dilts-tally')).toHaveCount(1);
        }
      },
      // The case-giver's level statement marks the level as chosen in the pyramid.
      'level-choice': async (room) => {
        for (const page of [room.phone, room.projector]) {
          await expect(page.getByTestId('dilts-environment').getByRole('heading')).toContainText('gekozen');
        }
      },
    },
    // Carla passes her turn in the capabilities round: the turn moves on without her question.
    { passIn: ['level-capabilities'] },
  );
});
