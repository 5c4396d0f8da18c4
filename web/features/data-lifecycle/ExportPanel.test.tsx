import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setUpPageTests } from '../../test/page';
import { ExportPanel } from './ExportPanel';

setUpPageTests();

describe('export panel', () => {
  it('EXPORT-1: offers the own data as a readable document in the page language and as JSON, as downloads', () => {
    render(<ExportPanel />);
    expect(screen.getByRole('region', { name: 'My data' })).toBeTruthy();
    const html = screen.getByRole('link', { name: 'Download as a readable document (HTML)' });
    const json = screen.getByRole('link', { name: 'Download as a data file (JSON)' });
    expect(html.getAttribute('href')).toBe('/api/me/export.html?lang=en');
    expect(json.getAttribute('href')).toBe('/api/me/export.json');
    for (const link of [html, json]) expect(link.hasAttribute('download')).toBe(true);
  });
});
