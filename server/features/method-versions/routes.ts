import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  createMethodVersionSchema,
  type MethodVersion,
  type MethodVersionList,
  methodVersionInputSchema,
} from '../../../core/api/methods';
import { getMethod } from '../../../core/methods/index';
import { withForwardUses } from '../../../core/methods/material';
import { type Method, methodSchema } from '../../../core/methods/schema';
import type { Db } from '../../db/client';
import { AppError, parseInput } from '../../http/errors';
import type { Auth } from '../account/auth';
import { requireUser } from '../account/session';
import { groupAccess } from '../groups/access';
import {
  deleteUnusedVersion,
  findVersion,
  insertFirstVersion,
  insertNextVersion,
  latestVersions,
  lineageHistory,
  type MethodVersionRow,
  updateUnusedVersion,
} from './repo';

type Params = { groupId: string; versionId: string };
type Need = 'read' | 'edit';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Turns the editor's body into a full method and validates it with the library's own schema. */
function buildDefinition(row: MethodVersionRow, body: unknown): Method {
  const input = parseInput(methodVersionInputSchema, body);
  const durationMinutes = input.phases.reduce((sum, p) => sum + p.minutes, 0);
  // Moving or removing phases can leave a reference pointing forwards or nowhere; material only flows forwards.
  return parseInput(methodSchema, {
    ...withForwardUses(input),
    id: row.definition.id,
    reconstruction: row.definition.reconstruction,
    durationMinutes,
  });
}

/** A group's own versions of library methods under /api/groups/:groupId/method-versions. */
export async function methodVersionRoutes(app: FastifyInstance, deps: { auth: Auth; db: Db }): Promise<void> {
  const { auth, db } = deps;

  // Non-members get 404 so a group's existence does not leak; members may read, admins and facilitators edit.
  async function authorize(request: FastifyRequest, groupId: string, need: Need) {
    const user = await requireUser(auth, request);
    const access = await groupAccess(db, user.id, groupId);
    if (!access) throw new AppError('not_found', 404);
    if (need === 'edit' && access.role === 'member') throw new AppError('forbidden', 403);
    return user;
  }

  async function loadVersion(groupId: string, versionId: string) {
    const row = await findVersion(db, groupId, versionId);
    if (!row) throw new AppError('method_version_not_found', 404);
    return row;
  }

  async function present(row: MethodVersionRow, createdNewVersion = false): Promise<MethodVersion> {
    const history = await lineageHistory(db, row.groupId, row.lineageId);
    return {
      id: row.id,
      groupId: row.groupId,
      lineageId: row.lineageId,
      version: row.version,
      baseMethodId: row.baseMethodId,
      method: row.definition,
      createdAt: row.createdAt.toISOString(),
      createdBy: row.createdBy,
      usedAt: iso(row.usedAt),
      history: history.map((h) => ({
        id: h.id,
        version: h.version,
        createdAt: h.createdAt.toISOString(),
        usedAt: iso(h.usedAt),
      })),
      createdNewVersion,
    };
  }

  const base = '/api/groups/:groupId/method-versions';

  app.get<{ Params: Params }>(base, async (request): Promise<MethodVersionList> => {
    await authorize(request, request.params.groupId, 'read');
    const rows = await latestVersions(db, request.params.groupId);
    return {
      versions: rows.map((r) => ({
        id: r.id,
        lineageId: r.lineageId,
        version: r.version,
        baseMethodId: r.baseMethodId,
        names: r.definition.names,
        durationMinutes: r.definition.durationMinutes,
        phaseCount: r.definition.phases.length,
        createdAt: r.createdAt.toISOString(),
        usedAt: iso(r.usedAt),
      })),
    };
  });

  app.post<{ Params: Params }>(base, async (request, reply) => {
    const user = await authorize(request, request.params.groupId, 'edit');
    const { methodId } = parseInput(createMethodVersionSchema, request.body);
    const method = getMethod(methodId);
    if (!method) throw new AppError('method_not_found', 404);
    const row = await insertFirstVersion(db, {
      groupId: request.params.groupId,
      baseMethodId: method.id,
      definition: method,
      createdBy: user.id,
    });
    return reply.status(201).send(await present(row));
  });

  app.get<{ Params: Params }>(`${base}/:versionId`, async (request) => {
    await authorize(request, request.params.groupId, 'read');
    return present(await loadVersion(request.params.groupId, request.params.versionId));
  });

  // Editing an unused newest version overwrites it; anything else (used, or an older version) saves the next one.
  app.put<{ Params: Params }>(`${base}/:versionId`, async (request, reply) => {
    const user = await authorize(request, request.params.groupId, 'edit');
    const row = await loadVersion(request.params.groupId, request.params.versionId);
    const definition = buildDefinition(row, request.body);
    const history = await lineageHistory(db, row.groupId, row.lineageId);
    const newest = history.at(-1)?.id === row.id;
    const updated = !row.usedAt && newest ? await updateUnusedVersion(db, row.id, definition) : null;
    if (updated) return present(updated);
    const next = await insertNextVersion(db, row.lineageId, {
      groupId: row.groupId,
      baseMethodId: row.baseMethodId,
      definition,
      createdBy: user.id,
    });
    return reply.status(201).send(await present(next, true));
  });

  app.delete<{ Params: Params }>(`${base}/:versionId`, async (request, reply) => {
    await authorize(request, request.params.groupId, 'edit');
    const row = await loadVersion(request.params.groupId, request.params.versionId);
    if (!(await deleteUnusedVersion(db, row.id))) throw new AppError('method_version_in_use', 409);
    return reply.status(204).send();
  });
}
