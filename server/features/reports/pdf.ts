import type { Block } from '../../../core/reports/index';
import { type PdfDoc as Doc, pdfDocument } from '../../http/pdf';
import { registerFonts, say } from '../../http/pdf-fonts';

/** How each block is set: sizes stay modest so a long report stays readable on A4. */
const SET: { [K in Block['type']]: (doc: Doc, b: Extract<Block, { type: K }>) => void } = {
  title: (doc, b) => say(doc.fontSize(20), b.text, 'bold').moveDown(0.5),
  meta: (doc, b) => {
    say(doc.fontSize(11), `${b.label}: `, 'bold', { continued: true });
    say(doc, b.text);
  },
  heading: (doc, b) => say(doc.moveDown(0.8).fontSize(15), b.text, 'bold').moveDown(0.3),
  subheading: (doc, b) => say(doc.moveDown(0.3).fontSize(12), b.text, 'bold'),
  paragraph: (doc, b) => say(doc.fontSize(11), b.text).moveDown(0.3),
  item: (doc, b) => {
    say(doc.fontSize(11), `•  ${b.text}`, 'regular', { indent: 8 });
    doc.fillColor('#444444');
    for (const d of b.detail) say(doc.fontSize(10), d, 'regular', { indent: 22 });
    doc.fillColor('#000000').moveDown(0.2);
  },
};

/** The report blocks as an A4 PDF with the title in its metadata and a confidentiality footer line. */
export async function reportPdf(blocks: Block[], title: string, footer: string): Promise<Buffer> {
  const { doc, done } = await pdfDocument({ size: 'A4', margin: 56, info: { Title: title } });
  registerFonts(doc);
  for (const block of blocks) (SET[block.type] as (d: Doc, b: Block) => void)(doc, block);
  say(doc.moveDown(2).fontSize(9).fillColor('#444444'), footer);
  doc.end();
  return done;
}
