import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RemotePGlite } from './remote-pglite';

describe('PGlite on its own thread', () => {
  let pg: RemotePGlite;
  beforeAll(async () => {
    pg = await RemotePGlite.open('memory://');
    await pg.exec('create table notes (id int primary key, text text not null)');
  });
  afterAll(() => pg.close());

  test('the event loop keeps turning while the database works', async () => {
    let turns = 0;
    let working = true;
    const spin = () => {
      turns++;
      if (working) setImmediate(spin);
    };
    setImmediate(spin);
    const result = await pg.query<{ n: number }>(
      'select count(*)::int as n from generate_series(1, 2000000)',
    );
    working = false;
    expect(result.rows).toEqual([{ n: 2_000_000 }]);
    // On the main thread the WebAssembly would hold the loop for the whole query: a handful of turns.
    expect(turns).toBeGreaterThan(200);
  });

  test('a transaction commits what it did, and a failed one leaves nothing', async () => {
    await pg.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [1, 'eerste']);
    });
    const failed = pg.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [2, 'tweede']);
      throw new Error('bedacht');
    });
    await expect(failed).rejects.toThrow('bedacht');
    expect((await pg.query('select id, text from notes order by id')).rows).toEqual([
      { id: 1, text: 'eerste' },
    ]);
  });

  test('a query from outside waits for an open transaction, and never sees what it rolled back', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const transaction = pg.transaction(async (tx) => {
      await tx.query('insert into notes values ($1, $2)', [3, 'derde']);
      await held;
      throw new Error('toch niet');
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    // PGlite is one session: run now, this query would see the uncommitted row.
    const outside = pg.query<{ n: number }>('select count(*)::int as n from notes where id = 3');
    release();
    await expect(transaction).rejects.toThrow('toch niet');
    expect((await outside).rows).toEqual([{ n: 0 }]);
  });

  test('database errors keep their code and constraint', async () => {
    const duplicate = pg.query('insert into notes values ($1, $2)', [1, 'weer de eerste']);
    await expect(duplicate).rejects.toMatchObject({ code: '23505', constraint: 'notes_pkey' });
    await expect(pg.query('select * from nowhere')).rejects.toMatchObject({ code: '42P01' });
  });

  test('text of any kind goes in and comes out unchanged', async () => {
    const text = 'it\'s "quoted" \\ ü 🌱 \u2028 end';
    await pg.query('insert into notes values ($1, $2)', [4, text]);
    expect((await pg.query('select text from notes where id = 4')).rows).toEqual([{ text }]);
  });

  test('after close, a query fails with a clear error instead of waiting forever', async () => {
    const other = await RemotePGlite.open('memory://');
    await other.close();
    await expect(other.query('select 1')).rejects.toThrow(/embedded database stopped/);
  });

  test('a folder it cannot open is a clear error', async () => {
    // A folder below a file can never be made. (Not one in /proc: once the app is built, the new folder is
    // seeded from the template, and Node's recursive mkdir there never returns.)
    const file = join(mkdtempSync(join(tmpdir(), 'kring-')), 'a-file');
    writeFileSync(file, '');
    await expect(RemotePGlite.open(join(file, 'data'))).rejects.toThrow(/did not open/);
  });
});
