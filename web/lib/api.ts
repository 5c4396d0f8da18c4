import type { ApiError as ApiErrorBody } from '../../core/api/errors';

/** An error reply from the server, with its stable code and a message in the user's language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string; code?: string | undefined }[] = [],
  ) {
    super(message);
  }
}

type Options = { method?: string; body?: unknown; signal?: AbortSignal };

/** The one HTTP client of the web app: JSON in, JSON out, errors as ApiError. */
export async function api<T>(path: string, options: Options = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal ?? null,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', '');
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (isErrorBody(data)) {
      const { code, message, issues } = data.error;
      throw new ApiError(response.status, code, message, issues);
    }
    throw new ApiError(response.status, 'internal', '');
  }
  return data as T;
}

/** The error body of core/api/errors.ts, checked by hand: zod is for the server's input, not in every page. */
function isErrorBody(data: unknown): data is ApiErrorBody {
  const error = (data as ApiErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}
