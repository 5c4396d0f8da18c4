import { useEffect, useRef } from 'react';
import { ApiError } from '../../../lib/api';

type Source = unknown;

function issuesOf(source: Source): { messages: Record<string, string>; coded: Set<string> } {
  const messages: Record<string, string> = {};
  const coded = new Set<string>();
  if (source instanceof ApiError) {
    for (const issue of source.issues) {
      if (issue.path in messages) continue;
      messages[issue.path] = issue.message;
      if (issue.code) coded.add(issue.path);
    }
  } else if (source && typeof source === 'object') {
    Object.assign(messages, source);
  }
  return { messages, coded };
}

/**
 * Field errors from a failed request (an ApiError or useSubmit's fieldErrors). The server's issue texts are
 * technical, so a field with a message of our own (in the user's language) shows that; others show the server's.
 * An issue with a code (e.g. control_characters) already says in the user's language what is wrong: it wins.
 */
export function fieldErrorsOf(
  source: Source,
  own: Record<string, string> = {},
): (path: string) => string | undefined {
  const { messages, coded } = issuesOf(source);
  return (path) => {
    const key = Object.keys(messages).find((p) => p === path || p.startsWith(`${path}.`));
    if (key === undefined) return undefined;
    return coded.has(key) ? messages[key] : (own[path] ?? messages[key]);
  };
}

/** True when the error belongs to fields, so the form shows it there and not once more on top. */
export function hasFieldIssues(error: unknown): boolean {
  return error instanceof ApiError && error.issues.length > 0;
}

/**
 * Moves keyboard focus to the first invalid field after a failed submit, so long forms show where to look.
 * `trigger` changes with each new set of errors: the ApiError itself, or the invalid paths joined.
 */
export function useFocusFirstInvalid(trigger: unknown) {
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (trigger) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [trigger]);
  return ref;
}
