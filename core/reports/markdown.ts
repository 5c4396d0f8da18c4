import type { Block } from './blocks';

/** Characters that would start Markdown syntax inside a line of user text. */
const escapeMd = (text: string) => text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

const LINE: { [K in Block['type']]: (b: Extract<Block, { type: K }>) => string } = {
  title: (b) => `# ${escapeMd(b.text)}\n`,
  meta: (b) => `- **${escapeMd(b.label)}:** ${escapeMd(b.text)}`,
  heading: (b) => `\n## ${escapeMd(b.text)}\n`,
  subheading: (b) => `\n### ${escapeMd(b.text)}\n`,
  // A blank line first: a line right after a list item would otherwise continue that item.
  paragraph: (b) => `\n${escapeMd(b.text)}\n`,
  item: (b) => [`- ${escapeMd(b.text)}`, ...b.detail.map((d) => `  - ${escapeMd(d)}`)].join('\n'),
};

/** The blocks as a Markdown document; user text is escaped so it cannot add headings or links. */
export function reportMarkdown(blocks: Block[]): string {
  const lines = blocks.map((b) => (LINE[b.type] as (x: Block) => string)(b));
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
