import type { FastifyInstance } from 'fastify';
import { demoStartSchema } from '../../../core/api/demo';
import { translate } from '../../../core/i18n/index';
import type { AppDeps } from '../../http/app';
import { parseInput, requestLocale } from '../../http/errors';
import { DEFAULT_DEMO_OPTIONS, DemoRegistry, fasterDemoClock } from './demos';
import { acceptDemoSocket, DEMO_COOKIE } from './socket';

/** Each app's demos, for tests that drive the demo clock themselves. */
export const demoRegistries = new WeakMap<FastifyInstance, DemoRegistry>();

/** The demo meeting without an account (DEMO-1…5): start one, and its socket. */
export async function demoRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const speed = deps.config.demoSpeed ?? 1;
  const limits = { ...DEFAULT_DEMO_OPTIONS, ...(speed > 1 && fasterDemoClock(speed)), ...deps.demo };
  const demos = new DemoRegistry(limits);
  demoRegistries.set(app, demos);
  const timer = setInterval(() => demos.tick(demos.now()), limits.tickMs);
  timer.unref();
  app.addHook('preClose', async () => {
    clearInterval(timer);
    demos.closeAll();
  });

  app.post(
    '/api/demo',
    { config: { rateLimit: { max: limits.perAddressPerHour, timeWindow: '1 hour' } } },
    async (request, reply) => {
      const input = parseInput(demoStartSchema, request.body);
      const locale = input.locale ?? requestLocale(request);
      const { room, token } = demos.start(
        {
          methodId: input.methodId,
          role: input.role,
          locale,
          visitorName: translate(locale, 'demo.visitor'),
        },
        request.ip,
        demos.now(),
      );
      const secure = deps.config.production ? '; Secure' : '';
      const maxAge = Math.ceil(limits.ttlMs / 1000);
      reply.header(
        'set-cookie',
        `${DEMO_COOKIE}=${token}; Path=/api/demo/${room.id}/live; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`,
      );
      return { demoId: room.id };
    },
  );

  app.get('/api/demo/:demoId/live', { websocket: true }, (socket, request) =>
    acceptDemoSocket(socket, request, demos),
  );
}
