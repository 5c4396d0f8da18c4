import type { FastifyInstance } from 'fastify';

/**
 * One log line per request with the route's pattern instead of Fastify's own lines with the URL: paths and
 * query strings carry user text and secrets (invite tokens, calendar feed secrets), and the log must hold
 * neither (issue 11, LOW).
 */
export function registerRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      {
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      },
      'request',
    );
  });
}
