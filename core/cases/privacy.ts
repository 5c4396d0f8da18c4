// Flags text that could make a third party recognisable. It errs on the side of flagging: the case-giver
// sees every finding and decides; nothing is replaced without them.
import { type Locale, translate } from '../i18n/index';

export type PrivacyKind = 'name' | 'email' | 'phone' | 'bsn';
export type PrivacyFinding = { kind: PrivacyKind; start: number; end: number; text: string; label: string };

// An address starts where a run of address characters starts, and its parts are bounded (RFC 5321: 64
// before the @, 255 after): a long run of letters is read a fixed number of times instead of once from
// every position in it (HIGH 2).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}.-]{1,255}\.\p{L}{2,}/gu;
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

const OPENERS = new Set(['"', "'", '‘', '“', '(']);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '…']);

/**
 * True when the word at `index` opens a sentence: only quotes, brackets and white space stand between it and
 * the start of the text, a sentence mark, or a line break. Walks back over those characters only, so the
 * cost is the gap before the word, and all calls together read the text about once (HIGH 2).
 */
function isSentenceStart(text: string, index: number): boolean {
  let onlySpace = true;
  for (let i = index - 1; i >= 0; i--) {
    const c = text[i]!;
    if (c === '\n' && onlySpace) return true;
    const space = /\s/.test(c);
    if (!space && !OPENERS.has(c)) return SENTENCE_END.has(c);
    onlySpace &&= space;
  }
  return true;
}

// Up to three lower-case particles, then a capitalised word; sticky, so it reads from `lastIndex` in place.
const NAME_REST = /((?:\s+[a-z']+){0,3}?)\s+(\p{Lu}[\p{Ll}'’-]*\p{Ll}[\p{Ll}'’-]*)/uy;

// A name has at most this many further capitalised parts; longer runs are read as several names. Without a
// bound, every word of a long run of capitalised words rescanned the rest of the run (HIGH 2).
const MAX_NAME_PARTS = 6;

/** Extends a capitalised word with following particles and capitalised words ("Jan van der Berg"). */
function extendName(text: string, end: number): number {
  for (let part = 0; part < MAX_NAME_PARTS; part++) {
    NAME_REST.lastIndex = end;
    const m = NAME_REST.exec(text);
    if (!m) return end;
    const particles = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    if (!particles.every((p) => PARTICLES.has(p))) return end;
    end += m[0].length;
  }
  return end;
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
  // Characters already claimed by an e-mail, phone number or BSN. The matches of one pattern never overlap,
  // so checking their characters reads the text once per pattern (comparing with every span was quadratic).
  const claimed = new Uint8Array(text.length);
  const taken = (s: number, e: number) => claimed.subarray(s, e).includes(1);
  const add = (kind: PrivacyKind, re: RegExp, ok: (t: string) => boolean = () => true) => {
    const found: typeof spans = [];
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ok(m[0]) && !taken(start, end)) found.push({ kind, start, end });
    }
    for (const f of found) claimed.fill(1, f.start, f.end);
    spans.push(...found);
  };
  add('email', EMAIL);
  add('phone', PHONE);
  add('bsn', NINE_DIGITS, isValidBsn);
  for (const n of names(text, taken)) spans.push({ kind: 'name', ...n });
  spans.sort((a, b) => a.start - b.start);

  // Labels are translated once each: a text may hold thousands of findings.
  const labels = new Map<string, string>();
  const label = (kind: PrivacyKind, letter = '') => {
    const key = kind + letter;
    if (!labels.has(key)) {
      labels.set(
        key,
        kind === 'name'
          ? translate(locale, 'groups.privacy.name', { letter })
          : translate(locale, `groups.privacy.${kind}`),
      );
    }
    return labels.get(key)!;
  };
  const letters = new Map<string, string>();
  return spans.map((s) => {
    const value = text.slice(s.start, s.end);
    if (s.kind !== 'name') return { ...s, text: value, label: label(s.kind) };
    const key = value.toLowerCase();
    if (!letters.has(key)) letters.set(key, String.fromCharCode(65 + (letters.size % 26)));
    return { ...s, text: value, label: label('name', letters.get(key)!) };
  });
}

/** Replaces the chosen findings (all by default) by their labels; of overlapping findings the first counts. */
export function redact(text: string, findings: PrivacyFinding[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start), f.label);
    at = f.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
