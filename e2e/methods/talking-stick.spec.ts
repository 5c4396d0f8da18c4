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
      // The wall says who holds the stick (the last of the round keeps it).
      const { order, index } = room.spy.view().turn!;
      const last = order[index]!;
      const name = Object.entries(room.ids).find(([, id]) => id === last)![0];
      await expect(room.projector.getByText(`${name} heeft de stok`)).toBeVisible();
    },
    // The method's own arrival round is the check-in (FRAME-1): the frame's check-in does not come besides.
    'arrival:start': async (room) => {
      await expect(room.chair.getByRole('heading', { name: 'Check-in' })).toHaveCount(0);
    },
    // The question round starts with the case-giver (TURN-5).
    'questions:start': async (room) => {
      await expect(room.phone.getByTestId('stick-holder')).toContainText('Jij hebt de stok');
      await expect(room.helper.getByTestId('stick-holder')).toContainText('Bram heeft de stok');
    },
  });
});
