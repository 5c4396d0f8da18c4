import type { Locale } from './locale';
import enActivities from './locales/en/activities.json';
import enAuth from './locales/en/auth.json';
import enCommon from './locales/en/common.json';
import enData from './locales/en/data.json';
import enGroups from './locales/en/groups.json';
import enGroupsUi from './locales/en/groups-ui.json';
import enLibrary from './locales/en/library.json';
import enMeeting from './locales/en/meeting.json';
import enMethods from './locales/en/methods.json';
import enPractice from './locales/en/practice.json';
import enRegister from './locales/en/register.json';
import enReports from './locales/en/reports.json';
import enRoom from './locales/en/room.json';
import enTrajectories from './locales/en/trajectories.json';
import enVersions from './locales/en/versions.json';
import nlActivities from './locales/nl/activities.json';
import nlAuth from './locales/nl/auth.json';
import nlCommon from './locales/nl/common.json';
import nlData from './locales/nl/data.json';
import nlGroups from './locales/nl/groups.json';
import nlGroupsUi from './locales/nl/groups-ui.json';
import nlLibrary from './locales/nl/library.json';
import nlMeeting from './locales/nl/meeting.json';
import nlMethods from './locales/nl/methods.json';
import nlPractice from './locales/nl/practice.json';
import nlRegister from './locales/nl/register.json';
import nlReports from './locales/nl/reports.json';
import nlRoom from './locales/nl/room.json';
import nlTrajectories from './locales/nl/trajectories.json';
import nlVersions from './locales/nl/versions.json';

/**
 * The Dutch resources are the source of truth for keys; English must mirror them.
 * Each feature owns one JSON file per language in locales/<lang>/; add new files to both maps below.
 */
export const nl = {
  ...nlActivities,
  ...nlAuth,
  ...nlCommon,
  ...nlData,
  ...nlGroups,
  ...nlGroupsUi,
  ...nlLibrary,
  ...nlMeeting,
  ...nlMethods,
  ...nlRegister,
  ...nlPractice,
  ...nlReports,
  ...nlRoom,
  ...nlTrajectories,
  ...nlVersions,
};
export const en: typeof nl = {
  ...enActivities,
  ...enAuth,
  ...enCommon,
  ...enData,
  ...enGroups,
  ...enGroupsUi,
  ...enLibrary,
  ...enMeeting,
  ...enMethods,
  ...enRegister,
  ...enPractice,
  ...enReports,
  ...enRoom,
  ...enTrajectories,
  ...enVersions,
};

export { DEFAULT_LOCALE, LOCALES, type Locale, pickLocale } from './locale';

export const resources = { nl, en } satisfies Record<Locale, typeof nl>;

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** The plural forms a key may end in: the CLDR categories Dutch and English use. */
export const PLURAL_SUFFIXES = ['_one', '_other'] as const;
type Base<K extends string> = K extends `${infer B}${(typeof PLURAL_SUFFIXES)[number]}` ? B : K;

/** Every translation key, as a dotted path; a counted text is named without its `_one`/`_other` form. */
export type MessageKey = Base<Leaves<typeof nl>>;

const pluralRules = { nl: new Intl.PluralRules('nl'), en: new Intl.PluralRules('en') } satisfies Record<
  Locale,
  Intl.PluralRules
>;

function lookup(locale: Locale, path: string): unknown {
  let node: unknown = resources[locale];
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

/**
 * Looks up a key in one locale and fills {{placeholders}}; falls back to the key itself.
 * With a numeric `count`, a key that has `_one`/`_other` forms picks the form the language's
 * plural rules give (the same convention i18next follows in the web app).
 */
export function translate(
  locale: Locale,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  const count = vars.count;
  const counted =
    typeof count === 'number' ? lookup(locale, `${key}_${pluralRules[locale].select(count)}`) : undefined;
  const node = typeof counted === 'string' ? counted : lookup(locale, key);
  const text = typeof node === 'string' ? node : key;
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? `{{${name}}}`));
}
