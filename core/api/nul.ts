/**
 * Input that PostgreSQL cannot store or that only an attack sends, found before it reaches the rules or the
 * store. PostgreSQL can store NUL neither in text nor in jsonb, and no lone UTF-16 surrogate either (it is
 * no character of UTF-8): both failed deep in a query as a server error (issue 11, LOW).
 */
export type InputProblem = 'nul' | 'lone_surrogate' | 'too_deep';

/** More levels of nesting than any request or command of Kring has; deeper input is refused. */
export const MAX_INPUT_DEPTH = 32;

const LONE_SURROGATE = /\p{Surrogate}/u;

function stringProblem(text: string): InputProblem | null {
  if (text.includes('\u0000')) return 'nul';
  return LONE_SURROGATE.test(text) ? 'lone_surrogate' : null;
}

const nulOnly = (text: string): InputProblem | null => (text.includes('\u0000') ? 'nul' : null);

/**
 * The first problem `problemOf` finds in the strings of a parsed JSON value (keys included). It walks with a
 * stack of its own: the recursive version overflowed the call stack on a deeply nested body and answered 500.
 */
function walk(
  value: unknown,
  problemOf: (text: string) => InputProblem | null,
  maxDepth: number,
): InputProblem | null {
  const stack: [unknown, number][] = [[value, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [item, depth] = next;
    if (typeof item === 'string') {
      const problem = problemOf(item);
      if (problem) return problem;
    } else if (item && typeof item === 'object') {
      if (depth >= maxDepth) return 'too_deep';
      for (const [key, child] of Object.entries(item)) {
        const problem = problemOf(key);
        if (problem) return problem;
        stack.push([child, depth + 1]);
      }
    }
  }
  return null;
}

/** The first problem in a parsed JSON value: a NUL, a lone surrogate or nesting deeper than `maxDepth`. */
export function inputProblem(value: unknown, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  return walk(value, stringProblem, maxDepth);
}

/** Whether any string in a parsed JSON value contains a NUL character (however deep it sits). */
export function containsNul(value: unknown): boolean {
  return walk(value, nulOnly, Number.POSITIVE_INFINITY) === 'nul';
}
