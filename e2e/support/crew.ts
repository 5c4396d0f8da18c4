import { type APIRequestContext, type BrowserContext, expect, request } from '@playwright/test';
import { signUpByApi, uniqueEmail } from './helpers';

/** A signed-in account as saved browser state: new pages and API contexts start from it, no sign-in needed. */
export type Account = { name: string; state: Awaited<ReturnType<APIRequestContext['storageState']>> };

/** Anything that sends HTTP requests as a signed-in person: a browser context or an API context. */
type Sender = Pick<APIRequestContext, 'post' | 'get'>;
const senderOf = (who: BrowserContext | APIRequestContext): Sender => ('request' in who ? who.request : who);

/** POSTs JSON and fails the test on anything but a 2xx; returns the parsed answer. */
export async function post<T>(
  who: BrowserContext | APIRequestContext,
  path: string,
  data: unknown,
): Promise<T> {
  const response = await senderOf(who).post(path, { data });
  expect(response.ok(), `${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}

/** Signs a person up through the API and confirms the address by the mail's link; returns the session. */
export async function signUp(
  server: { baseURL: string; request: typeof request },
  name: string,
): Promise<Account> {
  const api = await server.request.newContext({ baseURL: server.baseURL });
  await signUpByApi(api, { name, email: uniqueEmail(name.toLowerCase()), password: 'intervisie werkt 2026' });
  const state = await api.storageState();
  await api.dispose();
  return { name, state };
}

/**
 * A group of these people, everyone having accepted the ground rules, with a meeting today; the first is
 * the admin who planned it and chairs. All through the API, as the group pages would do it.
 */
export async function groupMeeting(people: (BrowserContext | APIRequestContext)[]) {
  const chair = people[0]!;
  const group = await post<{ id: string }>(chair, '/api/groups', { name: `Kring ${Date.now()}` });
  const invite = await post<{ token: string }>(chair, `/api/groups/${group.id}/invites`, {});
  for (const who of people.slice(1)) await post(who, `/api/invites/${invite.token}/accept`, {});
  const rules = (await (await senderOf(chair).get(`/api/groups/${group.id}/rules`)).json()) as {
    version: number;
  };
  for (const who of people)
    await post(who, `/api/groups/${group.id}/rules/accept`, { version: rules.version });
  const meeting = await post<{ id: string }>(chair, `/api/groups/${group.id}/meetings`, {
    date: new Date().toISOString().slice(0, 10),
    time: '23:30',
    notify: false,
  });
  return { groupId: group.id, meetingId: meeting.id };
}

/** The same for accounts saved as browser state, each acting through an API context of its own. */
export async function crewMeeting(baseURL: string, accounts: Account[]) {
  const apis = await Promise.all(accounts.map((a) => request.newContext({ baseURL, storageState: a.state })));
  const made = await groupMeeting(apis);
  await Promise.all(apis.map((api) => api.dispose()));
  return made;
}
