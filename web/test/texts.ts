import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import { loadTexts } from '../lib/i18n';

// Component tests render any page in either language: every text of both, loaded before the first test.
await loadTexts(undefined, 'nl');
await loadTexts(undefined, 'en');

// findBy… waits for pages whose parts load lazily (charts, the room's stages): the first import of such a part
// takes longer than the default second on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

// The web files share their workers' modules and document (no isolation: a fresh jsdom and module graph per
// file cost three quarters of the project's time). So every test leaves a clean page, storage, clock and fetch.
afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
