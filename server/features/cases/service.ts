import { randomUUID } from 'node:crypto';
import type { CaseInventory, CaseItem, CreateCaseInput, UpdateCaseInput } from '../../../core/api/groups';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import type { GroupAccess } from '../groups/access';
import { assertAccepted } from '../groups/policy';
import * as repo from './repo';

type CreateInput = Required<CreateCaseInput>;

/** The case as the API returns it. */
export function presentCase(row: repo.CaseRow): CaseItem {
  return {
    id: row.id,
    groupId: row.groupId,
    meetingId: row.meetingId,
    authorId: row.authorId,
    authorName: row.authorName,
    title: row.title,
    situation: row.situation,
    question: row.question,
    stream: row.stream,
    criteria: {
      ownProblem: row.ownProblem,
      current: row.current,
      concrete: row.concrete,
      bothersMe: row.bothersMe,
      wantToAct: row.wantToAct,
    },
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A case may only be planned for a meeting of its own group. */
async function assertMeetingInGroup(db: Db, meetingId: string | null | undefined, groupId: string) {
  if (!meetingId) return;
  const meeting = await repo.meetingGroup(db, meetingId);
  if (meeting?.groupId !== groupId) {
    throw new AppError('validation_failed', 400, [
      { path: 'meetingId', message: 'not a meeting of this group' },
    ]);
  }
}

const columns = (input: UpdateCaseInput) => {
  const { criteria, ...rest } = input;
  const fields = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  return { ...fields, ...criteria };
};

/** Saves a draft or submits a case; submitting shares it with the group, so it needs the rules accepted. */
export async function createCase(
  db: Db,
  actorId: string,
  groupId: string,
  access: GroupAccess,
  input: CreateInput,
) {
  if (input.status === 'submitted') assertAccepted(access);
  await assertMeetingInGroup(db, input.meetingId, groupId);
  const id = randomUUID();
  await repo.insertCase(db, { id, groupId, authorId: actorId, ...columns(input) } as Parameters<
    typeof repo.insertCase
  >[1]);
  return presentCase((await repo.findCase(db, id))!);
}

export async function updateCase(db: Db, row: repo.CaseRow, access: GroupAccess, input: UpdateCaseInput) {
  if (input.status === 'submitted') assertAccepted(access);
  await assertMeetingInGroup(db, input.meetingId, row.groupId);
  await repo.updateCaseRow(db, row.id, columns(input));
  return presentCase((await repo.findCase(db, row.id))!);
}

/** The meeting's case inventory for one member: recused cases only as a stub. */
export async function inventory(db: Db, actorId: string, meetingId: string): Promise<CaseInventory> {
  const rows = await repo.casesOfMeeting(db, meetingId);
  const recused = await repo.recusedCaseIds(
    db,
    actorId,
    rows.map((r) => r.id),
  );
  return {
    cases: rows.filter((r) => !recused.has(r.id)).map(presentCase),
    recused: rows.filter((r) => recused.has(r.id)).map((r) => ({ id: r.id, authorName: r.authorName })),
  };
}

export async function myCases(db: Db, actorId: string): Promise<CaseItem[]> {
  return (await repo.casesOfAuthor(db, actorId)).map(presentCase);
}
