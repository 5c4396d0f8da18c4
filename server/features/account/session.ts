import type { FastifyRequest } from 'fastify';
import type { Me } from '../../../core/api/auth';
import { AppError } from '../../http/errors';
import type { Auth } from './auth';

/** The signed-in user of a request, or null. Every route that needs an actor starts here. */
export async function currentUser(auth: Auth, request: FastifyRequest): Promise<Me | null> {
  const headers = new Headers();
  if (request.headers.cookie) headers.set('cookie', request.headers.cookie);
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { locale?: string };
  return { id: u.id, name: u.name, email: u.email, locale: u.locale === 'en' ? 'en' : 'nl' };
}

/** The signed-in user, or a 401 error. */
export async function requireUser(auth: Auth, request: FastifyRequest): Promise<Me> {
  const user = await currentUser(auth, request);
  if (!user) throw new AppError('unauthorized', 401);
  return user;
}
