/**
 * better-auth's JSON carries session tokens (sign-in, get-session, list-sessions). The session lives in
 * an httpOnly cookie; a token in a body would hand it to page scripts, so every `token` key goes.
 */
export function withoutTokens(text: string): string {
  if (!text.startsWith('{') && !text.startsWith('[')) return text;
  return JSON.stringify(strip(JSON.parse(text)));
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'token')
      .map(([key, v]) => [key, strip(v)]),
  );
}
