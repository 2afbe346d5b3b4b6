import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium';

// PW_PORT lets several checkouts run their end-to-end tests side by side without sharing a server.
const PORT = Number(process.env.PW_PORT ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores in CI: keep parallelism modest so the preview server and browsers do not starve.
  workers: process.env.CI ? 2 : 3,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: 'zh-CN',
    trace: 'off',
    // The offline worker precaches the whole site on every first visit; only the offline tests
    // (tests/e2e/offline.spec.ts) need it, and elsewhere it would only add background traffic.
    serviceWorkers: 'block',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /lighthouse\.spec\.ts/ },
    // Lighthouse scores depend on a quiet CPU: it runs alone, once everything else has finished.
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts/, dependencies: ['chromium'] },
  ],
  // The tests run against the production build (`npm run build` first), served as it would be.
  webServer: {
    command: `npx astro preview --port ${PORT} --host localhost`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
