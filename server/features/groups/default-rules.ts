import { type Locale, translate } from '../../../core/i18n/index';

const RULES = ['confidential', 'voluntary', 'boundaries', 'recording', 'presence'] as const;

/** The ground rules a new group starts with, in the group's language; the group edits them afterwards. */
export function defaultRules(locale: Locale): { title: string; body: string }[] {
  return RULES.map((rule) => ({
    title: translate(locale, `groups.defaultRules.${rule}Title`),
    body: translate(locale, `groups.defaultRules.${rule}Body`),
  }));
}
