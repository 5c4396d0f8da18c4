import { describe, expect, it } from 'vitest';
import { reportBlocks } from './blocks';
import type { Report } from './build';
import { reportMarkdown } from './markdown';

/** A small finished report: weighed forces, a dated action and a group evaluation with halves. */
const report: Report = {
  meetingId: 'm1',
  method: null,
  caseGiver: 'Casey',
  ended: true,
  sections: [
    {
      kind: 'forces',
      items: [
        {
          text: 'Support of the team',
          author: 'Ann',
          direction: 'driving',
          mean: 7.5,
          count: 2,
          inReach: true,
        },
      ],
    },
    {
      kind: 'decision',
      text: 'Talk to the board',
      actions: [{ text: 'Book the meeting', owner: 'Casey', due: '2026-12-18' }],
    },
    { kind: 'evaluation', count: 5, heard: 4, perspectives: 4.4, method: 3.8, cooperation: null },
  ],
} as Report;
const meta = { groupName: 'Kring Noord', date: '2026-12-04' };

describe('a report in the reader’s language', () => {
  it('writes numbers and dates the Dutch way in Dutch', () => {
    const md = reportMarkdown(reportBlocks(report, meta, 'nl'));
    expect(md).toContain('- **Datum:** 4 december 2026');
    expect(md).toContain('4,4 van 5');
    expect(md).toContain('3,8 van 5');
    expect(md).toContain('gemiddeld gewicht 7,5');
    expect(md).toContain('uiterlijk 18 december 2026');
    expect(md).not.toMatch(/\d\.\d|2026-12/);
  });

  it('and the English way in English', () => {
    const md = reportMarkdown(reportBlocks(report, meta, 'en'));
    expect(md).toContain('4 December 2026');
    expect(md).toContain('4.4 out of 5');
    expect(md).toContain('18 December 2026');
    expect(md).not.toContain('2026-12');
  });

  it('keeps a paragraph after a list apart from the last bullet in Markdown', () => {
    const md = reportMarkdown([
      { type: 'meta', label: 'Groep', text: 'Kring Noord' },
      { type: 'paragraph', text: 'Je ziet een deel van het verslag.' },
      { type: 'item', text: 'Eerste punt', detail: ['uitleg'] },
      { type: 'paragraph', text: 'Daarna een zin.' },
    ]);
    expect(md).toContain('- **Groep:** Kring Noord\n\nJe ziet een deel van het verslag.');
    expect(md).toContain('  - uitleg\n\nDaarna een zin.');
  });
});
