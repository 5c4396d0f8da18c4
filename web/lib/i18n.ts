import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, type Locale, pickLocale, resources } from '../../core/i18n/index';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: (typeof resources)['nl'] };
  }
}

const STORAGE_KEY = 'kring_lang';

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'nl' || stored === 'en') return stored;
  return navigator.languages?.length ? pickLocale(navigator.languages.join(',')) : DEFAULT_LOCALE;
}

/** Switches the UI language and remembers it: storage for the app, a cookie for server messages. */
export function setLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  // biome-ignore lint/suspicious/noDocumentCookie: a plain preference cookie so the server answers in the same language
  document.cookie = `kring_lang=${locale}; path=/; max-age=31536000; samesite=lax`;
  document.documentElement.lang = locale;
  void i18next.changeLanguage(locale);
}

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'nl';
}

const locale = initialLocale();
void i18next.use(initReactI18next).init({
  resources: { nl: { translation: resources.nl }, en: { translation: resources.en } },
  lng: locale,
  fallbackLng: 'nl',
  interpolation: { escapeValue: false },
  returnNull: false,
});
setLocale(locale);

export { i18next };
