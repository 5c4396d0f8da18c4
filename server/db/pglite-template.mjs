// A migrated PGlite data folder, made once per install by scripts/build-if-changed.mjs, that a new data
// folder starts as: PGlite's initdb costs 8–9 s of CPU on a first start, copying its result ~0.2 s
// (bench/README.md, "Start-up"). Plain JavaScript: the build script and the database worker load it as is.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the template lives under the app's root folder. */
export const TEMPLATE_DIR = 'dist/pglite-template';
/** The template's stamp: which PGlite and which migrations made it. Never copied into a data folder. */
const STAMP_FILE = 'kring-template.stamp';
/** The file that tells PostgreSQL (and us) a folder holds a database; moved in last. */
const MARKER = 'PG_VERSION';
/** A copy in progress inside the data folder; a crash can leave one behind. */
const COPY_PREFIX = '.template-copy-';

/** The PGlite version and the migrations' files: a template made from other ones is not used. */
export function templateStamp(root) {
  const hash = createHash('sha256');
  hash.update(
    JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version,
  );
  const migrations = join(root, 'server/db/migrations');
  for (const name of readdirSync(migrations)
    .filter((n) => n.endsWith('.sql'))
    .sort()) {
    hash
      .update('\0')
      .update(name)
      .update('\0')
      .update(readFileSync(join(migrations, name)));
  }
  return hash.digest('hex');
}

/**
 * Makes the template in root/TEMPLATE_DIR: initdb and every migration, then the stamp. Built beside and
 * renamed into place, so a half-made template is never used.
 */
export async function makeTemplate(root) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const target = join(root, TEMPLATE_DIR);
  const building = `${target}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  // PGlite makes only the last folder of the path; a fresh clone has no dist/ yet.
  mkdirSync(dirname(building), { recursive: true });
  const pg = await PGlite.create(building);
  await migrate(drizzle({ client: pg }), { migrationsFolder: join(root, 'server/db/migrations') });
  await pg.close();
  installTemplate(root, building);
}

/** Stamps a migrated data folder (moved, not copied) as root's template. */
export function installTemplate(root, building) {
  const target = join(root, TEMPLATE_DIR);
  writeFileSync(join(building, STAMP_FILE), templateStamp(root));
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { recursive: true, force: true });
  try {
    renameSync(building, target);
  } catch (error) {
    // Another build of the same install was quicker; its template is as good as ours.
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(target, STAMP_FILE))) throw error;
  }
}

/**
 * Fills dataDir from the template when it holds no database yet (missing, or without PG_VERSION) and
 * the template matches this install. The copy is made inside dataDir and renamed into place with
 * PG_VERSION last: a crash during it leaves a folder that is filled again on the next start. Returns
 * whether it copied.
 */
export function seedFromTemplate(dataDir, root) {
  if (dataDir.includes('://') || existsSync(join(dataDir, MARKER))) return false;
  const template = join(root, TEMPLATE_DIR);
  const stamp = join(template, STAMP_FILE);
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== templateStamp(root)) return false;
  mkdirSync(dataDir, { recursive: true });
  for (const name of readdirSync(dataDir).filter((n) => n.startsWith(COPY_PREFIX))) {
    rmSync(join(dataDir, name), { recursive: true, force: true });
  }
  const copy = mkdtempSync(join(dataDir, COPY_PREFIX));
  cpSync(template, copy, { recursive: true });
  rmSync(join(copy, STAMP_FILE));
  const names = readdirSync(copy).filter((n) => n !== MARKER);
  for (const name of [...names, MARKER]) {
    rmSync(join(dataDir, name), { recursive: true, force: true });
    renameSync(join(copy, name), join(dataDir, name));
  }
  rmSync(copy, { recursive: true, force: true });
  return true;
}
