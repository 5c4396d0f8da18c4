import { inflateSync } from 'node:zlib';

// Hex strings may hold white space (pdfkit writes a surrogate pair as <d83d de00>).
const utf16 = (hex: string) => Buffer.from(hex.replace(/\s/g, ''), 'hex').swap16().toString('utf16le');

/** The CMap of an embedded font: glyph code (4 hex digits) → text, from its bfchar and bfrange lists. */
function parseCmap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const code = (n: number) => n.toString(16).padStart(4, '0');
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, text] of block!.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
      map.set(from!.toLowerCase(), utf16(text!));
    }
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, to, list, first] of block!.matchAll(
      /<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4})>\s*(?:\[([^\]]*)\]|<([0-9a-fA-F]+)>)/g,
    )) {
      const start = Number.parseInt(from!, 16);
      if (list !== undefined) {
        for (const [i, [, text]] of [...list.matchAll(/<([0-9a-fA-F\s]*)>/g)].entries()) {
          map.set(code(start + i), utf16(text!));
        }
      } else {
        const base = Number.parseInt(first!, 16);
        for (let c = start; c <= Number.parseInt(to!, 16); c++)
          map.set(code(c), String.fromCharCode(base + c - start));
      }
    }
  }
  return map;
}

/**
 * The text of a PDF made by pdfkit, in drawing order. Built-in fonts write one byte per character; embedded
 * fonts write glyph codes that the font's ToUnicode CMap turns back into text.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const streams = new Map<string, string>();
  // Each stream is exactly /Length bytes: its compressed bytes may end in \r or hold "endstream".
  for (const m of raw.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const length = /\/Length (\d+)/.exec(m[2]!)?.[1];
    if (!length) continue;
    const start = m.index + m[0].length;
    const body = pdf.subarray(start, start + Number(length));
    try {
      streams.set(m[1]!, (/FlateDecode/.test(m[2]!) ? inflateSync(body) : body).toString('latin1'));
    } catch {
      // fonts and images are no text
    }
  }
  const cmapOfObject = new Map<string, Map<string, string>>();
  for (const [, obj, , cmap] of raw.matchAll(
    /(\d+) 0 obj\s*<<((?:(?!endobj)[\s\S])*?)\/ToUnicode (\d+) 0 R/g,
  )) {
    cmapOfObject.set(obj!, parseCmap(streams.get(cmap!) ?? ''));
  }
  const fonts = new Map<string, Map<string, string>>();
  for (const [, name, obj] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const cmap = cmapOfObject.get(obj!);
    if (cmap) fonts.set(name!, cmap);
  }
  const parts: string[] = [];
  for (const content of streams.values()) {
    let cmap: Map<string, string> | undefined;
    for (const [, font, array] of content.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ/g)) {
      if (font) {
        cmap = fonts.get(font);
        continue;
      }
      const hex = [...array!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('');
      parts.push(
        cmap
          ? (hex.match(/.{4}/g) ?? []).map((code) => cmap!.get(code.toLowerCase()) ?? '').join('')
          : Buffer.from(hex, 'hex').toString('latin1'),
      );
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}
