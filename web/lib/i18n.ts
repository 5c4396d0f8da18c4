import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { resources } from '../../core/i18n/index';
import { DEFAULT_LOCALE, type Locale, pickLocale } from '../../core/i18n/locale';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: (typeof resources)['nl'] };
  }
}

/** A locale file of core/i18n/locales/<lang>/: each feature's texts load only when a page needs them. */
export type Feature =
  | 'activities'
  | 'auth'
  | 'common'
  | 'data'
  | 'groups'
  | 'groups-ui'
  | 'library'
  | 'meeting'
  | 'methods'
  | 'register'
  | 'practice'
  | 'reports'
  | 'room'
  | 'trajectories'
  | 'versions';

// One chunk per language and feature, fetched on demand (only the active language).
const files = import.meta.glob<Record<string, unknown>>('../../core/i18n/locales/*/*.json', {
  import: 'default',
});
const ALL = Object.keys(files)
  .filter((path) => path.includes('/nl/'))
  .map((path) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length) as Feature);
/** The header, footer, sign-in and error texts every page shows. */
const BASE: Feature[] = ['common', 'auth'];

const STORAGE_KEY = 'kring_lang';
const loaded = new Set<string>();
// Features some page has needed so far: a language switch loads these in the new language first.
const needed = new Set<Feature>(BASE);

/** Loads the texts of `features` (every feature by default) in `locale`, once each. */
export async function loadTexts(features: readonly Feature[] = ALL, locale = currentLocale()): Promise<void> {
  for (const feature of features) needed.add(feature);
  await Promise.all(
    features.map(async (feature) => {
      const key = `${locale}/${feature}`;
      if (loaded.has(key)) return;
      const texts = await files[`../../core/i18n/locales/${key}.json`]!();
      i18next.addResourceBundle(locale, 'translation', texts, true, true);
      loaded.add(key);
    }),
  );
}

function initialLocale(): Locale {
  // A prerendered page was rendered in one language (the server chose it): the first render must match.
  const prerendered = document.documentElement.dataset.prerendered;
  if (prerendered === 'nl' || prerendered === 'en') return prerendered;
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  return navigator.languages?.length ? pickLocale(navigator.languages.join(',')) : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers it: storage for the app, a cookie for server messages. */
export async function setLocale(locale: Locale): Promise<void> {
  if (inBrowser) {
    localStorage.setItem(STORAGE_KEY, locale);
    // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie so the server answers in the same language
    document.cookie = `kring_lang=${locale}; path=/; max-age=31536000; samesite=lax`;
    document.documentElement.lang = locale;
  }
  await loadTexts([...needed], locale);
  await i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'nl';
}

// The build's prerender (web/prerender.tsx) runs this module in Node, where it sets the language itself.
const inBrowser = typeof document !== 'undefined';
const locale = inBrowser ? initialLocale() : DEFAULT_LOCALE;
void i18next.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: locale,
  // Both languages have exactly the same keys (core/i18n/i18n.test.ts): no fallback language to download.
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Resolves once the base texts of the first language are there; main.tsx renders after it. */
export const textsReady = setLocale(locale);

export { i18next };
