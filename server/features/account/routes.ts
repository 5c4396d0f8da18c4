import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  changePasswordSchema,
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
import { ipDelayMs, LoginThrottle } from './login-throttle';
import { currentUser } from './session';
import { withoutTokens } from './tokens';

// Every body that reaches better-auth is validated with our own schemas first.
const BODY_SCHEMAS: Record<string, z.ZodType> = {
  '/api/auth/sign-up/email': signUpSchema,
  '/api/auth/sign-in/email': signInSchema,
  '/api/auth/request-password-reset': forgotPasswordSchema,
  '/api/auth/reset-password': resetPasswordSchema,
  '/api/auth/change-password': changePasswordSchema,
  '/api/auth/update-user': updateUserSchema,
  '/api/auth/delete-user': deleteUserSchema,
};

const AUTH_ERRORS: Record<string, [ErrorCode, number]> = {
  INVALID_EMAIL_OR_PASSWORD: ['invalid_credentials', 401],
  INVALID_PASSWORD: ['invalid_credentials', 401],
  EMAIL_NOT_VERIFIED: ['email_not_verified', 403],
  INVALID_TOKEN: ['invalid_token', 400],
  TOKEN_EXPIRED: ['invalid_token', 400],
  USER_NOT_FOUND: ['invalid_token', 400],
  PASSWORD_TOO_SHORT: ['weak_password', 400],
  PASSWORD_TOO_LONG: ['weak_password', 400],
  INVALID_EMAIL: ['validation_failed', 400],
  INVALID_ORIGIN: ['forbidden_origin', 403],
  MISSING_OR_NULL_ORIGIN: ['forbidden_origin', 403],
  UNAUTHORIZED: ['unauthorized', 401],
  SESSION_EXPIRED: ['unauthorized', 401],
  LAST_ADMIN: ['last_admin', 409],
};

const SIGN_IN = '/api/auth/sign-in/email';
const SIGN_UP = '/api/auth/sign-up/email';
const RESET_REQUEST = '/api/auth/request-password-reset';

export type AccountRouteOptions = {
  auth: Auth;
  publicUrl: string;
  logger: FastifyBaseLogger;
  /** perAccount: failures that lock an account; perIp: failures from an address before it is slowed. */
  throttle?: { perAccount: number; perIp: number; windowMs: number };
};

/** Mounts better-auth under /api/auth with input validation, sign-in throttling and translated errors. */
export async function accountRoutes(app: FastifyInstance, options: AccountRouteOptions): Promise<void> {
  const { auth, publicUrl } = options;
  const limits = options.throttle ?? { perAccount: 5, perIp: 10, windowMs: 15 * 60_000 };
  const byAccount = new LoginThrottle(limits.perAccount, limits.windowMs);
  const byIp = new LoginThrottle(Number.POSITIVE_INFINITY, limits.windowMs);
  const resets = new LoginThrottle(RESET_MAILS_PER_HOUR, 60 * 60_000);
  const running = new Map<string, number>();
  // A sign-in from an address with many failures waits first; attempts still running count as
  // failures, so a burst from one address waits like a series.
  async function paced(ip: string, send: () => Promise<Response>): Promise<Response> {
    const delay = ipDelayMs(byIp.count(ip) + (running.get(ip) ?? 0), limits.perIp);
    running.set(ip, (running.get(ip) ?? 0) + 1);
    try {
      if (delay > 0) await sleep(delay);
      return await send();
    } finally {
      const left = (running.get(ip) ?? 1) - 1;
      if (left > 0) running.set(ip, left);
      else running.delete(ip);
    }
  }

  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    async handler(request, reply) {
      const path = request.url.split('?')[0]!;
      const schema = BODY_SCHEMAS[path];
      const body =
        request.method === 'POST' ? parseInput(schema ?? anyObject, request.body ?? {}) : undefined;
      if (path === RESET_REQUEST && body) {
        // Answered at once and alike for every address; the lookup and the mail happen after the reply,
        // so neither the answer nor its timing tells whether an account exists.
        const email = (body as { email: string }).email;
        if (resets.retryAfter(email) === 0) {
          resets.fail(email);
          const webRequest = toWebRequest(request, publicUrl, body);
          setImmediate(() =>
            auth.handler(webRequest).catch((err) => options.logger.error({ err }, 'password reset failed')),
          );
        }
        return reply.send({ status: true });
      }
      const keys =
        // A GET of the sign-in path has no body (better-auth answers it 404); it failed here with a 500.
        path === SIGN_IN && body ? [`ip:${request.ip}`, `account:${(body as { email: string }).email}`] : [];
      const wait = byAccount.retryAfter(keys[1] ?? '');
      if (keys.length && wait > 0) {
        reply.header('Retry-After', Math.ceil(wait / 1000));
        return sendError(request, reply, new AppError('rate_limited', 429));
      }
      const send = () => auth.handler(toWebRequest(request, publicUrl, body));
      const response = keys.length ? await paced(keys[0]!, send) : await send();
      if (keys.length) recordAttempt(response.status, keys, byIp, byAccount);
      // A new and a taken address get the same answer; better-auth's differs in a made-up user id.
      if (path === SIGN_UP && response.ok)
        return reply.header('cache-control', 'no-store').send({ status: true });
      return forward(request, reply, response);
    },
  });

  app.get('/api/me', async (request, reply) => {
    const user = await currentUser(auth, request);
    if (!user) return sendError(request, reply, new AppError('unauthorized', 401));
    return user;
  });

  // What the web app asks on every page: signed out is a normal answer here, not an error in the console.
  app.get('/api/session', async (request) => ({ user: await currentUser(auth, request) }));
}

/** Reset mails one address may receive per hour; more requests get the same answer and no mail. */
const RESET_MAILS_PER_HOUR = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
  return reply.send(withoutTokens(text));
}
