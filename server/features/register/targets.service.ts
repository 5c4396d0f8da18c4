import { randomUUID } from 'node:crypto';
import type { RegisterTarget, TargetInput } from '../../../core/api/register';
import { type Locale, translate } from '../../../core/i18n/index';
import { TARGET_EXAMPLES, type TargetExample } from '../../../core/register/examples';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import * as repo from './repo';

export const targetOf = (row: repo.TargetRow): RegisterTarget => ({
  id: row.id,
  name: row.name,
  description: row.description,
  source: row.source,
  sourceDate: row.sourceDate,
  example: (row.example as TargetExample | null) ?? null,
  hours: row.hours,
  periodMonths: row.periodMonths,
  minSessionMinutes: row.minSessionMinutes,
  pointsPerHour: row.pointsPerHour,
  minGroupSize: row.minGroupSize,
  requiresSignedList: row.requiresSignedList,
  updatedAt: row.updatedAt.toISOString(),
});

export async function listTargets(db: Db, userId: string): Promise<RegisterTarget[]> {
  return (await repo.targetsOf(db, userId)).map(targetOf);
}

/** A shipped example as the person's own copy, its texts in their language (REG-7). */
function fromExample(example: TargetExample, locale: Locale): Required<TargetInput> {
  const { sourceDate, ...rules } = TARGET_EXAMPLES[example];
  const text = (k: 'name' | 'description' | 'source') =>
    translate(locale, `register.examples.${example}.${k}`);
  return {
    name: text('name'),
    description: text('description'),
    source: text('source'),
    sourceDate,
    ...rules,
  };
}

export async function addTarget(
  db: Db,
  userId: string,
  input: { example: TargetExample } | Required<TargetInput>,
  locale: Locale,
): Promise<RegisterTarget> {
  const id = randomUUID();
  const example = 'example' in input ? input.example : null;
  const values = 'example' in input ? fromExample(input.example, locale) : input;
  await repo.insertTarget(db, { id, userId, example, ...values });
  return targetOf((await repo.findTarget(db, userId, id))!);
}

export async function changeTarget(
  db: Db,
  userId: string,
  id: string,
  input: Required<TargetInput>,
  now: Date,
): Promise<RegisterTarget> {
  if (!(await repo.findTarget(db, userId, id))) throw new AppError('not_found', 404);
  await repo.updateTarget(db, id, { ...input, updatedAt: now });
  return targetOf((await repo.findTarget(db, userId, id))!);
}

export async function removeTarget(db: Db, userId: string, id: string): Promise<void> {
  if (!(await repo.findTarget(db, userId, id))) throw new AppError('not_found', 404);
  await repo.deleteTarget(db, id);
}
