import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/client';
import { startPostgres } from './postgres-server';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateDir: string;
    postgresUrl: string;
  }
}

/** Once per run: a migrated PGlite template folder and a PostgreSQL server with a migrated template database. */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(join(tmpdir(), 'kring-test-'));
  const templateDir = join(root, 'pglite-template');
  // The two templates are made side by side: PGlite runs its migrations while PostgreSQL starts.
  const pgliteTemplate = openDatabase({ dataDir: templateDir }).then((pglite) => pglite.close());
  const server = await startPostgres();
  const admin = postgres(server.url, { max: 1, onnotice: () => {} });
  await admin.unsafe('CREATE DATABASE kring_template');
  await admin.end();
  const templateUrl = server.url.replace(/\/postgres$/, '/kring_template');
  const pg = await openDatabase({ databaseUrl: templateUrl });
  await Promise.all([pg.close(), pgliteTemplate]);

  project.provide('pgliteTemplateDir', templateDir);
  project.provide('postgresUrl', server.url);
  return () => {
    server.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
