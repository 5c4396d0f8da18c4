import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import type { PdfDoc } from './pdf';

/**
 * Fonts embedded in Kring's PDFs. pdfkit's built-in Helvetica knows only Windows-1252, so Ł, Ş, Chinese,
 * Arabic and emoji came out as garbage (issue 11, LOW). DejaVu Sans covers Latin, Greek, Cyrillic, Arabic
 * and Hebrew; what it lacks is set in Noto Sans SC (Chinese and Japanese kana) or Noto Emoji (black and
 * white: a PDF text font has no colour). All three come from npm packages, so no system fonts are needed.
 */
const FILES = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
  cjk: '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff',
  emoji: '@fontsource/noto-emoji/files/noto-emoji-emoji-400-normal.woff',
} as const;
type FontKey = keyof typeof FILES;
export type Weight = 'regular' | 'bold';

const require = createRequire(import.meta.url);
const bytes = new Map<FontKey, Buffer>();
const glyphs = new Map<FontKey, (codePoint: number) => boolean>();

function fontBytes(key: FontKey): Buffer {
  if (!bytes.has(key)) bytes.set(key, readFileSync(require.resolve(FILES[key])));
  return bytes.get(key)!;
}

function covers(key: FontKey, codePoint: number): boolean {
  if (!glyphs.has(key)) {
    const font = create(fontBytes(key));
    glyphs.set(key, (c) => font.hasGlyphForCodePoint(c));
  }
  return glyphs.get(key)!(codePoint);
}

// Joiners, variation selectors and combining marks stay with the character before them.
const JOINS = /^(?:\u200D|[\uFE00-\uFE0F]|\p{M})$/u;

/** The text cut into runs, each with the first font that has its characters. */
export function fontRuns(text: string, weight: Weight): { font: FontKey; text: string }[] {
  const runs: { font: FontKey; text: string }[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const previous = runs.at(-1);
    const font: FontKey =
      previous && JOINS.test(ch)
        ? previous.font
        : covers('regular', c)
          ? weight
          : ((['cjk', 'emoji'] as const).find((k) => covers(k, c)) ?? weight);
    if (previous?.font === font) previous.text += ch;
    else runs.push({ font, text: ch });
  }
  return runs;
}

/** Registers Kring's fonts in a new document; each file is read once per process. */
export function registerFonts(doc: PdfDoc): void {
  for (const key of Object.keys(FILES) as FontKey[]) doc.registerFont(`kring-${key}`, fontBytes(key));
  doc.font('kring-regular');
}

type TextOptions = PDFKit.Mixins.TextOptions & { x?: number; y?: number };

/** Writes text in Kring's fonts, switching font where a character needs another one. */
export function say(
  doc: PdfDoc,
  text: string,
  weight: Weight = 'regular',
  options: TextOptions = {},
): PdfDoc {
  const { x, y, ...rest } = options;
  const runs = fontRuns(text, weight);
  if (runs.length === 0) runs.push({ font: weight, text: '' });
  runs.forEach((run, i) => {
    doc.font(`kring-${run.font}`);
    const opts = { ...(i === 0 ? rest : {}), continued: i < runs.length - 1 || rest.continued === true };
    if (i === 0 && x !== undefined) doc.text(run.text, x, y, opts);
    else doc.text(run.text, opts);
  });
  return doc.font(`kring-${weight}`);
}
