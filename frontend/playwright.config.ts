import { defineConfig } from '@playwright/test';

// The browser tests run against the real system: the backend jar in the demo profile,
// serving the built dashboard, on its own port and with its own throw-away database.
const port = Number(process.env.E2E_PORT ?? 18080);
// Readiness is on the backend's management port (see scripts/e2e-backend.sh).
const managementPort = Number(process.env.E2E_MGMT_PORT ?? port + 1000);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'id-ID',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser builds cannot be downloaded here.
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
  webServer: {
    command: 'bash scripts/e2e-backend.sh',
    env: { E2E_PORT: String(port), E2E_MGMT_PORT: String(managementPort) },
    url: `http://localhost:${managementPort}/q/health/ready`,
    // The first start unpacks the PostgreSQL binaries and runs the migrations.
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
