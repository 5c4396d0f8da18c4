import type { BrowserContext, Page } from '@playwright/test';
import { LiveClient } from '../../server/realtime/test-client';
import { expectAccessible } from './helpers';
import { expect } from './test';

/** The cookie header of a signed-in browser context (or of a guest's). */
export async function cookieOf(context: BrowserContext): Promise<string> {
  return (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
}

/** One more person in the meeting through the live protocol only: no page to render, just a socket. */
export async function onSocket(baseUrl: string, meetingId: string, context: BrowserContext) {
  const client = await LiveClient.join(baseUrl, meetingId, await cookieOf(context));
  await ok(client, { type: 'join' });
  return client;
}

/** Runs a command that must be acknowledged. */
export async function ok(client: LiveClient, command: Record<string, unknown>): Promise<void> {
  expect(await client.run(command), JSON.stringify(command)).toMatchObject({ type: 'ack' });
}

/** A guest knocks with the projector's code through the API, then waits on the socket unseen (JOIN-2). */
export async function guestKnocks(baseUrl: string, context: BrowserContext, code: string, name: string) {
  const joined = await context.request.post('/api/guests/join', {
    data: { code, name, acceptConfidentiality: true },
  });
  expect(joined.ok(), `guest join → ${joined.status()}`).toBe(true);
  const { meetingId } = (await joined.json()) as { meetingId: string };
  return LiveClient.join(baseUrl, meetingId, await cookieOf(context));
}

/** Photographs the page at the widths a room is used at (two phones, a laptop), then restores its size. */
export async function snapAt(page: Page, name: string, widths = [360, 390, 1280]): Promise<void> {
  const original = page.viewportSize();
  // From the top: a full-page photograph of a scrolled page draws the sticky phase header where the page
  // was scrolled to, over the text there, and leaves a blank band where it stands at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const width of widths) {
    await page.setViewportSize({ width, height: width < 800 ? 800 : 860 });
    await page.screenshot({ path: `e2e/artifacts/${name}-${width}.png`, fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** Axe once, photographs at three widths. */
export async function checkAt(page: Page, name: string): Promise<void> {
  await expectAccessible(page);
  await snapAt(page, name);
}
