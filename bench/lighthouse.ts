import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const bin = new URL('../node_modules/.bin/lighthouse', import.meta.url).pathname;

export type Scores = {
  performance: number;
  seo: number;
  bestPractices: number;
  accessibility: number;
  /** What the performance score is made of (simulated ms; CLS unitless): where a page loses points. */
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  cls: number;
};
type Report = {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
};

const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  speedIndexMs: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const;

/** One Lighthouse 12 run, mobile, its default simulated slow 4G and CPU throttling (scores 0–100). */
async function lighthouseOnce(url: string, cookie?: string): Promise<Scores> {
  const dir = mkdtempSync(join(tmpdir(), 'kring-lh-'));
  const output = join(dir, 'report.json');
  try {
    await run(
      bin,
      [
        url,
        '--chrome-path=/usr/bin/chromium',
        '--chrome-flags=--headless=new --no-sandbox',
        '--form-factor=mobile',
        '--only-categories=performance,seo,best-practices,accessibility',
        '--output=json',
        `--output-path=${output}`,
        '--quiet',
        ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
      ],
      { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
    );
    const report = JSON.parse(readFileSync(output, 'utf8')) as Report;
    const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'),
      seo: score('seo'),
      bestPractices: score('best-practices'),
      accessibility: score('accessibility'),
      ...(Object.fromEntries(
        Object.entries(METRICS).map(([key, id]) => [
          key,
          key === 'cls' ? metric(id) : Math.round(metric(id)),
        ]),
      ) as Pick<Scores, keyof typeof METRICS>),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The median of each score over `runs` runs (one after the other: they share the machine's two cores). */
export async function lighthouse(url: string, runs: number, cookie?: string): Promise<Scores> {
  const results: Scores[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(url, cookie));
  const keys = Object.keys(results[0] ?? {}) as (keyof Scores)[];
  return Object.fromEntries(keys.map((key) => [key, median(results.map((r) => r[key]))])) as Scores;
}
