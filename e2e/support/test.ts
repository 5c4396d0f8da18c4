import { type BrowserContext, test as base } from '@playwright/test';
import { type Account, signUp } from './crew';

export { expect } from '@playwright/test';

/** The people of the method specs: signed up once per worker, each spec gives them a group of their own. */
export const CREW = ['Anna', 'Bram', 'Carla', 'Dirk', 'Eva'] as const;

/**
 * Browser contexts a worker keeps from test to test (the method specs' devices, see method-run.ts): after
 * each test their pages go blank instead of closing, so the next spec finds the app cached and compiled.
 */
export const kept = new WeakSet<BrowserContext>();

/**
 * Playwright's test, plus:
 * - every browser context still open when a test ends is closed, including the ones it opened itself with
 *   browser.newContext (the phones and projector of a meeting). Left open, their live pages keep sockets
 *   and timers running through every later test and slow them all down. Kept contexts stay open, blank;
 * - `crew`: five confirmed accounts shared by the specs of one worker (a sign-up costs a password hash and
 *   a mail; a fresh group per spec keeps the specs apart).
 */
export const test = base.extend<{ closeContexts: undefined }, { crew: Account[] }>({
  closeContexts: [
    async ({ browser }, use) => {
      await use(undefined);
      await Promise.all(
        browser
          .contexts()
          .map((context) =>
            kept.has(context)
              ? Promise.all(context.pages().map((page) => page.goto('about:blank')))
              : context.close(),
          ),
      );
    },
    { auto: true },
  ],
  crew: [
    async ({ playwright }, use, info) => {
      const api = { baseURL: String(info.project.use.baseURL), request: playwright.request };
      await use(await Promise.all(CREW.map((name) => signUp(api, name))));
    },
    { scope: 'worker' },
  ],
});
