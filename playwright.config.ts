import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/e2e/support/chromium';

/**
 * End-to-end tests drive the real renderer and services in Debian's Chromium through web mode
 * (each test starts its own server with a fresh data folder). The Electron smoke test runs only
 * where an Electron binary is installed. `npm test` builds first; run `npm run build` before
 * `npm run test:e2e` on its own.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
});
