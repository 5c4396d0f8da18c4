import type { Locator, Page } from '@playwright/test';
import { checkPage } from './support/helpers';
import { contribute, groupWithMeeting, type Member, whoseTurn } from './support/room';
import { expect, test } from './support/test';

test.setTimeout(120_000);

/**
 * Moves focus to `target` with the keyboard only: Tab while it lies further down the page, Shift+Tab while it
 * lies above the focused element. Fails when it cannot be reached in `max` presses.
 */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < max; i++) {
    const where = await target.evaluate((el) => {
      const active = document.activeElement;
      if (active === el) return 'here';
      if (!active || active === document.body) return 'below';
      return active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'below' : 'above';
    });
    if (where === 'here') return;
    await page.keyboard.press(where === 'below' ? 'Tab' : 'Shift+Tab');
  }
  throw new Error(`could not reach ${target} with Tab in ${max} presses`);
}

/** Tabs to a button or link and presses Enter. */
async function press(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await expectVisibleFocus(page);
  await page.keyboard.press(key);
}

/** Focus is on a real element (not the page body) and it is drawn with a visible outline. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const focus = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      element: `${el.tagName.toLowerCase()} ${el.textContent?.slice(0, 40) ?? ''}`,
      outline: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      focusVisible: el.matches(':focus-visible'),
    };
  });
  expect(focus, 'focus fell back to the page body').not.toBeNull();
  expect(focus!.focusVisible, `${focus!.element} has focus but not :focus-visible`).toBe(true);
  expect(focus!.outline, `${focus!.element} has no focus outline`).not.toBe('none');
  expect(focus!.width, `${focus!.element} outline is too thin to see`).toBeGreaterThanOrEqual(2);
}

/** After a step change a keyboard user's focus lands on the new screen's heading, visibly. */
async function expectFocusOnHeading(page: Page, title: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeFocused();
  await expectVisibleFocus(page);
}

