import type { Block } from '../../../core/reports/index';
import { type PdfDoc as Doc, pdfDocument } from '../../http/pdf';

/** How each block is set: sizes stay modest so a long report stays readable on A4. */
const SET: { [K in Block['type']]: (doc: Doc, b: Extract<Block, { type: K }>) => void } = {
  title: (doc, b) => doc.font('Helvetica-Bold').fontSize(20).text(b.text).moveDown(0.5),
  meta: (doc, b) => {
    doc.fontSize(11).font('Helvetica-Bold').text(`${b.label}: `, { continued: true });
    doc.font('Helvetica').text(b.text);
  },
  heading: (doc, b) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(15).text(b.text).moveDown(0.3),
  subheading: (doc, b) => doc.moveDown(0.3).font('Helvetica-Bold').fontSize(12).text(b.text),
  paragraph: (doc, b) => doc.font('Helvetica').fontSize(11).text(b.text).moveDown(0.3),
  item: (doc, b) => {
    doc.font('Helvetica').fontSize(11).text(`•  ${b.text}`, { indent: 8 });
    doc.fillColor('#444444');
    for (const d of b.detail) doc.fontSize(10).text(d, { indent: 22 });
    doc.fillColor('#000000').moveDown(0.2);
  },
};

/** The report blocks as an A4 PDF with the title in its metadata and a confidentiality footer line. */
export async function reportPdf(blocks: Block[], title: string, footer: string): Promise<Buffer> {
  const { doc, done } = await pdfDocument({ size: 'A4', margin: 56, info: { Title: title } });
  for (const block of blocks) (SET[block.type] as (d: Doc, b: Block) => void)(doc, block);
  doc.moveDown(2).font('Helvetica').fontSize(9).fillColor('#444444').text(footer);
  doc.end();
  return done;
}
