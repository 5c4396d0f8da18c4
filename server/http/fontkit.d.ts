// fontkit ships no types; Kring only asks a font whether it has a glyph (server/http/pdf-fonts.ts).
declare module 'fontkit' {
  export function create(buffer: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
}
