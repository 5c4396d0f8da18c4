import type { Localized } from '../schema';

/** Every {nl, en} pair anywhere in a value, with a readable path for failure messages. */
export function localizedTexts(value: unknown, path: string): { path: string; text: Localized }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ('nl' in record || 'en' in record) return [{ path, text: record as Localized }];
  return Object.entries(record).flatMap(([key, item]) => localizedTexts(item, `${path}.${key}`));
}
