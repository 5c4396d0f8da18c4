import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/client';

/** Per app: whether events stored by other server processes reach this one (realtime/registry.ts). */
const deliveries = new WeakMap<FastifyInstance, () => boolean>();

/** The realtime routes say here how to know whether cross-process delivery works. */
export function reportDelivery(app: FastifyInstance, delivering: () => boolean): void {
  deliveries.set(app, delivering);
}

/**
 * GET /healthz answers 200 only when the database answers and, with several processes on PostgreSQL,
 * NOTIFYs from the others arrive; otherwise 503 `unavailable` (no database) or `degraded` (no delivery:
 * rooms then read the log once a second, docs/DEPLOY.md).
 */
export async function healthRoutes(app: FastifyInstance, database: Database): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: database.kind });
    }
    if (deliveries.get(app)?.() === false) {
      return reply.status(503).send({ status: 'degraded', database: database.kind, delivery: 'down' });
    }
    return { status: 'ok', database: database.kind };
  });
}
