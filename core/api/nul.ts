/**
 * Whether any string in a parsed JSON value contains a NUL character. PostgreSQL can store NUL neither
 * in text nor in jsonb, so such input is refused as malformed before it reaches the rules or the store.
 */
export function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, v]) => key.includes('\u0000') || containsNul(v));
  }
  return false;
}
