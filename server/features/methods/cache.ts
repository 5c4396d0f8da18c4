import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

// Method data only changes with a deploy; clients revalidate after five minutes and get a 304 when unchanged.
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=86400';

export type Cached = { body: string; etag: string };

/** Serialises a body once and gives it a strong ETag: the SHA-256 of its exact bytes. */
export function cacheable(value: unknown): Cached {
  const body = JSON.stringify(value);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url')}"` };
}

/** True when If-None-Match names this ETag (or *); weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sends a cached JSON body, or 304 when the client already has it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, cached: Cached): FastifyReply {
  reply.header('etag', cached.etag).header('cache-control', CACHE_CONTROL).header('vary', 'Accept-Language');
  if (matchesIfNoneMatch(request.headers['if-none-match'], cached.etag)) return reply.status(304).send();
  return reply.type('application/json; charset=utf-8').send(cached.body);
}
