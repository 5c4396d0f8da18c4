import type { FastifyRequest } from 'fastify';
import type { Me } from '../../../core/api/auth';
import { AppError } from '../../http/errors';
import type { Auth } from './auth';

/** The signed-in user of a request, or null. Every route that needs an actor starts here. */
export async function currentUser(auth: Auth, request: FastifyRequest): Promise<Me | null> {
  return (await currentSession(auth, request))?.user ?? null;
}

/** The signed-in user with the id of their session (a live socket closes when it ends), or null. */
export async function currentSession(
  auth: Auth,
  request: FastifyRequest,
): Promise<{ user: Me; sessionId: string } | null> {
  const headers = new Headers();
  if (request.headers.cookie) headers.set('cookie', request.headers.cookie);
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { locale?: string };
  const user: Me = { id: u.id, name: u.name, email: u.email, locale: u.locale === 'en' ? 'en' : 'nl' };
  return { user, sessionId: session.session.id };
}

/** The signed-in user, or a 401 error. */
export async function requireUser(auth: Auth, request: FastifyRequest): Promise<Me> {
  const user = await currentUser(auth, request);
  if (!user) throw new AppError('unauthorized', 401);
  return user;
}
