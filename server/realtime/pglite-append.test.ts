import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type Database, pgliteOf } from '../db/client';
import { openTestDatabase } from '../test/databases';
import { quoteLiteral } from './pglite-append';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase('pglite');
});
afterAll(() => database.close());

test('LOG-4: any text survives the literal quoting unchanged, with either setting of standard_conforming_strings', async () => {
  const client = pgliteOf(database.db)!;
  const text = fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replaceAll('\u0000', ''));
  const tricky = fc.constantFrom("'", "''", '\\', "\\'", "E'\\x41'", "'); drop table meeting_events; --");
  for (const conforming of ['on', 'off']) {
    await client.exec(`set standard_conforming_strings = ${conforming}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, tricky), async (value) => {
        const result = await client.query<{ v: string }>(`select ${quoteLiteral(value)}::text as v`);
        expect(result.rows[0]!.v).toBe(value);
      }),
      { numRuns: 150 },
    );
  }
  await client.exec('set standard_conforming_strings = on');
  expect((await client.query('select count(*)::int as n from meeting_events')).rows).toEqual([{ n: 0 }]);
});
