import { ApiError } from '../../lib/api';

/**
 * Looks up the server's field problems by path. A path matches its own issues and those beneath it
 * ('names' also catches 'names.nl'), except the bare list path 'phases', which only means the list itself.
 */
export function issueLookup(error: unknown): (path: string) => string | undefined {
  const issues = error instanceof ApiError ? error.issues : [];
  return (path) =>
    issues.find((i) => i.path === path || (path !== 'phases' && i.path.startsWith(`${path}.`)))?.message;
}

/** The index of every phase the server found a problem in. */
export function phasesWithIssues(error: unknown): Set<number> {
  const out = new Set<number>();
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.issues) {
    const match = /^phases\.(\d+)\.(\w+)/.exec(issue.path);
    if (match && match[2] !== 'minutes') out.add(Number(match[1]));
  }
  return out;
}
