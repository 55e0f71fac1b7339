import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.ts';

// Browser tests run against the production build (`npm run build` first), served by `vite preview`,
// in Debian's Chromium — tools here cannot download Playwright's own browser.
const PORT = 4173;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // Host pages on other origins, for the embedding tests.
      command: 'node tests/e2e/host-server.mjs',
      url: 'http://127.0.0.1:4180/pym.js',
      reuseExistingServer: !process.env.CI,
      timeout: 10_000,
    },
  ],
});
