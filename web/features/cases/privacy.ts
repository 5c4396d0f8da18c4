import type { PrivacyFindingDto } from '../../../core/api/groups';
import { findPersonalData } from '../../../core/cases/privacy';
import { type Locale, translate } from '../../../core/i18n/index';

const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));

/**
 * Runs the shared detector in the browser on each text separately (so a name never runs into the next field)
 * and hands out name labels across all texts, so one person has one label everywhere. Labels stay stable
 * while the user replaces one finding at a time: a label already in the text is never handed out again,
 * and a name replaced before keeps its label (`remembered`: lower-cased name → label).
 */
export function detectPersonalData(
  texts: string[],
  locale: Locale,
  remembered: ReadonlyMap<string, string> = new Map(),
): PrivacyFindingDto[][] {
  const label = (letter: string) => translate(locale, 'groups.privacy.name', { letter });
  const used = new Set(remembered.values());
  const free = LETTERS.map(label).filter((l) => !used.has(l) && !texts.some((t) => t.includes(l)));
  const assigned = new Map(remembered);
  return texts.map((text) =>
    findPersonalData(text, locale).map((f) => {
      if (f.kind !== 'name') return f;
      const key = f.text.toLowerCase();
      if (!assigned.has(key)) assigned.set(key, free.shift() ?? f.label);
      return { ...f, label: assigned.get(key)! };
    }),
  );
}
