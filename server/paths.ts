import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of package.json. From source (tsx, vitest) this module lives in server/; in the
 * ahead-of-time build every module shares the URL of dist/server/main.js (scripts/build-if-changed.mjs).
 * Paths to files the server reads at run time start here, so they hold in both.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const appRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
