import compress from '@fastify/compress';
import rateLimit from '@fastify/rate-limit';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { accessLogRoutes } from '../features/access-log/routes';
import type { Auth } from '../features/account/auth';
import { accountRoutes } from '../features/account/routes';
import { activityRoutes } from '../features/activities/routes';
import { caseRoutes } from '../features/cases/routes';
import type { DemoOptions } from '../features/demo/demos';
import { demoRoutes } from '../features/demo/routes';
import { groupRoutes } from '../features/groups/routes';
import { learningRoutes } from '../features/learning/routes';
import { meetingRoutes } from '../features/meetings/routes';
import { methodVersionRoutes } from '../features/method-versions/routes';
import { methodRoutes } from '../features/methods/routes';
import { onboardingRoutes } from '../features/onboarding/routes';
import { personalDataRoutes } from '../features/personal-data/routes';
import { registerRoutes } from '../features/register/routes';
import { reportRoutes } from '../features/reports/routes';
import { retentionRoutes } from '../features/retention/routes';
import { trajectoryRoutes } from '../features/trajectories/routes';
import type { Mailer } from '../mail/mailer';
import { realtimeRoutes } from '../realtime/routes';
import { socketErrorHandler } from '../realtime/socket-errors';
import { registerErrorHandling } from './errors';
import { healthRoutes } from './health';
import { registerOriginCheck } from './origin';
import { registerRequestLog } from './request-log';
import { registerSecurityHeaders } from './security';
import { registerStatic } from './static';

/** Everything a feature's routes may need; built once in main.ts (or a test) and passed down. */
export type AppDeps = {
  config: Config;
  database: Database;
  auth: Auth;
  mailer: Mailer;
  logger: Logger;
  /** How often each process tells the others who is here (tests make it short; registry.ts). */
  realtime?: { heartbeatMs?: number };
  /** The demo meetings' caps, rate limit and purge times (tests make them small; demo/demos.ts). */
  demo?: Partial<DemoOptions>;
  /** The built web app to serve (tests give a folder of their own); by default WEB_DIST or dist/web. */
  webRoot?: string;
};

/** A feature plugs its routes in through one of these. */
export type FeatureRoutes = (app: FastifyInstance, deps: AppDeps) => Promise<void>;

// Features add themselves here; order does not matter.
const features: FeatureRoutes[] = [
  (app, deps) => accountRoutes(app, { auth: deps.auth, publicUrl: deps.config.publicUrl, logger: app.log }),
  (app, deps) => healthRoutes(app, deps.database),
  (app) => methodRoutes(app),
  (app, deps) => methodVersionRoutes(app, { auth: deps.auth, db: deps.database.db }),
  groupRoutes,
  meetingRoutes,
  caseRoutes,
  realtimeRoutes,
  reportRoutes,
  retentionRoutes,
  trajectoryRoutes,
  learningRoutes,
  accessLogRoutes,
  personalDataRoutes,
  onboardingRoutes,
  activityRoutes,
  registerRoutes,
  demoRoutes,
];

const routeTables = new WeakMap<FastifyInstance, { method: string; url: string }[]>();

/** Every route (method and URL pattern) of an app made by buildApp, for tests that visit them all. */
export function routesOf(app: FastifyInstance): { method: string; url: string }[] {
  return routeTables.get(app) ?? [];
}

/** Builds the Fastify app with all plugins and feature routes; does not listen. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
    trustProxy: deps.config.trustProxy,
    // Fastify's own request lines carry the URL; request-log.ts writes one without it.
    logController: new LogController({ disableRequestLogging: true }),
  });
  const routes: { method: string; url: string }[] = [];
  routeTables.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routes.push({ method, url: route.url });
  });
  registerRequestLog(app);
  registerErrorHandling(app);
  await registerSecurityHeaders(app, { production: deps.config.production });
  await app.register(rateLimit, { global: false });
  // Dynamic replies above 1 KB (JSON lists, the page shell) go out with brotli or gzip; static files come
  // precompressed from the build and carry their Content-Encoding already, which this plugin leaves alone.
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  // realtime/routes.ts closes the sockets itself on shutdown: running commands first, then code 4010.
  await app.register(websocket, {
    options: { maxPayload: 64 * 1024 },
    preClose: (done) => done(),
    // One oversize frame after another must not write a stack trace each (LIVE-6).
    errorHandler: socketErrorHandler(deps.logger),
  });
  // After the websocket plugin: its hooks mark an upgrade first, so a refused upgrade's socket is closed.
  registerOriginCheck(app, deps.config);
  for (const feature of features) await feature(app, deps);
  await registerStatic(app, deps.config.publicUrl, deps.webRoot);
  return app;
}
