import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { appRoot } from '../paths';
import { openDatabase } from './client';
import { installTemplate, seedFromTemplate } from './pglite-template.mjs';

/** An install of its own: the real packages and migrations, and a template made from the run's migrated folder. */
function makeInstall(): string {
  const root = mkdtempSync(join(tmpdir(), 'kring-install-'));
  mkdirSync(join(root, 'server/db'), { recursive: true });
  symlinkSync(join(appRoot, 'node_modules'), join(root, 'node_modules'));
  cpSync(join(appRoot, 'server/db/migrations'), join(root, 'server/db/migrations'), { recursive: true });
  const building = join(root, 'building');
  cpSync(inject('pgliteTemplateDir'), building, { recursive: true });
  installTemplate(root, building);
  return root;
}

async function tablesIn(dataDir: string): Promise<string[]> {
  const database = await openDatabase({ dataDir, migrate: false });
  try {
    const rows = await database.db.execute<{ name: string }>(
      sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
    );
    return (rows as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
  } finally {
    await database.close();
  }
}

describe('a new data folder starts as a copy of the install template (first start without initdb)', () => {
  let root: string;
  let dataDir: string;
  beforeAll(() => {
    root = makeInstall();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(() => {
    dataDir = join(mkdtempSync(join(tmpdir(), 'kring-data-')), 'data');
  });
  afterEach(() => rmSync(join(dataDir, '..'), { recursive: true, force: true }));

  it('fills a missing folder with a migrated database that opens', async () => {
    expect(seedFromTemplate(dataDir, root)).toBe(true);
    expect(await tablesIn(dataDir)).toContain('meeting_events');
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.') || n.endsWith('.stamp'))).toEqual([]);
  });

  it('never touches a folder that already holds a database', async () => {
    expect(seedFromTemplate(dataDir, root)).toBe(true);
    const database = await openDatabase({ dataDir, migrate: false });
    await database.db.execute(sql`create table kept (id int)`);
    await database.close();
    expect(seedFromTemplate(dataDir, root)).toBe(false);
    expect(await tablesIn(dataDir)).toContain('kept');
  });

  it('is not used once the migrations changed after it was made', () => {
    const later = join(root, 'server/db/migrations/9999_later.sql');
    writeFileSync(later, 'create table later (id int);');
    try {
      expect(seedFromTemplate(dataDir, root)).toBe(false);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      rmSync(later);
    }
  });

  it('fills again a folder where a copy was cut off before PG_VERSION arrived', async () => {
    mkdirSync(join(dataDir, '.template-copy-dead', 'base'), { recursive: true });
    mkdirSync(join(dataDir, 'base', 'stale'), { recursive: true });
    expect(seedFromTemplate(dataDir, root)).toBe(true);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.template-copy-'))).toEqual([]);
    expect(existsSync(join(dataDir, 'base', 'stale'))).toBe(false);
    expect(await tablesIn(dataDir)).toContain('meeting_events');
  });
});
