import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localizeDeep, type MethodLang, methodLangSchema } from '../../../core/api/methods';
import { chooserInputSchema, suggestMethods } from '../../../core/methods/chooser';
import { getMethod, methods } from '../../../core/methods/index';
import { methodSummary } from '../../../core/methods/summary';
import { AppError, parseInput } from '../../http/errors';
import { type Cached, cacheable, sendCached } from './cache';

const METHOD_ID = /^[a-z][a-z0-9-]{1,62}$/;
const querySchema = z.object({ lang: methodLangSchema.optional() });

/** ?lang wins; otherwise an Accept-Language that names nl or en; otherwise both languages. */
export function methodLang(request: FastifyRequest): MethodLang {
  const { lang } = parseInput(querySchema, request.query);
  if (lang) return lang;
  const header = request.headers['accept-language'] ?? '';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase().slice(0, 2);
    if (tag === 'nl' || tag === 'en') return tag;
  }
  return 'all';
}

const inLang = (value: unknown, lang: MethodLang) => (lang === 'all' ? value : localizeDeep(value, lang));

// The library is static for the life of the process, so each representation is serialised and hashed once.
const memo = new Map<string, Cached>();
function remember(key: string, build: () => unknown): Cached {
  const hit = memo.get(key);
  if (hit) return hit;
  const fresh = cacheable(build());
  memo.set(key, fresh);
  return fresh;
}

/** The public method library: GET /api/methods and GET /api/methods/:id. */
export async function methodRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/methods', async (request, reply) => {
    const lang = methodLang(request);
    const cached = remember(`list:${lang}`, () => ({
      lang,
      methods: methods.map((m) => inLang(methodSummary(m), lang)),
    }));
    return sendCached(request, reply, cached);
  });

  // The chooser's ranking; answers depend only on the query, so they are as cacheable as the library.
  app.get('/api/methods/suggestions', async (request, reply) => {
    const input = parseInput(chooserInputSchema, request.query);
    return sendCached(request, reply, cacheable({ suggestions: suggestMethods(input) }));
  });

  app.get<{ Params: { id: string } }>('/api/methods/:id', async (request, reply) => {
    const lang = methodLang(request);
    const method = METHOD_ID.test(request.params.id) ? getMethod(request.params.id) : undefined;
    if (!method) throw new AppError('method_not_found', 404);
    const cached = remember(`one:${method.id}:${lang}`, () => ({ lang, method: inLang(method, lang) }));
    return sendCached(request, reply, cached);
  });
}
