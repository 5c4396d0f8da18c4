import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    // Three workers on a 2-core machine: a server test waits on PGlite's thread, PostgreSQL and sockets for
    // a third of its time, which a third worker fills (server project 200–238 s with two, 185 s with three,
    // 194 s with four). PGlite needs ~300 MB per open database.
    maxWorkers: 3,
    projects: [
      {
        // The engine and library are pure modules: one module graph per worker instead of per file saves
        // two thirds of this project's time (its files spent it importing the same modules again).
        test: { name: 'core', include: ['core/**/*.test.ts'], environment: 'node', isolate: false },
      },
      {
        test: {
          name: 'server',
          include: ['server/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/global-setup.ts'],
          // One module graph per worker, as in the other projects: importing the server again for each file
          // cost ~2.7 s a file.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          // A fresh jsdom and module graph per file cost three quarters of this project's time; the setup
          // file leaves a clean page, storage, clock and fetch after every test instead.
          isolate: false,
          setupFiles: ['web/test/texts.ts'],
          // jsdom renders of whole pages take ~1 s alone; on a busy 2-core machine five times that.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
