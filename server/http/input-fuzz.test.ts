// Issue 11, LOW "5xx instead of 4xx": deep JSON, NUL in path parameters, lone surrogates in jsonb fields and
// impossible dates each answered 500 and put the user's text in the log. This property sends generated
// parameters, queries and bodies to every route of the app and requires an answer below 500 and a log
// without any of the text it sent.
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { call, groupWith, type Person, person } from '../features/groups/test-helpers';
import { createTestApp, type TestApp } from '../test/app';
import { describeEachDatabase } from '../test/databases';
import { capturedLog } from '../test/log';
import { routesOf } from './app';

/** Every generated string carries this, so the log can be searched for anything that came from a request. */
const CANARY = 'Kanarie';

const oddText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '\u0000',
    '\uD800',
    '\uDFFF',
    '\r\nX-INJECT:1',
    '\u202E',
    '9999-99-99',
    '99:99',
    '%00',
    '../',
  ),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);
const text = oddText.map((s) => `${CANARY}${s}`);
const date = fc.oneof(fc.constantFrom('9999-99-99', '0000-00-00', '2030-02-30', '2030-03-12'), text);
// Nesting far beyond what any route takes: the recursive NUL check overflowed the stack on this.
const deep = fc
  .integer({ min: 40, max: 20_000 })
  .map((n) => ({ raw: `${'['.repeat(n)}"${CANARY}"${']'.repeat(n)}` }));
const field = fc.oneof(
  text,
  date,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(text, { maxLength: 3 }),
  fc.dictionary(text, text, { maxKeys: 3 }),
);
// Field names the routes use, so generated bodies get past "unknown shape" into the rules and the store.
const KEYS = [
  'name',
  'title',
  'description',
  'situation',
  'question',
  'text',
  'place',
  'date',
  'time',
  'timeZone',
  'durationMinutes',
  'videoUrl',
  'methodId',
  'methodVersionId',
  'rota',
  'items',
  'body',
  'version',
  'role',
  'email',
  'password',
  'newPassword',
  'token',
  'code',
  'response',
  'entries',
  'status',
  'stream',
  'criteria',
  'meetingId',
  'caseId',
  'level',
  'locale',
  'language',
  'expiresInDays',
  'method',
  'phases',
  'followUp',
];
const body = fc.oneof(
  fc.dictionary(fc.constantFrom(...KEYS), field, { maxKeys: 6 }),
  fc.record({ items: fc.array(fc.record({ title: text, body: text }), { maxLength: 2 }) }),
  fc.record({ rota: fc.record({ chair: text, timekeeper: text, scribe: text }) }),
  fc.jsonValue().map((v) => ({ [CANARY]: v })),
  deep,
);

/** Percent-encodes a path parameter; a lone surrogate, which encodeURIComponent refuses, as its raw bytes. */
function encodeParam(value: string): string {
  return Array.from(value, (ch) => {
    if (!/\p{Surrogate}/u.test(ch)) return encodeURIComponent(ch);
    const c = ch.charCodeAt(0);
    return [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
      .map((b) => `%${b.toString(16).toUpperCase()}`)
      .join('');
  }).join('');
}

describeEachDatabase('every route answers odd input with 4xx (issue 11, LOW)', (kind) => {
  const log = capturedLog();
  let t: TestApp;
  let admin: Person;
  let ids: string[];
  beforeAll(async () => {
    t = await createTestApp(kind, {}, log.logger);
    admin = await person(t.app, 'Anouk Jansen');
    const { groupId } = await groupWith(t.app, admin, []);
    const meeting = await call(t.app, admin, 'POST', `/api/groups/${groupId}/meetings`, {
      date: '2030-03-12',
      time: '19:30',
      notify: false,
    });
    ids = [groupId, meeting.json().id, admin.id];
  });
  afterAll(() => t.close());

  it('LOW: generated parameters, queries and bodies on every route get an answer below 500 and leave no user text in the log', async () => {
    const routes = routesOf(t.app).filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(50);
    const param = fc.oneof(text, fc.constantFrom(...ids));
    const request = fc.record({
      route: fc.constantFrom(...routes),
      params: fc.array(param, { minLength: 4, maxLength: 4 }),
      query: fc.dictionary(fc.constantFrom('when', 'lang', 'caseGiverId', 'topic', CANARY), text, {
        maxKeys: 2,
      }),
      body,
      signedIn: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(request, async ({ route, params, query, body, signedIn }) => {
        let i = 0;
        const path = route.url
          .replace(/:(\w+)/g, () => encodeParam(params[i++ % params.length]!))
          .replace('*', 'sign-in/email');
        const withBody = !['GET', 'DELETE'].includes(route.method);
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: path,
          query,
          headers: {
            ...(signedIn ? { cookie: admin.cookie } : {}),
            ...(withBody ? { 'content-type': 'application/json' } : {}),
          },
          ...(withBody ? { payload: 'raw' in body ? (body.raw as string) : JSON.stringify(body) } : {}),
        });
        expect(res.statusCode, `${route.method} ${route.url} → ${res.body.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    expect(log.text()).not.toContain(CANARY);
    // The log still tells what happened, by route pattern.
    expect(log.text()).toContain('"route":"/api/groups/:groupId"');
  });
});
