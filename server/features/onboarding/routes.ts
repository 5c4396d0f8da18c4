import type { FastifyInstance } from 'fastify';
import { onboardingUpdateSchema } from '../../../core/api/onboarding';
import type { AppDeps } from '../../http/app';
import { parseInput } from '../../http/errors';
import { requireUser } from '../account/session';
import { markOnboarding, onboardingOf } from './service';

/** The dashboard's checklist of first steps (GET) and the two marks the web app sets (POST). */
export async function onboardingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps.database;
  app.get('/api/me/onboarding', async (request) =>
    onboardingOf(db, (await requireUser(deps.auth, request)).id),
  );
  app.post('/api/me/onboarding', async (request) => {
    const me = await requireUser(deps.auth, request);
    const { mark } = parseInput(onboardingUpdateSchema, request.body);
    await markOnboarding(db, me.id, mark);
    return onboardingOf(db, me.id);
  });
}
