import { runMethod } from '../support/method-run';
import { expect, test } from '../support/test';

test('Talking Stick-intervisie: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
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
