import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

/**
 * Which browser origins may act with a member's cookies. SameSite cookies travel between the ports of
 * one host (they are the same site), so a page on another port could open the live socket or send a
 * body-less POST as the member; the Origin header is what tells those pages apart.
 *
 * - `PUBLIC_URL` set: only its origin.
 * - `PUBLIC_URL` unset: an Origin naming the request's own Host is same-origin, so Kring works at
 *   http://127.0.0.1:3000 and at the laptop's LAN address, as phones in a meeting room need.
 * A request without Origin is no browser acting for someone (browsers send it on every POST and upgrade).
 */
export type OriginPolicy = { publicUrl: string; publicUrlSet: boolean };

/** The origins a request may come from: the public URL, and without PUBLIC_URL the request's own host. */
export function trustedOrigins(policy: OriginPolicy, host: string | null | undefined): string[] {
  const own = new URL(policy.publicUrl).origin;
  if (policy.publicUrlSet || !host) return [own];
  return [own, ...sameHostOrigins(host)];
}

function sameHostOrigins(host: string): string[] {
  try {
    return ['http:', 'https:'].map((scheme) => new URL(`${scheme}//${host}`).origin);
  } catch {
    return [];
  }
}

/** True when a request with these headers may act: no Origin at all, or a trusted one. */
export function originAllowed(
  policy: OriginPolicy,
  origin: string | undefined,
  host: string | undefined,
): boolean {
  if (origin === undefined) return true;
  const normal = URL.canParse(origin) ? new URL(origin).origin : 'null';
  return trustedOrigins(policy, host).includes(normal);
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Refuses a foreign Origin on every state-changing request and on the WebSocket upgrade (HTTP 403). */
export function registerOriginCheck(app: FastifyInstance, policy: OriginPolicy): void {
  app.addHook('onRequest', async (request) => {
    const upgrade = request.headers.upgrade?.toLowerCase() === 'websocket';
    if (SAFE_METHODS.has(request.method) && !upgrade) return;
    if (!originAllowed(policy, request.headers.origin, request.headers.host)) {
      throw new AppError('forbidden_origin', 403);
    }
  });
}
