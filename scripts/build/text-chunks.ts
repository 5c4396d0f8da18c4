/**
 * Which texts travel together (core/i18n/locales/<lang>/<feature>.json): features every page or every room
 * loads at once share one chunk per language, `locale-<lang>-<chunk>-<hash>.js`; the others have their own.
 * On HTTP/1.1 each request waits for one of six connections, so a page should not ask for five small files.
 */
const TOGETHER: Record<string, string> = {
  common: 'base',
  auth: 'base',
  room: 'room',
  meeting: 'room',
  practice: 'room',
};

export const textChunkOf = (feature: string) => TOGETHER[feature] ?? feature;

/** The chunk name of a module, when it is a locale file; for vite.config.ts's code splitting. */
export function textChunkName(moduleId: string): string | null {
  const match = moduleId.match(/i18n\/locales\/(\w+)\/([\w-]+)\.json$/);
  return match ? `locale-${match[1]}-${textChunkOf(match[2]!)}` : null;
}
