import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../server/realtime/child-server';
import { startUntilHealthy, stopGroup, treeRss } from './process-tree';

/**
 * npm run bench:startup -- [--runs 3] [--idle 3]
 * Start-up of `npm start` (first start on an empty data folder, then a restart on it, idle RSS) against
 * two baselines in the same rounds, so all meet the same machine: the previous way of starting, `tsx
 * server/main.ts` with the flags of `npm start` (without its web build), and a bare node http server, the
 * floor. Rounds alternate their order. Before them, both builds run once from scratch (`buildMs`): a
 * fresh clone's first `npm start` takes about buildMs + firstStartMs. The last line is one JSON object
 * of medians (bench/README.md).
 */
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, idle: { type: 'string', default: '3' } },
});
const runs = Math.min(20, Math.max(1, Number(values.runs)));
const idleMs = Math.min(30, Math.max(0, Number(values.idle))) * 1000;
const root = new URL('..', import.meta.url).pathname;
const FLOOR = `require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, '127.0.0.1')`;

type Sample = { firstMs: number; restartMs: number; serverMb: number; treeMb: number };
type System = { name: string; command: string[] };
const systems: System[] = [
  { name: 'kring', command: ['npm', 'start', '--silent'] },
  {
    name: 'tsx',
    command: [join(root, 'node_modules/.bin/tsx'), '--max-semi-space-size=1', 'server/main.ts'],
  },
  { name: 'floor', command: [process.execPath, '-e', FLOOR] },
];

/** First start on an empty data folder, a restart on it, and the RSS after idling; then stops. */
async function measure(system: System): Promise<Sample> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kring-startup-'));
  const port = await freePort();
  const env = {
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  const url = `http://127.0.0.1:${port}/healthz`;
  try {
    const first = await startUntilHealthy(system.command, env, url);
    await stopGroup(first.proc);
    const again = await startUntilHealthy(system.command, env, url);
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const rss = treeRss(again.proc.pid!);
    await stopGroup(again.proc);
    return { firstMs: first.readyMs, restartMs: again.readyMs, ...rss };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (n: number) => Math.round(n);

async function main() {
  const buildStarted = performance.now();
  execFileSync(process.execPath, [join(root, 'scripts/build-if-changed.mjs'), '--force'], {
    stdio: 'inherit',
  });
  const buildMs = performance.now() - buildStarted;
  const samples = new Map<string, Sample[]>(systems.map((s) => [s.name, []]));
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? systems : [...systems].reverse();
    for (const system of order) {
      const sample = await measure(system);
      samples.get(system.name)!.push(sample);
      console.log(
        `${system.name}: first start ${Math.round(sample.firstMs)} ms, restart ${Math.round(sample.restartMs)} ms, RSS ${Math.round(sample.serverMb)} MB (tree ${Math.round(sample.treeMb)} MB)`,
      );
    }
  }
  const of = (name: string, key: keyof Sample) => round(median(samples.get(name)!.map((s) => s[key])));
  console.log(
    JSON.stringify({
      runs,
      buildMs: round(buildMs),
      firstStartMs: of('kring', 'firstMs'),
      restartMs: of('kring', 'restartMs'),
      rssIdleMb: of('kring', 'serverMb'),
      rssTreeMb: of('kring', 'treeMb'),
      tsxFirstStartMs: of('tsx', 'firstMs'),
      tsxRestartMs: of('tsx', 'restartMs'),
      tsxRssIdleMb: of('tsx', 'serverMb'),
      tsxRssTreeMb: of('tsx', 'treeMb'),
      floorStartMs: of('floor', 'restartMs'),
      floorRssMb: of('floor', 'serverMb'),
    }),
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
