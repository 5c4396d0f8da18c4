import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const MAIL_URL = `http://127.0.0.1:${2526 + Number(process.env.E2E_SLOT ?? 0) * 10}`;

/** Fails on any serious or critical accessibility violation on the current page. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Saves the page at phone (360 px) and desktop (1280 px) width as test artefacts, then restores the size. */
export async function snap(page: Page, name: string): Promise<void> {
  const original = page.viewportSize();
  for (const [label, width, height] of [
    ['phone', 360, 780],
    ['desktop', 1280, 860],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: `e2e/artifacts/${name}-${label}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Visiting a page means: it passes axe and is photographed at both widths. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await snap(page, name);
}

/** Waits for the newest mail to an address whose subject matches, from the test's SMTP listener. */
export async function waitForMail(to: string, subject: RegExp): Promise<{ subject: string; text: string }> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const list = (await (await fetch(`${MAIL_URL}/?to=${encodeURIComponent(to)}`)).json()) as {
      subject: string;
      text: string;
    }[];
    const found = list.reverse().find((m) => subject.test(m.subject));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

let counter = 0;
/** A unique e-mail address per call, so specs never collide. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.nl`;
}
