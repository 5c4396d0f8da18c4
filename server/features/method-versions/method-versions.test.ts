import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MethodVersion, MethodVersionInput } from '../../../core/api/methods';
import { getMethod } from '../../../core/methods/index';
import { groups, memberships, methodVersions } from '../../db/schema/index';
import { createTestApp, signUp, type TestApp } from '../../test/app';
import { describeEachDatabase } from '../../test/databases';
import { markVersionUsed } from './repo';

type Role = 'member' | 'facilitator' | 'admin';

describeEachDatabase('group method versions', (kind) => {
  let t: TestApp;
  const cookies = {} as Record<Role | 'outsider', string>;
  const groupId = 'group-a';
  const base = `/api/groups/${groupId}/method-versions`;

  beforeAll(async () => {
    t = await createTestApp(kind);
    const db = t.database.db;
    await db.insert(groups).values([
      { id: groupId, name: 'Team Noord' },
      { id: 'group-b', name: 'Team Zuid' },
    ]);
    for (const role of ['member', 'facilitator', 'admin', 'outsider'] as const) {
      const { cookie, user } = await signUp(t.app, { email: `${role}@example.nl`, name: role });
      cookies[role] = cookie;
      if (role !== 'outsider') await db.insert(memberships).values({ groupId, userId: user.id, role });
      else await db.insert(memberships).values({ groupId: 'group-b', userId: user.id, role: 'admin' });
    }
  });
  afterAll(() => t.close());

  const call = (who: Role | 'outsider' | null, method: string, url: string, payload?: unknown) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(who ? { cookie: cookies[who] } : {}), 'accept-language': 'en' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });

  const copy = async (who: Role = 'admin', methodId = 'incident') => {
    const res = await call(who, 'POST', base, { methodId });
    expect(res.statusCode).toBe(201);
    return res.json() as MethodVersion;
  };

  /** The editable part of a saved version, as the editor would send it back. */
  const editable = (v: MethodVersion): MethodVersionInput => {
    const { id: _id, durationMinutes: _d, reconstruction: _r, ...rest } = v.method;
    return rest;
  };

  it('lets an admin copy a library method into the group as version 1', async () => {
    const v = await copy('admin');
    expect(v).toMatchObject({ version: 1, baseMethodId: 'incident', usedAt: null, createdNewVersion: false });
    expect(v.method).toEqual(getMethod('incident'));
    const list = await call('member', 'GET', base);
    expect(list.json().versions.map((x: { id: string }) => x.id)).toContain(v.id);
  });

  it('lets a facilitator rename, change time boxes, reorder, remove and add phases in one save', async () => {
    const v = await copy('facilitator');
    const input = editable(v);
    const [first, second, ...rest] = input.phases;
    const added = {
      id: 'check-in',
      title: { nl: 'Inchecken' },
      instructions: { nl: 'Iedereen zegt kort hoe hij binnenkomt.' },
      minutes: 7.5,
      contributors: 'all' as const,
      turns: 'round' as const,
      contributionKinds: ['note' as const],
    };
    const phases = [added, second!, { ...first!, minutes: 4 }, ...rest.slice(0, -1)];
    const res = await call('facilitator', 'PUT', `${base}/${v.id}`, {
      ...input,
      names: { nl: 'Onze incidentmethode', en: 'Our incident method' },
      phases,
    });
    expect(res.statusCode).toBe(200);
    const saved = res.json() as MethodVersion;
    expect(saved).toMatchObject({ id: v.id, version: 1, createdNewVersion: false });
    expect(saved.method.names.nl).toBe('Onze incidentmethode');
    expect(saved.method.phases.map((p) => p.id)).toEqual(phases.map((p) => p.id));
    // A text given in one language serves both, and the duration follows the time boxes.
    expect(saved.method.phases[0]!.title).toEqual({ nl: 'Inchecken', en: 'Inchecken' });
    expect(saved.method.durationMinutes).toBe(phases.reduce((s, p) => s + p.minutes, 0));
  });

  it('keeps a version that a meeting used unchanged and saves edits as the next version', async () => {
    const v = await copy('admin');
    expect(await markVersionUsed(t.database.db, v.id)).toBe(true);
    const input = editable(v);
    const res = await call('admin', 'PUT', `${base}/${v.id}`, {
      ...input,
      names: { nl: 'Nieuw', en: 'New' },
    });
    expect(res.statusCode).toBe(201);
    const next = res.json() as MethodVersion;
    expect(next).toMatchObject({ version: 2, lineageId: v.lineageId, createdNewVersion: true, usedAt: null });
    expect(next.history.map((h) => h.version)).toEqual([1, 2]);
    const old = (await call('member', 'GET', `${base}/${v.id}`)).json() as MethodVersion;
    expect(old.method).toEqual(v.method);
    expect(old.usedAt).not.toBeNull();
    const del = await call('admin', 'DELETE', `${base}/${v.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().error).toMatchObject({ code: 'method_version_in_use' });
    expect(del.json().error.message).toMatch(/already been used/);
  });

  it('saves an edit of an older version as a new newest version', async () => {
    const v = await copy('admin');
    const input = editable(v);
    await markVersionUsed(t.database.db, v.id);
    await call('admin', 'PUT', `${base}/${v.id}`, { ...input, names: { nl: 'Twee', en: 'Two' } });
    const res = await call('admin', 'PUT', `${base}/${v.id}`, {
      ...input,
      names: { nl: 'Drie', en: 'Three' },
    });
    expect(res.json()).toMatchObject({ version: 3, createdNewVersion: true });
    const list = (await call('member', 'GET', base)).json().versions as {
      lineageId: string;
      version: number;
    }[];
    expect(list.filter((x) => x.lineageId === v.lineageId)).toEqual([
      expect.objectContaining({ version: 3, names: { nl: 'Drie', en: 'Three' } }),
    ]);
  });

  it('lets a member read the group versions but not copy, edit or delete them', async () => {
    const v = await copy('admin');
    expect((await call('member', 'GET', `${base}/${v.id}`)).statusCode).toBe(200);
    expect((await call('member', 'POST', base, { methodId: 'incident' })).statusCode).toBe(403);
    expect((await call('member', 'PUT', `${base}/${v.id}`, editable(v))).statusCode).toBe(403);
    expect((await call('member', 'DELETE', `${base}/${v.id}`)).statusCode).toBe(403);
  });

  it('answers 404 to non-members for every route, and 401 without a session', async () => {
    const v = await copy('admin');
    for (const [method, url, body] of [
      ['GET', base, undefined],
      ['POST', base, { methodId: 'incident' }],
      ['GET', `${base}/${v.id}`, undefined],
      ['PUT', `${base}/${v.id}`, editable(v)],
      ['DELETE', `${base}/${v.id}`, undefined],
    ] as const) {
      const res = await call('outsider', method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await call(null, 'GET', base)).statusCode).toBe(401);
    // A version id from this group is not reachable through another group's address.
    const cross = await call('outsider', 'GET', `/api/groups/group-b/method-versions/${v.id}`);
    expect(cross.statusCode).toBe(404);
    expect(cross.json().error.code).toBe('method_version_not_found');
  });

  it('refuses broken structures with a clear, translated reason', async () => {
    const v = await copy('admin');
    const input = editable(v);
    const put = (body: unknown) => call('admin', 'PUT', `${base}/${v.id}`, body);
    const noPhases = await put({ ...input, phases: [] });
    expect(noPhases.statusCode).toBe(400);
    expect(noPhases.json().error).toMatchObject({ code: 'method_no_phases', message: /at least one phase/ });
    const zero = await put({ ...input, phases: [{ ...input.phases[0]!, minutes: 0 }] });
    expect(zero.json().error.code).toBe('method_minutes_invalid');
    const stick = await put({ ...input, phases: [{ ...input.phases[0]!, turns: 'stick' }] });
    expect(stick.json().error.code).toBe('method_phase_stick');
    const twice = await put({ ...input, phases: [input.phases[0], input.phases[0]] });
    expect(twice.json().error.code).toBe('method_phase_ids_unique');
    const empty = await put({ ...input, names: { nl: ' ', en: '' } });
    expect(empty.json().error).toMatchObject({ code: 'method_text_missing', issues: [{ path: 'names' }] });
    const unknownBlock = await put({ ...input, phases: [{ ...input.phases[0]!, contributors: 'everyone' }] });
    expect(unknownBlock.json().error.code).toBe('validation_failed');
    const unknownMethod = await call('admin', 'POST', base, { methodId: 'does-not-exist' });
    expect(unknownMethod.statusCode).toBe(404);
    expect(unknownMethod.json().error.code).toBe('method_not_found');
    // Nothing of the refused edits was stored.
    expect((await call('admin', 'GET', `${base}/${v.id}`)).json().method).toEqual(v.method);
  });

  it('LIFE-8: a group chooses per phase to reveal private writing without names; only a private-writing phase may', async () => {
    const v = await copy('admin');
    const input = editable(v);
    const at = (id: string) => input.phases.findIndex((p) => p.id === id);
    const withAnonymous = (id: string) =>
      input.phases.map((p) => (p.id === id ? { ...p, anonymous: true } : p));
    const refused = await call('admin', 'PUT', `${base}/${v.id}`, {
      ...input,
      phases: withAnonymous('information'),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'method_phase_anonymous',
      message:
        'Revealing without names is only possible in a phase where everyone first writes on their own.',
      issues: [{ path: `phases.${at('information')}.anonymous` }],
    });
    const saved = await call('admin', 'PUT', `${base}/${v.id}`, {
      ...input,
      phases: withAnonymous('solutions'),
    });
    expect(saved.statusCode).toBeLessThan(300);
    const read = (await call('member', 'GET', `${base}/${v.id}`)).json() as MethodVersion;
    expect(read.method.phases.filter((p) => p.anonymous).map((p) => p.id)).toEqual(['solutions']);
  });

  it('keeps the references to earlier material, and drops those that a reorder turned forwards', async () => {
    const v = await copy('admin', 'sioo');
    const input = editable(v);
    expect(input.phases.find((p) => p.id === 'pick')?.uses).toEqual([
      { phase: 'hypotheses', actions: ['rate', 'choose'] },
    ]);
    // The pick phase moved before the hypotheses it would rate: nothing left to rate there.
    const pick = input.phases.find((p) => p.id === 'pick')!;
    const moved = [pick, ...input.phases.filter((p) => p !== pick)];
    const res = await call('admin', 'PUT', `${base}/${v.id}`, { ...input, phases: moved });
    expect(res.statusCode).toBe(200);
    const saved = (res.json() as MethodVersion).method;
    expect(saved.phases[0]?.uses).toEqual([]);
    expect(saved.phases.find((p) => p.id === 'interventions')?.uses).toEqual(
      input.phases.find((p) => p.id === 'interventions')?.uses,
    );
  });

  it('still reads and saves a version stored before phases named their material', async () => {
    const v = await copy('admin', 'sioo');
    const old = { ...v.method, phases: v.method.phases.map(({ uses: _uses, ...p }) => p) };
    await t.database.db.update(methodVersions).set({ definition: old }).where(eq(methodVersions.id, v.id));
    const read = await call('member', 'GET', `${base}/${v.id}`);
    expect(read.statusCode).toBe(200);
    expect((read.json() as MethodVersion).method.phases.some((p) => p.uses)).toBe(false);
    const saved = await call('admin', 'PUT', `${base}/${v.id}`, editable(read.json() as MethodVersion));
    expect(saved.statusCode).toBe(200);
  });

  it('deletes an unused version', async () => {
    const v = await copy('admin');
    expect((await call('admin', 'DELETE', `${base}/${v.id}`)).statusCode).toBe(204);
    expect((await call('admin', 'GET', `${base}/${v.id}`)).statusCode).toBe(404);
  });
});
