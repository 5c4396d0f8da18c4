import { type Room, runMethod } from '../support/method-run';
import { expect, test } from '../support/test';

/** The forces as the diagram tells them, top to bottom: side, text and mean in words. */
const rows = (page: Room['phone']) =>
  page
    .getByRole('figure', { name: /Krachtenveld/ })
    .getByTestId('force')
    .allInnerTexts();

test('Krachtenveldanalyse: every phase in order on a laptop chair, two phones and a projector, the earlier material on the wall', async ({
  browser,
  crew,
}, info) => {
  await runMethod(browser, String(info.project.use.baseURL), crew, 'force-field', {
    // Forces are written alone: each sees their own in the diagram, nobody another's before the reveal.
    'forces:private': async (room) => {
      const [bram, carla] = room.written.get('forces')!;
      await expect(room.phone.getByTestId('force').filter({ hasText: bram! })).toBeVisible();
      await expect(room.helper.getByText(bram!)).toHaveCount(0);
      await expect(room.phone.getByText(carla!)).toHaveCount(0);
    },
    // After it every page draws all four.
    forces: async (room) => {
      for (const page of [room.chair, room.phone, room.helper])
        await expect(page.getByRole('figure', { name: /Krachtenveld/ }).getByTestId('force')).toHaveCount(4);
    },
    // Weighing is not writing: no free text box, and the case-giver weighs too.
    'weigh:start': async (room) => {
      await expect(room.helper.locator('.contribute')).toHaveCount(0);
      await expect(room.phone.getByTestId('your-part')).toContainText('Iedereen weegt mee, ook jij');
    },
    // Weighed 1–10 by all five: the phones and the laptop gave force i a 4 + i, the protocol's helpers a
    // 6 + i, so the means are 4,8 … 7,8 and the diagram lists the heaviest first, as bars on its own side.
    weigh: async (room) => {
      const forces = room.written.get('forces')!; // Bram and Carla (Remmend), Dirk and Eva (Stuwend)
      const expected = [
        [forces[3], 'Stuwend', '7,8', '78%', 'right'],
        [forces[2], 'Stuwend', '6,8', '68%', 'right'],
        [forces[1], 'Remmend', '5,8', '58%', 'left'],
        [forces[0], 'Remmend', '4,8', '48%', 'left'],
      ] as const;
      for (const page of [room.phone, room.projector]) {
        await expect
          .poll(() => rows(page))
          .toEqual(
            expected.map(([text, side, mean]) =>
              expect.stringMatching(
                new RegExp(`${side}[\\s\\S]*${text}[\\s\\S]*gemiddeld ${mean} \\(n = 5\\)`),
              ),
            ),
          );
      }
      const figure = room.phone.getByRole('figure', { name: /Krachtenveld/ });
      for (const [i, [, , , width, side]] of expected.entries()) {
        await expect(figure.locator('.ff-row').nth(i).locator(`.ff-${side} .ff-bar`)).toHaveAttribute(
          'style',
          new RegExp(width),
        );
      }
    },
  });
});
