import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { freePort, startChildServer } from '../server/realtime/child-server';
import { seedDataDir } from '../server/realtime/offline-seed';
import { lighthouse, type Scores } from './lighthouse';
import { launchBrowser, measureRoute, type RouteBytes } from './web-bytes';

/**
 * npm run bench:web -- [--runs 3] [--method balint]
 * Builds the web app, starts Kring on a seeded PGlite folder (one live meeting), loads the signed-in
 * room, the landing page and a method page in Chromium as a phone and counts the bytes on the wire;
 * then runs Lighthouse (mobile) `--runs` times per public page and on the room (0 skips it).
 * The last line printed is one JSON object (bench/README.md).
 */
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, method: { type: 'string', default: 'balint' } },
});
const runs = Math.min(9, Math.max(0, Number(values.runs)));
const log = (line: string) => console.log(line);
const root = new URL('../', import.meta.url).pathname;

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'kring-bench-web-'));
  const dist = join(work, 'dist');
  const dataDir = join(work, 'data');
  try {
    log('building the web app …');
    await promisify(execFile)(
      join(root, 'node_modules/.bin/vite'),
      ['build', '--outDir', dist, '--emptyOutDir'],
      {
        cwd: root,
      },
    );
    const [meeting] = await seedDataDir({ dataDir, meetings: 1, peoplePerMeeting: 3, poolSize: 3 });
    const chair = meeting!.people[0]!.cookie;
    // PUBLIC_URL is where the pages' alternate-language links and the sitemap point.
    const port = await freePort();
    const env = { WEB_DIST: dist, LOG_LEVEL: 'error', PUBLIC_URL: `http://127.0.0.1:${port}` };
    const server = await startChildServer({ dataDir, port, env });
    try {
      const room = `/meetings/${meeting!.meetingId}/live`;
      const method = `/methods/${values.method}`;
      const browser = await launchBrowser();
      const bytes: Record<string, RouteBytes> = {};
      try {
        bytes.room = await measureRoute(browser, server.url, room, { cookie: chair, ready: '.room' });
        bytes.landing = await measureRoute(browser, server.url, '/', { ready: '.landing h1' });
        bytes.method = await measureRoute(browser, server.url, method, { ready: '.method-page h1' });
      } finally {
        await browser.close();
      }
      for (const [name, b] of Object.entries(bytes)) {
        log(
          `${name}: ${kb(b.jsBytes)} KB JS, ${kb(b.cssBytes)} KB CSS, ${kb(b.totalBytes)} KB in ${b.requests} requests`,
        );
      }
      const scores: Record<string, Scores> = {};
      const pages: [string, string, string?][] = [
        ['/', '/'],
        ['/intervisie', '/intervisie'],
        ['/methods', '/methods'],
        ['/methods/:id', method],
        ['room', room, chair],
      ];
      // Lighthouse's simulation scales the CPU work it observes: the machine's load is part of the result.
      const loadBefore = loadavg()[0]!;
      if (runs > 0) {
        for (const [name, path, cookie] of pages) {
          scores[name] = await lighthouse(server.url + path, runs, cookie);
          log(`lighthouse ${name}: ${JSON.stringify(scores[name])} (median of ${runs})`);
        }
      }
      log(
        JSON.stringify({
          roomJsBytes: bytes.room!.jsBytes,
          landingJsBytes: bytes.landing!.jsBytes,
          methodJsBytes: bytes.method!.jsBytes,
          bytes,
          lighthouseRuns: runs,
          lighthouse: scores,
          loadAverage: { before: loadBefore, after: loadavg()[0]! },
        }),
      );
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
