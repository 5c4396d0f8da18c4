import { type APIRequestContext, type BrowserContext, expect, type Page } from '@playwright/test';
import axe from 'axe-core';

export const MAIL_URL = `http://127.0.0.1:${2526 + Number(process.env.E2E_SLOT ?? 0) * 10}`;

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Fails on any serious or critical accessibility violation on the current page. axe-core goes into the page
 * once per document (not again for each check of a page that stays open) and reports violations only: the
 * usual wrapper injected it anew every time and shipped every passing node back, ~0.75 s a check where this
 * takes ~0.15 s. Our pages have no frames, so the page's own document is all there is to check.
 */
export async function expectAccessible(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations.map(({ id, impact, nodes }) => ({
        id,
        impact,
        targets: nodes.map((n) => n.target.join(' ')),
      })),
    WCAG,
  );
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.targets.join(', ')}`)).toEqual([]);
}

const SIZES = { phone: { width: 360, height: 780 }, desktop: { width: 1280, height: 860 } } as const;
type Size = keyof typeof SIZES;

/**
 * Saves the page as a test artefact. A room page (live or projector) is photographed once, at the width of
 * the device that shows it (a phone is a phone, the projector is a projector); any other page at phone
 * (360 px) and desktop (1280 px) width, since everyone reads it on either. Resizing a live room costs a
 * relayout of every view, and a second photograph of the same state says nothing new.
 */
export async function snap(page: Page, name: string, sizes: Size[] = ['phone', 'desktop']): Promise<void> {
  const original = page.viewportSize();
  if (/\/meetings\/[^/]+\/(live|present)/.test(page.url()) && original) {
    const label = original.width <= 480 ? 'phone' : 'desktop';
    await page.screenshot({ path: `e2e/artifacts/${name}-${label}.png`, fullPage: true });
    return;
  }
  for (const label of sizes) {
    await page.setViewportSize(SIZES[label]);
    await page.screenshot({ path: `e2e/artifacts/${name}-${label}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/**
 * Visiting a page means: it passes axe and is photographed at both widths. A variant of a page already
 * photographed at both (dark mode, the other language) may name the one size that shows what differs.
 */
export async function checkPage(page: Page, name: string, sizes?: Size[]): Promise<void> {
  await expectAccessible(page);
  await snap(page, name, sizes);
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
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail to ${to} matching ${subject}`);
}

/** The link in the sign-up mail to `email`: opening it confirms the address and signs the person in. */
export async function confirmLink(email: string): Promise<string> {
  const mail = await waitForMail(email, /Bevestig je e-mailadres|Confirm your email address/);
  const link = mail.text.match(/http:\/\/\S+\/api\/auth\/verify-email\?\S+/)?.[0];
  if (!link) throw new Error(`no confirmation link in the mail to ${email}`);
  return link;
}

/** After the sign-up form was sent: the page says to check the mail, and its link signs the person in. */
export async function confirmByMail(page: Page, email: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Kijk in je mail' })).toBeVisible();
  await page.goto(await confirmLink(email));
}

/** Signs a person up through the API and opens their mail's link in `context`, which is then signed in. */
export async function signUpByApi(
  context: BrowserContext | APIRequestContext,
  user: { name: string; email: string; password: string },
): Promise<void> {
  const api = 'request' in context ? context.request : context;
  const response = await api.post('/api/auth/sign-up/email', { data: user });
  expect(response.ok(), `sign-up → ${response.status()} ${await response.text()}`).toBeTruthy();
  const confirmed = await api.get(await confirmLink(user.email));
  expect(confirmed.ok(), `confirm → ${confirmed.status()}`).toBeTruthy();
}

let counter = 0;
/** A unique e-mail address per call, so specs never collide. */
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@example.nl`;
}
