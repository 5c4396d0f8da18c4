// HIGH 2 (issue 11): a crafted text made the privacy check quadratic and froze the server for seconds.
// Wall-clock limits flake on a busy machine, so each input's time is compared with a plain linear scan of
// the same input, measured right next to it: both slow down together when the machine is busy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData } from './privacy';

const MAX = 20_000;

/** One look at every character: what "linear" costs on this machine right now. */
function linearScan(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]|\s|[\s\S]/gu)) n += m[0].length;
  return n;
}

/** The fastest of a few runs, which is the least disturbed by other work on the machine. */
function fastest(run: () => unknown, times = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

// Pieces that hit each pattern's slow path when repeated: long runs of white space, quotes, letters, dashes,
// capitalised words, particles, digits and near-e-mail addresses.
const piece = fc.constantFrom(
  '\n',
  ' ',
  '"',
  '(',
  'a',
  'A',
  '-',
  "'",
  '.',
  '@',
  'a.',
  'Jan ',
  'Aa ',
  'van ',
  ' de',
  'Aa@b.nl ',
  '06',
  '1',
  '1 ',
  '+31 ',
  'x@',
  '\n\n Piet',
);
const run = fc.tuple(piece, fc.integer({ min: 1, max: MAX }));
const adversarial = fc.array(run, { minLength: 1, maxLength: 6 }).map((runs) =>
  runs
    .map(([p, n]) => p.repeat(Math.ceil(n / p.length)))
    .join('')
    .slice(0, MAX),
);

const NORMAL =
  'Gisteren sprak ik mevrouw van der Berg en haar zoon Daan. Toen kwam Jan de Vries binnen. Ze mailde vanaf ' +
  'j.devries@zorgnet.nl en belde met 06-12345678; haar BSN is 111222333.\n\n"Wat nu?" vroeg Sanne.\n';

// A linear check reads a text several times over (one pass per pattern and for the labels): 20 to 50 times
// the scan on a quiet machine, up to 62 seen under a load of 20; a quadratic one spent 200 to 4,000 times.
const RATIO = 100;

describe('privacy check time (HIGH 2)', () => {
  it('HIGH 2: checks adversarial texts of 20,000 characters in time linear in their length', () => {
    findPersonalData(NORMAL.repeat(10), 'nl'); // compile the patterns before measuring
    fc.assert(
      fc.property(adversarial, (text) => {
        const scan = Math.max(
          fastest(() => linearScan(text)),
          0.05,
        );
        const check = fastest(() => findPersonalData(text, 'nl'), 2);

        expect(check / scan, `${check.toFixed(1)} ms vs scan ${scan.toFixed(2)} ms`).toBeLessThan(RATIO);
      }),
      // No shrinking: every step would rerun a slow check.
      { numRuns: 40, endOnFailure: true },
    );
  });

  it('HIGH 2: the reported text (15,000 line breaks and a few names) and a normal 20,000-character text', () => {
    const reported = `${'\n'.repeat(15_000)}x Jan en Piet zagen Klaas, Marie en Anna.`;
    const normal = NORMAL.repeat(Math.ceil(MAX / NORMAL.length)).slice(0, MAX);
    for (const text of [reported, normal]) {
      findPersonalData(text, 'nl');
      const scan = Math.max(
        fastest(() => linearScan(text)),
        0.05,
      );
      const check = fastest(() => findPersonalData(text, 'nl'));

      expect(check / scan).toBeLessThan(RATIO);
    }
    // The names are still found behind the line breaks.
    expect(findPersonalData(reported, 'nl').map((f) => f.text)).toEqual([
      'Jan',
      'Piet',
      'Klaas',
      'Marie',
      'Anna',
    ]);
  });
});
