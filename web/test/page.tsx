import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, vi } from 'vitest';
import type { Group } from '../../core/api/groups';
import { setLocale } from '../lib/i18n';
import { SessionProvider } from '../lib/session';

export type Reply = { status: number; body: unknown };
export type Answer = Reply | ((body: unknown) => Reply);
export type Sent = { key: string; body: unknown };

/**
 * Answers the page's requests like the server would, per "METHOD path" (404 for anything else), and
 * keeps every request with its parsed body for the assertions.
 */
export function serveApi(routes: Record<string, Answer>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    const key = `${init.method ?? 'GET'} ${path}`;
    const body = init.body ? JSON.parse(String(init.body)) : undefined;
    sent.push({ key, body });
    const route = routes[key];
    const reply = typeof route === 'function' ? route(body) : route;
    const { status, body: out } = reply ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'x' } },
    };
    return new Response(JSON.stringify(out), { status });
  });
  return sent;
}

/** Renders a page at `path` as the app does: inside the router (matching `pattern`) and the session. */
export function renderPage(path: string, pattern: string, page: ReactElement): void {
  render(
    <MemoryRouter initialEntries={[path]}>
      <SessionProvider>
        <Routes>
          <Route path={pattern} element={page} />
        </Routes>
      </SessionProvider>
    </MemoryRouter>,
  );
}

/** English texts for the suite (web/test/texts.ts leaves a clean page and the real fetch after each test). */
export function setUpPageTests(): void {
  beforeAll(() => setLocale('en'));
}

/** A group as GET /api/groups/:id returns it: "Wijkteam Noord", seen by an admin who accepted the rules. */
export function testGroup(over: Partial<Group> = {}): Group {
  return {
    id: 'g1',
    name: 'Wijkteam Noord',
    description: '',
    language: 'nl',
    createdAt: '2026-01-01T00:00:00.000Z',
    memberCount: 5,
    sizeWarning: false,
    myRole: 'admin',
    rulesVersion: 1,
    acceptedCurrentRules: true,
    reportSharing: 'summary',
    ...over,
  };
}
