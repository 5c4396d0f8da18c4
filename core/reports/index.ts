/** Meeting reports: sections from a meeting view, translated blocks, Markdown. */
export * from './blocks';
export * from './build';
export { reportMarkdown } from './markdown';
