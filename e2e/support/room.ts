import { type Browser, type BrowserContext, expect, type Page } from '@playwright/test';
import { LiveClient } from '../../server/realtime/test-client';
import { groupMeeting } from './crew';
import { signUpByApi, uniqueEmail } from './helpers';

export type Member = { name: string; context: BrowserContext; page: Page };

async function member(browser: Browser, name: string): Promise<Member> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signUpByApi(context, {
    email: uniqueEmail(name.toLowerCase()),
    password: 'intervisie werkt 2026',
    name,
  });
  return { name, context, page: await context.newPage() };
}

/**
 * A group with a chair (the admin who plans the meeting) and members who all accepted the ground rules,
 * plus a meeting today; every member's page is signed in. The projector uses the chair's account.
 */
export async function groupWithMeeting(browser: Browser, names: string[]) {
  // Side by side: each sign-up waits for a password hash and a mail, not for the others.
  const people = await Promise.all(names.map((name) => member(browser, name)));
  const chair = people[0]!;
  const { groupId, meetingId } = await groupMeeting(people.map((m) => m.context));
  const projectorContext = await browser.newContext({
    storageState: await chair.context.storageState(),
    viewport: { width: 1280, height: 800 },
  });
  const projector = await projectorContext.newPage();
  return { people, meetingId, groupId, projector, projectorContext };
}

/** Everyone opens the live room and sees the whole group present. */
export async function enterRoom(people: Member[], meetingId: string): Promise<void> {
  // One after the other: the join order is the order of every round.
  for (const m of people) await m.page.goto(`/meetings/${meetingId}/live`);
  for (const m of people) {
    await expect(m.page.getByRole('heading', { name: `Deelnemers (${people.length})` })).toBeVisible();
  }
}

/** The chair's button that moves the meeting on, in a frame stage or a phase (its name says where to). */
export function nextButton(chair: Page) {
  return chair.getByRole('button', {
    name: /^(Verder naar: |Naar casussen inbrengen$|Naar rollen verdelen$|Start |Naar de evaluatie$|Naar de samenvatting$)/,
  });
}

/** Sends a contribution from a member's input box. */
export async function contribute(page: Page, text: string, label?: string | RegExp): Promise<void> {
  const box = label ? page.getByLabel(label) : page.locator('.contribute textarea').first();
  await box.fill(text);
  await page.locator('.contribute').getByRole('button', { name: 'Versturen' }).click();
}

/** The chair moves on to the phase called `title`, and everyone sees its heading. */
export async function advance(chair: Page, title: string, everyone: Page[]): Promise<void> {
  await chair.getByRole('button', { name: `Verder naar: ${title}` }).click();
  for (const p of everyone) await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** The one member whose screen says it is their turn in a round (waits until exactly one does). */
export async function whoseTurn(members: Member[]): Promise<Member> {
  let holder: Member | undefined;
  await expect
    .poll(async () => {
      const mine = [];
      for (const m of members) if (await m.page.getByText('Jij bent aan de beurt.').isVisible()) mine.push(m);
      holder = mine.length === 1 ? mine[0] : undefined;
      return mine.length;
    })
    .toBe(1);
  return holder!;
}

/** A member in the meeting through the live protocol, joined: extra people act this way, not as pages. */
export async function joinLive(baseUrl: string, meetingId: string, m: Member): Promise<LiveClient> {
  const cookie = (await m.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const client = await LiveClient.join(baseUrl, meetingId, cookie);
  expect((await client.run({ type: 'join' })).type).toBe('ack');
  return client;
}
