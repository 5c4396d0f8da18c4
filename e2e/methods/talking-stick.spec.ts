import { runMethod } from '../support/method-run';
import { expect, test } from '../support/test';

// fixme: the method specs have not yet passed (written while the machine ran at a load average of 30–80;
// on a quiet machine the Balint spec failed at the decision: the chosen item did not reach "Mijn acties"). Remove `.fixme` once it passes.
test.fixme('Talking Stick-intervisie: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'talking-stick', {
    // The speaking share: Anna spoke once in the opening round, and her share shows in percent.
    arrival: async (room) => {
      await expect(room.chair.locator('.airtime li', { hasText: 'Anna' })).toContainText(
        /\d+% · 1 bijdragen/,
      );
      await expect(room.projector.getByTestId('stick-holder')).toContainText('heeft de stok');
    },
  });
});
