// Playwright: e2e specs in e2e/ against web mode in a system Chromium (never a downloaded browser), and Electron
// specs that run where its binary exists.

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src-main/services/pdf/find-chromium';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 860 },
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
