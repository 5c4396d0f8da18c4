import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Runs the same oxlint rule as `npm run lint` (react/jsx-no-literals on web/**/*.tsx) and reads its verdict.
function literalViolations(target: string): string[] {
  try {
    execFileSync('npx', ['oxlint', '-c', '.oxlintrc.json', '--format', 'unix', target], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return [];
  } catch (error) {
    const out = String((error as { stdout?: string }).stdout ?? '');
    return out.split('\n').filter((line) => line.includes('jsx-no-literals'));
  }
}

// Each check lints in a child process (npx + oxlint over the tree): seconds on a quiet machine, more on a busy one.
const LINT_TIMEOUT = 60_000;

describe('user-visible text comes from core/i18n', () => {
  it(
    'finds no literal text in any component',
    () => {
      expect(literalViolations('web')).toEqual([]);
    },
    LINT_TIMEOUT,
  );

  it(
    'would catch a component that shows a literal string',
    () => {
      const dir = mkdtempSync(join('web', '.literal-check-'));
      const file = join(dir, 'Bad.tsx');
      try {
        writeFileSync(file, 'export function Bad() {\n  return <p>Hallo wereld</p>;\n}\n');
        expect(literalViolations(file).length).toBe(1);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    LINT_TIMEOUT,
  );
});
