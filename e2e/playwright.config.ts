import { defineConfig, devices } from "@playwright/test";
import { BASE_URL, explicitE2eDatabaseUrl } from "./e2e-env";

// Fails fast, before any server starts, when pointed at a non-local database.
explicitE2eDatabaseUrl();

const chromium = process.env.FRAMEWATCH_CHROMIUM;

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // One worker: the specs share one database and one server; two cores are busy enough.
  workers: 1,
  timeout: 60_000,
  outputDir: "artifacts/test-output",
  reporter: [
    ["list"],
    ["json", { outputFile: "test-results/playwright.json" }],
    ["html", { open: "never", outputFolder: "artifacts/report" }],
  ],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    viewport: { width: 1280, height: 800 },
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromium,
          // A closed network stalls Chromium's background services; these keep start-up fast.
          args: [
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-gpu",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node --import tsx scripts/serve-e2e.ts",
    url: `${BASE_URL}/`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
