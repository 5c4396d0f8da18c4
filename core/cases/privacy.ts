// Flags text that could make a third party recognisable. It errs on the side of flagging: the case-giver
// sees every finding and decides; nothing is replaced without them.
import { type Locale, translate } from '../i18n/index';

export type PrivacyKind = 'name' | 'email' | 'phone' | 'bsn';
export type PrivacyFinding = { kind: PrivacyKind; start: number; end: number; text: string; label: string };

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
// Dutch numbers: 0 + nine digits, or +31 / 0031 + nine digits, with optional spaces, dashes or "(0)".
const PHONE = /(?<![\d+])(?:(?:\+|00)31[\s-]?(?:\(0\)[\s-]?)?|0)[1-9](?:[\s-]?\d){8}(?!\d)/g;
// Nine digits, optionally grouped with dots or spaces (123.456.782 / 1234 56 782).
const NINE_DIGITS = /(?<![\d.])\d(?:[.\s]?\d){8}(?![\d])/g;
const CAPITALISED = /\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{Ll}'’-]*/gu;
const PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'het',
  "'t",
  'ter',
  'ten',
  'te',
  'op',
  'in',
  'von',
  'le',
  'la',
  'du',
  'da',
  'di',
  'el',
]);
// Words English capitalises that are no person; Dutch writes these in lower case anyway.
const NOT_NAMES = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** True when nine digits pass the Dutch 11-check for citizen service numbers (BSN). */
export function isValidBsn(digits: string): boolean {
  const d = digits.replace(/\D/g, '');
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i);
  sum -= Number(d[8]);
  return sum % 11 === 0;
}

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).replace(/["'‘“(\s]+$/u, '');
  return before === '' || /[.!?:;…]$/.test(before) || /\n\s*$/.test(text.slice(0, index));
}

/** Extends a capitalised word with following particles and capitalised words ("Jan van der Berg"). */
function extendName(text: string, end: number): number {
  const rest = /^((?:\s+(?:[a-z']+))*?)\s+(\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{Ll}'’-]*)/u;
  for (;;) {
    const m = rest.exec(text.slice(end));
    if (!m) return end;
    const particles = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (particles.length > 3 || !particles.every((p) => PARTICLES.has(p))) return end;
    end += m[0].length;
  }
}

/** Includes lower-case surname particles in front of a surname ("mevrouw van Dijk" → "van Dijk"). */
function extendBack(text: string, start: number): number {
  const m = /((?:(?:^|\s)(?:[a-z']+))+)\s$/.exec(text.slice(Math.max(0, start - 20), start));
  if (!m) return start;
  const words = m[1]!.trim().split(/\s+/);
  let keep = 0;
  for (let i = words.length - 1; i >= 0 && PARTICLES.has(words[i]!); i--) keep++;
  if (keep === 0) return start;
  const kept = words.slice(words.length - keep).join(' ');
  return start - kept.length - 1;
}

function names(text: string, taken: (s: number, e: number) => boolean): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  let resumeAt = 0;
  for (const m of text.matchAll(CAPITALISED)) {
    const start0 = m.index;
    if (start0 < resumeAt || NOT_NAMES.has(m[0])) continue;
    if (start0 > 0 && /[\p{L}\p{N}@._-]/u.test(text[start0 - 1]!)) continue;
    const end = extendName(text, start0 + m[0].length);
    const multiWord = end > start0 + m[0].length;
    if (isSentenceStart(text, start0) && !multiWord) continue;
    const start = isSentenceStart(text, start0) ? start0 : extendBack(text, start0);
    if (taken(start, end)) continue;
    found.push({ start, end });
    resumeAt = end;
  }
  return found;
}

/** Finds likely names, e-mail addresses, Dutch phone numbers and valid BSNs, with neutral replacement labels. */
export function findPersonalData(text: string, locale: Locale): PrivacyFinding[] {
  const spans: { kind: PrivacyKind; start: number; end: number }[] = [];
  const taken = (s: number, e: number) => spans.some((x) => s < x.end && e > x.start);
  const add = (kind: PrivacyKind, re: RegExp, ok: (t: string) => boolean = () => true) => {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ok(m[0]) && !taken(start, end)) spans.push({ kind, start, end });
    }
  };
  add('email', EMAIL);
  add('phone', PHONE);
  add('bsn', NINE_DIGITS, isValidBsn);
  for (const n of names(text, taken)) spans.push({ kind: 'name', ...n });
  spans.sort((a, b) => a.start - b.start);

  const letters = new Map<string, string>();
  return spans.map((s) => {
    const value = text.slice(s.start, s.end);
    if (s.kind !== 'name') return { ...s, text: value, label: translate(locale, `groups.privacy.${s.kind}`) };
    const key = value.toLowerCase();
    if (!letters.has(key)) letters.set(key, String.fromCharCode(65 + (letters.size % 26)));
    return {
      ...s,
      text: value,
      label: translate(locale, 'groups.privacy.name', { letter: letters.get(key)! }),
    };
  });
}

/** Replaces the chosen findings (all by default) by their labels. */
export function redact(text: string, findings: PrivacyFinding[]): string {
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start))
    out = out.slice(0, f.start) + f.label + out.slice(f.end);
  return out;
}
