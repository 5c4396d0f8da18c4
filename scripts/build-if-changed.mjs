// Run by `npm start` before the server: builds the web app (Vite) and the server (esbuild, to
// dist/server/main.js) only when their sources changed since the last build. Each build records a
// content hash of its inputs beside its output; a restart with nothing changed builds nothing.
// Plain JavaScript, run by node itself: production starts without a run-time TypeScript transpiler.
// `--force` builds each whatever the hashes say; `--only <name>` (repeatable) limits it to the builds named:
// web, server, pglite-template.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { makeTemplate, TEMPLATE_DIR } from '../server/db/pglite-template.mjs';

const root = new URL('..', import.meta.url).pathname;
const self = relative(root, new URL(import.meta.url).pathname);
const { values: options } = parseArgs({
  options: { force: { type: 'boolean', default: false }, only: { type: 'string', multiple: true } },
});
const force = options.force;

/** What each build reads: folders (walked, tests left out) and single files. Add new inputs here. */
const builds = [
  {
    name: 'web',
    // The prerender step (scripts/build) reads where the server looks for its pages.
    inputs: [
      'web',
      'core',
      'vite.config.ts',
      'scripts/build',
      'server/http/prerendered-layout.ts',
      'package-lock.json',
      self,
    ],
    output: 'dist/web',
    stamp: 'dist/web.source-hash',
    build: () =>
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
        {
          cwd: root,
          stdio: 'inherit',
        },
      ),
  },
  {
    name: 'server',
    inputs: ['server', 'core', 'tsconfig.json', 'package-lock.json', self],
    output: 'dist/server',
    stamp: 'dist/server.source-hash',
    build: buildServer,
  },
  {
    // A migrated database a new data folder is copied from: a first start without PGlite's initdb.
    name: 'pglite-template',
    inputs: ['server/db/migrations', 'server/db/pglite-template.mjs', 'package-lock.json', self],
    output: TEMPLATE_DIR,
    stamp: `${TEMPLATE_DIR}.source-hash`,
    build: () => makeTemplate(root),
  },
];

/** Test files and fixtures never reach the production build, so changing them rebuilds nothing. */
const isTest = (path) => /\.test\.tsx?$|(^|\/)test\//.test(path);

function* files(path) {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* files(child);
    else if (!isTest(relative(root, child))) yield child;
  }
}

function sourceHash(inputs) {
  const hash = createHash('sha256');
  for (const input of inputs) {
    for (const file of files(join(root, input))) {
      hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
}

/**
 * The server and its packages as ES modules in dist/server: one file to read and compile instead of
 * some thousand, a fifth less CPU to start (bench/README.md, "Start-up"). Left in node_modules: packages
 * that read files beside their own code (PGlite's WebAssembly, pdfkit's fonts) and pino. The PGlite
 * worker (plain JavaScript) and the migrations are read from server/db/ at run time (server/paths.ts).
 */
async function buildServer() {
  const { build } = await import('esbuild');
  rmSync(join(root, 'dist/server'), { recursive: true, force: true });
  await build({
    entryPoints: [join(root, 'server/main.ts')],
    outdir: join(root, 'dist/server'),
    // main.ts imports most of the server lazily, to load it while the database opens: separate chunks.
    splitting: true,
    bundle: true,
    external: ['@electric-sql/pglite', 'pdfkit', 'pino'],
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    // CommonJS packages inside an ES module still call require() for Node's own modules.
    banner: {
      js: "import { createRequire as kringRequire } from 'node:module'; const require = kringRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

for (const { name, inputs, output, stamp, build } of builds) {
  if (options.only && !options.only.includes(name)) continue;
  const started = performance.now();
  const hash = sourceHash(inputs);
  const stampPath = join(root, stamp);
  const current =
    existsSync(join(root, output)) && existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash;
  if (current && !force) continue;
  await build();
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(stampPath, hash);
  console.log(`built ${name} in ${Math.round(performance.now() - started)} ms (sources changed)`);
}
