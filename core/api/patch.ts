import { z } from 'zod';

type Undefaulted<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<Undefaulted<T[K]>> };

/**
 * The PATCH body for a create schema: every field optional and none defaulted. zod's `.partial()` keeps each
 * field's `.default()`, so `PATCH {title}` reset every other field to its default (issue 11, MEDIUM 5).
 * A PATCH changes only what it names.
 */
export function patchOf<T extends z.ZodRawShape>(schema: z.ZodObject<T>): z.ZodObject<PatchShape<T>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [
      key,
      ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional(),
    ]),
  );
  return z.object(shape) as unknown as z.ZodObject<PatchShape<T>>;
}
