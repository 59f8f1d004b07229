import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "e2e",
  outputDir: "e2e/output/results",
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "off", acceptDownloads: true },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
          args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"],
        },
      },
    },
  ],
  webServer: {
    // The e2e database is the real ingest of the seed fixture corpus (data/fixtures/seed-corpus) (idempotent: unchanged reports are skipped),
    // run here so that `npx playwright test` after a build is enough. E2E_SKIP_INGEST=1 uses the file as it is.
    command: `${process.env.E2E_SKIP_INGEST ? "" : "npm run -s cli -- ingest data/fixtures/seed-corpus && "}npx next start -H 127.0.0.1 -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { DATABASE_PATH: process.env.DATABASE_PATH ?? ".data/e2e.sqlite" },
  },
});
