import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  deleteUserSchema,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  updateUserSchema,
} from '../../../core/api/auth';
import type { ErrorCode } from '../../../core/api/errors';
import { AppError, parseInput, sendError } from '../../http/errors';
import type { Auth } from './auth';
import { LoginThrottle } from './login-throttle';
import { currentUser } from './session';

// Every body that reaches better-auth is validated with our own schemas first.
const BODY_SCHEMAS: Record<string, z.ZodType> = {
  '/api/auth/sign-up/email': signUpSchema,
  '/api/auth/sign-in/email': signInSchema,
  '/api/auth/request-password-reset': forgotPasswordSchema,
  '/api/auth/reset-password': resetPasswordSchema,
  '/api/auth/update-user': updateUserSchema,
  '/api/auth/delete-user': deleteUserSchema,
};

const AUTH_ERRORS: Record<string, [ErrorCode, number]> = {
  INVALID_EMAIL_OR_PASSWORD: ['invalid_credentials', 401],
  INVALID_PASSWORD: ['invalid_credentials', 401],
  USER_ALREADY_EXISTS: ['email_taken', 422],
  USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL: ['email_taken', 422],
  INVALID_TOKEN: ['invalid_token', 400],
  PASSWORD_TOO_SHORT: ['weak_password', 400],
  PASSWORD_TOO_LONG: ['weak_password', 400],
  INVALID_EMAIL: ['validation_failed', 400],
  INVALID_ORIGIN: ['forbidden_origin', 403],
  MISSING_OR_NULL_ORIGIN: ['forbidden_origin', 403],
  UNAUTHORIZED: ['unauthorized', 401],
  SESSION_EXPIRED: ['unauthorized', 401],
};

const SIGN_IN = '/api/auth/sign-in/email';

export type AccountRouteOptions = {
  auth: Auth;
  publicUrl: string;
  throttle?: { perAccount: number; perIp: number; windowMs: number };
};

/** Mounts better-auth under /api/auth with input validation, sign-in throttling and translated errors. */
export async function accountRoutes(app: FastifyInstance, options: AccountRouteOptions): Promise<void> {
  const { auth, publicUrl } = options;
  const limits = options.throttle ?? { perAccount: 5, perIp: 20, windowMs: 15 * 60_000 };
  const byAccount = new LoginThrottle(limits.perAccount, limits.windowMs);
  const byIp = new LoginThrottle(limits.perIp, limits.windowMs);

  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    async handler(request, reply) {
      const path = request.url.split('?')[0]!;
      const schema = BODY_SCHEMAS[path];
      const body =
        request.method === 'POST' ? parseInput(schema ?? anyObject, request.body ?? {}) : undefined;
      const keys =
        // A GET of the sign-in path has no body (better-auth answers it 404); it failed here with a 500.
        path === SIGN_IN && body ? [`ip:${request.ip}`, `account:${(body as { email: string }).email}`] : [];
      const wait = Math.max(byIp.retryAfter(keys[0] ?? ''), byAccount.retryAfter(keys[1] ?? ''));
      if (keys.length && wait > 0) {
        reply.header('Retry-After', Math.ceil(wait / 1000));
        return sendError(request, reply, new AppError('rate_limited', 429));
      }
      const response = await auth.handler(toWebRequest(request, publicUrl, body));
      if (keys.length) recordAttempt(response.status, keys, byIp, byAccount);
      return forward(request, reply, response);
    },
  });

  app.get('/api/me', async (request, reply) => {
    const user = await currentUser(auth, request);
    if (!user) return sendError(request, reply, new AppError('unauthorized', 401));
    return user;
  });
}

const anyObject = { safeParse: (v: unknown) => ({ success: true, data: v }) } as unknown as z.ZodType;

function recordAttempt(
  status: number,
  [ipKey, accountKey]: string[],
  byIp: LoginThrottle,
  byAccount: LoginThrottle,
) {
  if (status === 401) {
    byIp.fail(ipKey!);
    byAccount.fail(accountKey!);
  } else if (status < 300) {
    byAccount.reset(accountKey!);
  }
}

function toWebRequest(request: FastifyRequest, publicUrl: string, body: unknown): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name === 'content-length') continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  headers.set('x-forwarded-for', request.ip);
  if (!headers.has('origin')) headers.set('origin', publicUrl);
  return new Request(new URL(request.url, publicUrl), {
    method: request.method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function forward(request: FastifyRequest, reply: FastifyReply, response: Response) {
  const text = await response.text();
  if (response.status >= 400) {
    let code = '';
    try {
      code = (JSON.parse(text) as { code?: string }).code ?? '';
    } catch {}
    const [errorCode, status] = AUTH_ERRORS[code] ?? (['validation_failed', response.status] as const);
    return sendError(request, reply, new AppError(errorCode, status));
  }
  for (const cookie of response.headers.getSetCookie()) reply.header('set-cookie', cookie);
  const location = response.headers.get('location');
  if (location) reply.header('location', location);
  reply
    .status(response.status)
    .header('content-type', response.headers.get('content-type') ?? 'application/json');
  return reply.send(withoutToken(text));
}

// The session lives in an httpOnly cookie; its token is never handed to page scripts.
function withoutToken(text: string): string {
  if (!text.startsWith('{')) return text;
  const { token: _token, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify(rest);
}
