import { defineConfig } from '@playwright/test';

// E2E_SLOT lets several local runs share a machine: each slot has its own ports and web build folder.
const SLOT = Number(process.env.E2E_SLOT ?? 0);
const PORT = 3100 + SLOT * 10;
const SMTP_PORT = 2525 + SLOT * 10;
const MAIL_HTTP_PORT = 2526 + SLOT * 10;
const WEB_DIST = process.env.WEB_DIST ?? '';
const DATA_DIR = `e2e/.data-${SLOT}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  // E2E_WORKERS: how many spec files run side by side against the one server (each worker has its own crew).
  workers: Number(process.env.E2E_WORKERS ?? 1),
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  metadata: { mailUrl: `http://127.0.0.1:${MAIL_HTTP_PORT}` },
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'nl-NL',
    // A failed test keeps its trace with a DOM snapshot of every step, but no screencast: filming four live
    // pages frame by frame took a third of the suite's time.
    trace: { mode: 'retain-on-failure', screenshots: false, snapshots: true, sources: true },
    // E2E_ACTION_TIMEOUT (ms) makes a click on a wrong locator fail at once instead of at the test's end.
    actionTimeout: Number(process.env.E2E_ACTION_TIMEOUT ?? 0),
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'tsx e2e/support/mail-catcher.ts',
      port: MAIL_HTTP_PORT,
      env: { SMTP_PORT: String(SMTP_PORT), MAIL_HTTP_PORT: String(MAIL_HTTP_PORT) },
      reuseExistingServer: false,
    },
    {
      // The compiled server `npm run build` made (as `npm start` runs it): no run-time transpiling of the
      // server's thousand files, some seconds less per start on a busy machine.
      command: `rm -rf ${DATA_DIR} && node --max-semi-space-size=4 dist/server/main.js`,
      url: `http://localhost:${PORT}/healthz`,
      reuseExistingServer: false,
      // A safety margin, not a budget: a start takes a few seconds, but ~60 s with eight people's tests on 2 cores.
      timeout: 180_000,
      env: {
        PORT: String(PORT),
        DATA_DIR,
        SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
        WEB_DIST,
        LOG_LEVEL: 'warn',
        PUBLIC_URL: `http://localhost:${PORT}`,
        // The account that registers providers in e2e/activities.spec.ts.
        OPERATORS: 'beheer@kring.test',
        // Demo meetings 40 times faster, so e2e/demo.spec.ts runs one through in seconds (README, DEMO_SPEED).
        DEMO_SPEED: '40',
      },
    },
  ],
});
