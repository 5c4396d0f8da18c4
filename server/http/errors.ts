import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError, type z } from 'zod';
import { ERROR_MESSAGES, type ErrorCode } from '../../core/api/errors';
import { inputProblem } from '../../core/api/nul';
import { type Locale, type MessageKey, pickLocale, translate } from '../../core/i18n/index';

/** An error with a stable code that the client may show; its message is translated when sent. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly statusCode: number,
    readonly issues?: { path: string; message: string }[],
  ) {
    super(code);
  }
}

/** The user's language for this request: the kring_lang cookie, then Accept-Language. */
export function requestLocale(request: FastifyRequest): Locale {
  const cookie = request.headers.cookie?.match(/(?:^|;\s*)kring_lang=(nl|en)/)?.[1];
  return pickLocale(cookie ?? request.headers['accept-language']);
}

/** Parses input with a zod schema or throws a 400 validation error listing the problems. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  if (inputProblem(input)) throw new AppError('validation_failed', 400);
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error);
  return result.data;
}

function validationError(error: ZodError): AppError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const code = issues.find((i) => i.message in ERROR_MESSAGES)?.message as ErrorCode | undefined;
  return new AppError(code ?? 'validation_failed', 400, issues);
}

/** Sends the JSON error body in the request's language. */
export function sendError(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const locale = requestLocale(request);
  const message = translate(locale, ERROR_MESSAGES[error.code] as MessageKey);
  const issues = error.issues?.map((i) =>
    i.message in ERROR_MESSAGES
      ? { path: i.path, message: translate(locale, ERROR_MESSAGES[i.message as ErrorCode]), code: i.message }
      : { path: i.path, message: i.message },
  );
  return reply
    .status(error.statusCode)
    .send({ error: { code: error.code, message, ...(issues ? { issues } : {}) } });
}

const FASTIFY_CODES: Record<string, [ErrorCode, number]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 400],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 400],
  FST_ERR_CTP_BODY_TOO_LARGE: ['body_too_large', 413],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 415],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['validation_failed', 400],
  FST_ERR_VALIDATION: ['validation_failed', 400],
};

/**
 * What the log keeps of an unexpected error: its kind, database code and where it was thrown. Never its
 * message: a database error quotes the statement and its parameters, which are the user's own text.
 */
export function errorForLog(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const { cause } = error as { cause?: unknown };
  const frames = error.stack?.split('\n').filter((line) => line.trimStart().startsWith('at ')) ?? [];
  return {
    type: error.name,
    code: (error as { code?: unknown }).code,
    stack: frames.join('\n'),
    ...(cause instanceof Error ? { cause: errorForLog(cause) } : {}),
  };
}

/** Turns every thrown error into a clear JSON reply; unknown errors are logged and hidden. */
export function registerErrorHandling(app: FastifyInstance): void {
  // Params, query and body of every route, the live socket's upgrade included: text PostgreSQL cannot store
  // and nesting no request needs are a 400 here, before any handler or query sees them (issue 11, LOW).
  app.addHook('preValidation', async (request) => {
    if (inputProblem(request.params) || inputProblem(request.query) || inputProblem(request.body)) {
      throw new AppError('validation_failed', 400);
    }
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) return sendError(request, reply, error);
    if (error instanceof ZodError) return sendError(request, reply, validationError(error));
    const known = FASTIFY_CODES[error.code];
    if (known) return sendError(request, reply, new AppError(known[0], known[1]));
    if (error instanceof SyntaxError) return sendError(request, reply, new AppError('invalid_json', 400));
    if (error.statusCode === 429) return sendError(request, reply, new AppError('rate_limited', 429));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return sendError(request, reply, new AppError('validation_failed', error.statusCode));
    }
    request.log.error({ error: errorForLog(error), route: request.routeOptions.url }, 'unhandled error');
    return sendError(request, reply, new AppError('internal', 500));
  });
}
