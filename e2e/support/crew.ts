import { type APIRequestContext, type BrowserContext, expect, request } from '@playwright/test';
import { signUpByApi, uniqueEmail } from './helpers';

/** A signed-in account as saved browser state: new pages and API contexts start from it, no sign-in needed. */
export type Account = { name: string; state: Awaited<ReturnType<APIRequestContext['storageState']>> };

/** Anything that sends HTTP requests as a signed-in person: a browser context or an API context. */
type Sender = Pick<APIRequestContext, 'post' | 'get' | 'put' | 'patch'>;
const senderOf = (who: BrowserContext | APIRequestContext): Sender => ('request' in who ? who.request : who);

/** Sends JSON and fails the test on anything but a 2xx; returns the parsed answer. */
export async function send<T>(
  who: BrowserContext | APIRequestContext,
  method: 'post' | 'put' | 'patch',
  path: string,
  data: unknown = {},
): Promise<T> {
  const response = await senderOf(who)[method](path, { data });
  expect(response.ok(), `${method} ${path} → ${response.status()} ${await response.text()}`).toBeTruthy();
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}

/** POSTs JSON and fails the test on anything but a 2xx; returns the parsed answer. */
export const post = <T>(who: BrowserContext | APIRequestContext, path: string, data: unknown) =>
  send<T>(who, 'post', path, data);

/** GETs JSON and fails the test on anything but a 2xx. */
export async function get<T>(who: BrowserContext | APIRequestContext, path: string): Promise<T> {
  const response = await senderOf(who).get(path);
  expect(response.ok(), `get ${path} → ${response.status()}`).toBeTruthy();
  return (await response.json()) as T;
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

/** An API context acting as the account (dispose it at the end). */
export const apiOf = (baseURL: string, account: Account) =>
  request.newContext({ baseURL, storageState: account.state });

/**
 * A group of these people, everyone having accepted the ground rules; the first is its admin. All through
 * the API, as the group pages would do it.
 */
export async function makeGroup(people: (BrowserContext | APIRequestContext)[]): Promise<string> {
  const admin = people[0]!;
  const group = await post<{ id: string }>(admin, '/api/groups', { name: `Kring ${Date.now()}` });
  const invite = await post<{ token: string }>(admin, `/api/groups/${group.id}/invites`, {});
  // Side by side: each person's steps wait on the server, not on the others.
  await Promise.all(people.slice(1).map((who) => post(who, `/api/invites/${invite.token}/accept`, {})));
  const { version } = await get<{ version: number }>(admin, `/api/groups/${group.id}/rules`);
  await Promise.all(people.map((who) => post(who, `/api/groups/${group.id}/rules/accept`, { version })));
  return group.id;
}

/** A meeting of the group today at `time`, planned (and so chaired) by `chair`. */
export async function planToday(
  chair: BrowserContext | APIRequestContext,
  groupId: string,
  time = '23:30',
): Promise<string> {
  const date = new Date().toISOString().slice(0, 10);
  return (await post<{ id: string }>(chair, `/api/groups/${groupId}/meetings`, { date, time, notify: false }))
    .id;
}

/** A group of these people with a meeting today; the first is the admin who planned it and chairs. */
export async function groupMeeting(people: (BrowserContext | APIRequestContext)[]) {
  const groupId = await makeGroup(people);
  return { groupId, meetingId: await planToday(people[0]!, groupId) };
}

/** The same for accounts saved as browser state, each acting through an API context of its own. */
export async function crewMeeting(baseURL: string, accounts: Account[]) {
  const apis = await Promise.all(accounts.map((a) => apiOf(baseURL, a)));
  const made = await groupMeeting(apis);
  await Promise.all(apis.map((api) => api.dispose()));
  return made;
}
