import { describe, expect, it } from 'vitest';
import { en, nl, pickLocale, translate } from './index';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    keysOf(v, prefix ? `${prefix}.${k}` : k),
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

describe('i18n', () => {
  it('has exactly the same keys in Dutch and English', () => {
    const nlKeys = new Set(keysOf(nl));
    const enKeys = new Set(keysOf(en));
    expect(
      [...nlKeys].filter((k) => !enKeys.has(k)),
      'missing in English',
    ).toEqual([]);
    expect(
      [...enKeys].filter((k) => !nlKeys.has(k)),
      'missing in Dutch',
    ).toEqual([]);
  });

  it('has no empty texts and the same placeholders in both languages', () => {
    for (const key of keysOf(nl)) {
      const nlText = translate('nl', key as never);
      const enText = translate('en', key as never);
      expect(nlText.trim(), key).not.toBe('');
      expect(enText.trim(), key).not.toBe('');
      expect(placeholders(enText), key).toEqual(placeholders(nlText));
    }
  });

  it('picks the language from Accept-Language and falls back to Dutch', () => {
    expect(pickLocale('en-GB,en;q=0.9')).toBe('en');
    expect(pickLocale('de-DE,nl;q=0.5')).toBe('nl');
    expect(pickLocale('fr')).toBe('nl');
    expect(pickLocale(undefined)).toBe('nl');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'auth.welcome', { name: 'Sanne' })).toBe('Welcome, Sanne');
  });
});
