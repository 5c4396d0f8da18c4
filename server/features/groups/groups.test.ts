import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { groupAccess } from './access';
import { acceptRules, call, groupWith, type Person, person } from './test-helpers';

describeEachDatabase('groups', (kind) => {
  let t: TestApp;
  let admin: Person;
  let member: Person;
  let outsider: Person;
  let groupId: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await person(t.app, 'Anouk Jansen');
    member = await person(t.app, 'Bram Peters');
    outsider = await person(t.app, 'Olaf Buiten');
    ({ groupId } = await groupWith(t.app, admin, [member]));
  });
  afterAll(() => t.close());

  it('makes the creator admin and starts with default ground rules in the group language', async () => {
    const owner = await person(t.app, 'Carla');
    const res = await call(t.app, owner, 'POST', '/api/groups', { name: 'Team Zuid', language: 'en' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Team Zuid',
      myRole: 'admin',
      memberCount: 1,
      acceptedCurrentRules: false,
    });
    const rules = (await call(t.app, owner, 'GET', `/api/groups/${res.json().id}/rules`)).json();
    expect(rules.version).toBe(1);
    expect(rules.items.map((i: { title: string }) => i.title)).toContain('No recordings');
    const list = (await call(t.app, owner, 'GET', '/api/groups')).json();
    expect(list.groups.map((g: { name: string }) => g.name)).toEqual(['Team Zuid']);
  });

  it('answers 404 to non-members for every group resource', async () => {
    for (const path of ['', '/members', '/rules', '/meetings', '/invites']) {
      const res = await call(t.app, outsider, 'GET', `/api/groups/${groupId}${path}`);
      expect(res.statusCode, path).toBe(404);
    }
    expect((await call(t.app, outsider, 'PATCH', `/api/groups/${groupId}`, { name: 'x' })).statusCode).toBe(
      404,
    );
    expect((await call(t.app, outsider, 'DELETE', `/api/groups/${groupId}`)).statusCode).toBe(404);
    expect((await call(t.app, null, 'GET', `/api/groups/${groupId}`)).statusCode).toBe(401);
  });

  it('lets only admins edit the group, roles, rules and invites', async () => {
    const forbidden = [
      ['PATCH', `/api/groups/${groupId}`, { name: 'Nieuw' }],
      ['PATCH', `/api/groups/${groupId}/members/${admin.id}`, { role: 'member' }],
      ['PUT', `/api/groups/${groupId}/rules`, { items: [{ title: 'Eén regel', body: '' }] }],
      ['POST', `/api/groups/${groupId}/invites`, {}],
      ['GET', `/api/groups/${groupId}/invites`, undefined],
      ['DELETE', `/api/groups/${groupId}`, undefined],
    ] as const;
    for (const [method, url, body] of forbidden) {
      expect((await call(t.app, member, method, url, body)).statusCode, `${method} ${url}`).toBe(403);
    }
    const ok = await call(t.app, admin, 'PATCH', `/api/groups/${groupId}`, {
      description: 'Zorg en welzijn',
    });
    expect(ok.json().description).toBe('Zorg en welzijn');
  });

  it('lets an admin promote a facilitator, who still cannot edit the group', async () => {
    const fac = await person(t.app, 'Fenna Begeleider');
    const { groupId: g } = await groupWith(t.app, admin, [fac]);
    const res = await call(t.app, admin, 'PATCH', `/api/groups/${g}/members/${fac.id}`, {
      role: 'facilitator',
    });
    expect(res.json().role).toBe('facilitator');
    expect((await call(t.app, fac, 'PATCH', `/api/groups/${g}`, { name: 'x' })).statusCode).toBe(403);
  });

  it('keeps at least one admin', async () => {
    const res = await call(t.app, admin, 'PATCH', `/api/groups/${groupId}/members/${admin.id}`, {
      role: 'member',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('last_admin');
  });

  it('lets a member leave and an admin remove a member', async () => {
    const a = await person(t.app, 'Lien');
    const b = await person(t.app, 'Mo');
    const { groupId: g } = await groupWith(t.app, admin, [a, b]);
    expect((await call(t.app, a, 'DELETE', `/api/groups/${g}/members/${b.id}`)).statusCode).toBe(403);
    expect((await call(t.app, a, 'DELETE', `/api/groups/${g}/members/${a.id}`)).statusCode).toBe(204);
    expect((await call(t.app, a, 'GET', `/api/groups/${g}`)).statusCode).toBe(404);
    expect((await call(t.app, admin, 'DELETE', `/api/groups/${g}/members/${b.id}`)).statusCode).toBe(204);
    expect((await call(t.app, admin, 'GET', `/api/groups/${g}/members`)).json().members).toHaveLength(1);
  });

  describe('size', () => {
    it('refuses the eleventh member with a clear message and warns above eight', async () => {
      const others = await Promise.all(Array.from({ length: 9 }, (_, i) => person(t.app, `Lid ${i + 2}`)));
      const { groupId: g, token } = await groupWith(t.app, admin, others.slice(0, 7), false);
      expect((await call(t.app, admin, 'GET', `/api/groups/${g}`)).json()).toMatchObject({
        memberCount: 8,
        sizeWarning: false,
      });
      await call(t.app, others[7]!, 'POST', `/api/invites/${token}/accept`);
      expect((await call(t.app, admin, 'GET', `/api/groups/${g}`)).json()).toMatchObject({
        sizeWarning: true,
      });
      await call(t.app, others[8]!, 'POST', `/api/invites/${token}/accept`);
      expect((await call(t.app, admin, 'GET', `/api/groups/${g}/members`)).json().members).toHaveLength(10);
      expect((await call(t.app, null, 'GET', `/api/invites/${token}`)).json().full).toBe(true);
      const eleventh = await person(t.app, 'Elf');
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/invites/${token}/accept`,
        headers: { cookie: eleventh.cookie, 'accept-language': 'en' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({ code: 'group_full' });
      expect(res.json().error.message).toMatch(/at most 10 members/);
      expect((await call(t.app, eleventh, 'GET', `/api/groups/${g}`)).statusCode).toBe(404);
    });
  });

  describe('invites', () => {
    it('shows a public preview and lets a signed-in person join', async () => {
      const inv = (
        await call(t.app, admin, 'POST', `/api/groups/${groupId}/invites`, { expiresInDays: 3 })
      ).json();
      expect(inv.url).toBe(`http://localhost:3000/invite/${inv.token}`);
      const preview = await call(t.app, null, 'GET', `/api/invites/${inv.token}`);
      expect(preview.json()).toMatchObject({ groupName: 'Kring Noord', full: false });
      const joiner = await person(t.app, 'Nina');
      const res = await call(t.app, joiner, 'POST', `/api/invites/${inv.token}/accept`);
      expect(res.json()).toMatchObject({ groupId, alreadyMember: false });
      expect((await call(t.app, joiner, 'GET', `/api/groups/${groupId}`)).json().myRole).toBe('member');
      await call(t.app, admin, 'DELETE', `/api/groups/${groupId}/members/${joiner.id}`);
    });

    it('refuses a revoked invite link', async () => {
      const inv = (await call(t.app, admin, 'POST', `/api/groups/${groupId}/invites`, {})).json();
      const listed = (await call(t.app, admin, 'GET', `/api/groups/${groupId}/invites`)).json().invites;
      expect(listed.map((i: { id: string }) => i.id)).toContain(inv.id);
      expect(JSON.stringify(listed)).not.toContain(inv.token);
      expect(
        (await call(t.app, admin, 'DELETE', `/api/groups/${groupId}/invites/${inv.id}`)).statusCode,
      ).toBe(204);
      expect((await call(t.app, null, 'GET', `/api/invites/${inv.token}`)).statusCode).toBe(410);
      const late = await person(t.app, 'Laat');
      const res = await call(t.app, late, 'POST', `/api/invites/${inv.token}/accept`);
      expect(res.json().error.code).toBe('invite_invalid');
    });

    it('refuses an expired invite link', async () => {
      const inv = (
        await call(t.app, admin, 'POST', `/api/groups/${groupId}/invites`, { expiresInDays: 1 })
      ).json();
      const ctx = { ...t.deps, now: () => new Date(Date.now() + 25 * 60 * 60 * 1000) };
      const { previewInvite } = await import('./invites.service');
      await expect(
        previewInvite({ db: t.database.db, mailer: ctx.mailer, publicUrl: '', now: ctx.now }, inv.token),
      ).rejects.toMatchObject({ code: 'invite_invalid' });
      // Still valid now: the refusal above is caused by the clock, not by the token.
      expect((await call(t.app, null, 'GET', `/api/invites/${inv.token}`)).statusCode).toBe(200);
    });

    it('mails an e-mail invite in the group language and uses it once', async () => {
      const res = await call(t.app, admin, 'POST', `/api/groups/${groupId}/invites/email`, {
        email: 'Gast@Example.nl',
      });
      expect(res.statusCode).toBe(201);
      const mail = await t.smtp.waitFor('gast@example.nl', /Uitnodiging/);
      expect(mail.text).toContain(res.json().url);
      // An e-mail invite admits only the account of the invited address.
      const signed = await signUp(t.app, { name: 'Gast', email: 'gast@example.nl' });
      const guest: Person = {
        cookie: signed.cookie,
        id: signed.user.id,
        email: 'gast@example.nl',
        name: 'Gast',
      };
      expect((await call(t.app, guest, 'POST', `/api/invites/${res.json().token}/accept`)).statusCode).toBe(
        200,
      );
      const again = await person(t.app, 'Tweede');
      expect((await call(t.app, again, 'POST', `/api/invites/${res.json().token}/accept`)).statusCode).toBe(
        410,
      );
      await call(t.app, admin, 'DELETE', `/api/groups/${groupId}/members/${guest.id}`);
    });
  });

  describe('ground rules', () => {
    it('asks everyone to accept again after a change', async () => {
      expect(await groupAccess(t.database.db, member.id, groupId)).toEqual({
        role: 'member',
        acceptedCurrentRules: true,
      });
      const put = await call(t.app, admin, 'PUT', `/api/groups/${groupId}/rules`, {
        items: [{ title: 'Vertrouwelijk', body: 'Niets naar buiten.' }],
      });
      expect(put.json()).toMatchObject({ version: 2, acceptedByMe: false });
      expect((await call(t.app, member, 'GET', `/api/groups/${groupId}`)).json().acceptedCurrentRules).toBe(
        false,
      );
      const stale = await call(t.app, member, 'POST', `/api/groups/${groupId}/rules/accept`, { version: 1 });
      expect(stale.json().error.code).toBe('rules_outdated');
      await acceptRules(t.app, member, groupId);
      // One member's acceptance never counts for another.
      const half = (await call(t.app, admin, 'GET', `/api/groups/${groupId}/members`)).json().members;
      expect(
        half.map((m: { name: string; acceptedCurrentRules: boolean }) => [m.name, m.acceptedCurrentRules]),
      ).toEqual([
        ['Anouk Jansen', false],
        ['Bram Peters', true],
      ]);
      expect((await groupAccess(t.database.db, admin.id, groupId))?.acceptedCurrentRules).toBe(false);
      await acceptRules(t.app, admin, groupId);
      const rules = (await call(t.app, member, 'GET', `/api/groups/${groupId}/rules`)).json();
      expect(rules.acceptances.every((a: { accepted: boolean }) => a.accepted)).toBe(true);
    });
  });
});
