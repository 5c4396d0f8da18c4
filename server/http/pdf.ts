import type PDFDocument from 'pdfkit';

export type PdfDoc = InstanceType<typeof PDFDocument>;

/**
 * A new PDF document and its bytes once it ends. pdfkit is loaded on the first PDF, not at start:
 * it is a tenth of the server's start-up and few processes ever print.
 */
export async function pdfDocument(
  options: PDFKit.PDFDocumentOptions,
): Promise<{ doc: PdfDoc; done: Promise<Buffer> }> {
  const { default: PDFKitDocument } = await import('pdfkit');
  const doc = new PDFKitDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  return { doc, done };
}
