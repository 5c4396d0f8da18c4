import { runMethod } from '../support/method-run';
import { expect, test } from '../support/test';

// fixme: the method specs have not yet passed (written while the machine ran at a load average of 30–80;
// on a quiet machine the Balint spec failed at the decision: the chosen item did not reach "Mijn acties"). Remove `.fixme` once it passes.
test.fixme('De 6 logische niveaus: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'dilts', {
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
  });
});
