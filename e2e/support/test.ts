import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Playwright's test, plus: every browser context still open when a test ends is closed, including the
 * ones it opened itself with browser.newContext (the phones and projector of a meeting). Left open,
 * their live pages keep sockets and timers running through every later test and slow them all down.
 */
export const test = base.extend<{ closeContexts: undefined }>({
  closeContexts: [
    async ({ browser }, use) => {
      await use(undefined);
      await Promise.all(browser.contexts().map((context) => context.close()));
    },
    { auto: true },
  ],
});
