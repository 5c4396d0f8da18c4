import type { FastifyInstance } from 'fastify';
import { signUp } from '../../test/app';

export type Person = { cookie: string; id: string; email: string; name: string };
let counter = 0;

/** A signed-up user with a unique address. */
export async function person(app: FastifyInstance, name: string): Promise<Person> {
  counter += 1;
  const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${counter}.${Date.now()}@example.nl`;
  const { cookie, user } = await signUp(app, { name, email });
  return { cookie, id: user.id, email, name };
}

/** Calls the API as a person (or anonymously) and returns the response. */
export function call(
  app: FastifyInstance,
  who: Person | null,
  method: string,
  url: string,
  payload?: unknown,
) {
  return app.inject({
    method: method as 'GET',
    url,
    headers: who ? { cookie: who.cookie } : {},
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** Creates a group owned by `admin`, lets `others` join by link, and has everyone accept the rules. */
export async function groupWith(app: FastifyInstance, admin: Person, others: Person[], accept = true) {
  const group = (
    await call(app, admin, 'POST', '/api/groups', { name: 'Kring Noord', language: 'nl' })
  ).json();
  const invite = (await call(app, admin, 'POST', `/api/groups/${group.id}/invites`, {})).json();
  for (const p of others) await call(app, p, 'POST', `/api/invites/${invite.token}/accept`);
  if (accept) {
    for (const p of [admin, ...others]) await acceptRules(app, p, group.id);
  }
  return { groupId: group.id as string, token: invite.token as string };
}

/** Accepts the group's current ground rules as this person. */
export async function acceptRules(app: FastifyInstance, who: Person, groupId: string) {
  const rules = (await call(app, who, 'GET', `/api/groups/${groupId}/rules`)).json();
  const res = await call(app, who, 'POST', `/api/groups/${groupId}/rules/accept`, { version: rules.version });
  if (res.statusCode !== 200) throw new Error(`accept failed ${res.statusCode} ${res.body}`);
}