test('keyboard only: the chair and a helper join, cast roles, steer the phases and write, and focus stays visible on the new heading after each step', async ({
  browser,
}) => {
  const { people, meetingId } = await groupWithMeeting(browser, ['Anna', 'Bram', 'Carla']);
  const [anna, bram, carla] = people as [Member, Member, Member];
  const keyboard = [anna, carla];

  // Joining: from the meeting page, Tab to the live room link and press Enter.
  for (const m of keyboard) {
    await m.page.goto(`/meetings/${meetingId}`);
    await press(m.page, m.page.getByRole('link', { name: /^Live bijeenkomst (starten|openen)$/ }));
    await expect(m.page).toHaveURL(new RegExp(`/meetings/${meetingId}/live$`));
  }
  await bram.page.goto(`/meetings/${meetingId}/live`);
  for (const m of people) await expect(m.page.getByRole('heading', { name: 'Deelnemers (3)' })).toBeVisible();

  // The chair picks the method by typing its first letters in the select, then opens the meeting.
  const methodSelect = anna.page.getByLabel('Kies een methode');
  await tabTo(anna.page, methodSelect);
  await expectVisibleFocus(anna.page);
  await anna.page.keyboard.type('Vijf');
  await expect(methodSelect).toHaveValue('five-step');
  await press(anna.page, anna.page.getByRole('button', { name: 'Deze methode gebruiken' }));
  await expect(anna.page.getByText('Methode: Vijfstappenmethode')).toBeVisible();
  // The form is gone; focus did not go with it.
  await expectFocusOnHeading(anna.page, 'Wie is er?');
  await press(anna.page, anna.page.getByRole('button', { name: 'Bijeenkomst openen' }));
  await expectFocusOnHeading(anna.page, 'Check-in');

  // The helper checks in: Tab to the box, type, Ctrl+Enter sends; focus stays in the box.
  const checkIn = carla.page.getByLabel('Mijn check-in');
  await tabTo(carla.page, checkIn);
  await expectVisibleFocus(carla.page);
  await carla.page.keyboard.type('Ik kom net van een ouderavond, maar ik ben er.');
  await carla.page.keyboard.press('Control+Enter');
  await expect(bram.page.getByText('Ik kom net van een ouderavond, maar ik ben er.')).toBeVisible();
  await expect(checkIn).toBeFocused();
  await expect(checkIn).toHaveValue('');

  // Case inventory: the case-giver uses the mouse; the helper votes with Space, the chair chooses with Enter.
  await press(anna.page, anna.page.getByRole('button', { name: 'Naar casussen inbrengen' }));
  await expectFocusOnHeading(anna.page, 'Welke casus bespreken we?');
  await bram.page
    .getByLabel('Mijn casus in hoogstens drie zinnen')
    .fill('Twee collega’s praten niet meer met elkaar.');
  await bram.page.getByRole('button', { name: 'Casus inbrengen' }).click();
  const vote = carla.page.getByRole('button', { name: 'Stem op de casus van Bram' });
  await press(carla.page, vote, 'Space');
  await expect(vote).toHaveAttribute('aria-pressed', 'true');
  await expect(anna.page.getByText('1 stem', { exact: true })).toBeVisible();
  await press(anna.page, anna.page.getByRole('button', { name: 'Kies de casus van Bram' }));
  await press(anna.page, anna.page.getByRole('button', { name: 'Naar rollen verdelen' }));
  await expectFocusOnHeading(anna.page, 'Rollen voor deze casus');
  // Carla's vote button went away with the inventory: her focus moved to the new heading too.
  await expectFocusOnHeading(carla.page, 'Rollen voor deze casus');

  // Roles: the chair types a name into the timekeeper select.
  const timekeeper = anna.page.getByLabel('Tijdbewaker');
  await tabTo(anna.page, timekeeper);
  await anna.page.keyboard.type('Carla');
  await expect(timekeeper.locator('option:checked')).toHaveText('Carla');
  await expect(carla.page.locator('.presence li', { hasText: 'Carla (jij)' })).toContainText('Tijdbewaker');
  await press(anna.page, anna.page.getByRole('button', { name: 'Start Vijfstappenmethode' }));
  for (const m of keyboard) await expectFocusOnHeading(m.page, 'De vraag');
  await expect(carla.page.getByTestId('your-part')).toContainText('Als tijdbewaker let je op de klok.');
  await contribute(bram.page, 'Hoe krijg ik twee collega’s weer met elkaar in gesprek?');
  await expect(carla.page.getByText('Hoe krijg ik twee collega’s weer met elkaar in gesprek?')).toBeVisible();

  // Exploring: the helper tabs to the box and sends with the button.
  await press(anna.page, anna.page.getByRole('button', { name: 'Verder naar: Verkennen' }));
  for (const m of keyboard) await expectFocusOnHeading(m.page, 'Verkennen');
  await tabTo(carla.page, carla.page.getByLabel('Vraag', { exact: true }));
  await expectVisibleFocus(carla.page);
  await carla.page.keyboard.type('Sinds wanneer praten ze niet meer?');
  await press(carla.page, carla.page.locator('.contribute').getByRole('button', { name: 'Versturen' }));
  await expect(
    bram.page.locator('.contribution-text', { hasText: 'Sinds wanneer praten ze niet meer?' }),
  ).toBeVisible();
  await expectVisibleFocus(carla.page);
  // The kind can be changed with the arrow keys: now a paraphrase, typed and sent with Ctrl+Enter.
  await tabTo(carla.page, carla.page.getByLabel('Soort bijdrage'));
  await carla.page.keyboard.press('ArrowDown');
  const paraphrase = carla.page.getByLabel('Samenvatting vorige spreker');
  await tabTo(carla.page, paraphrase);
  await carla.page.keyboard.type('Je zegt dat het na de reorganisatie begon.');
  await carla.page.keyboard.press('Control+Enter');
  await expect(
    bram.page.locator('.contribution-text', { hasText: 'Je zegt dat het na de reorganisatie begon.' }),
  ).toBeVisible();
  await expect(paraphrase).toBeFocused();
  await checkPage(carla.page, 'room-keyboard-exploring');

  await press(anna.page, anna.page.getByRole('button', { name: 'Verder naar: De kern van het probleem' }));
  for (const m of keyboard) await expectFocusOnHeading(m.page, 'De kern van het probleem');

  // From the heading, one Tab reaches "Naar de gespreksleiding"; Enter takes the chair straight to the
  // controls, and one more Tab to moving on, instead of tabbing through the whole phase.
  await anna.page.keyboard.press('Tab');
  await expect(anna.page.getByRole('button', { name: 'Naar de gespreksleiding' })).toBeFocused();
  await expectVisibleFocus(anna.page);
  await anna.page.keyboard.press('Enter');
  await expect(anna.page.locator('#chair-controls')).toBeFocused();
  await anna.page.keyboard.press('Tab');
  await expect(anna.page.getByRole('button', { name: 'Verder naar: Adviezen' })).toBeFocused();

  // Advice goes round: whoever holds the turn acts by keyboard (the chair passes, the helper writes).
  await anna.page.keyboard.press('Enter');
  for (const m of keyboard) await expectFocusOnHeading(m.page, 'Adviezen');
  const advice = 'Je zou ze elk apart kunnen vragen wat ze van de ander nodig hebben.';
  if ((await whoseTurn(keyboard)) === anna) {
    await press(anna.page, anna.page.getByRole('button', { name: 'Passen' }));
    // The pass button went away with the turn: focus is back on the heading, not lost.
    await expectFocusOnHeading(anna.page, 'Adviezen');
  }
  await expect(carla.page.getByText('Jij bent aan de beurt.')).toBeVisible();
  await tabTo(carla.page, carla.page.getByLabel('Advies', { exact: true }));
  await carla.page.keyboard.type(advice);
  await carla.page.keyboard.press('Control+Enter');
  await expect(bram.page.locator('.contribution-text', { hasText: advice })).toBeVisible();
  // Her turn is over and the box is gone: focus lands on the heading.
  await expectFocusOnHeading(carla.page, 'Adviezen');

  // The five-step method has no decision of its own: the frame's comes before its evaluation (FRAME-1).
  await press(anna.page, anna.page.getByRole('button', { name: 'Verder naar: Besluit van de inbrenger' }));
  for (const m of people)
    await expect(m.page.getByRole('heading', { name: 'Wat neem ik mee?' })).toBeVisible();
  for (const m of keyboard) await expectFocusOnHeading(m.page, 'Wat neem ik mee?');
});
