import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The same "@/..." imports as tsconfig.json's paths, for modules the tests reach.
  resolve: { alias: { "@": path.join(import.meta.dirname, "src") } },
  test: {
    // One throwaway PostgreSQL cluster per run (the db package's); a handler test makes its own database on it.
    globalSetup: ["../../packages/db/src/testing/vitest-global-setup.ts"],
    // Turbo runs suites side by side on two cores; a stress render can take seconds there.
    testTimeout: 30_000,
    // Route-handler tests start a throwaway PostgreSQL and import a few articles.
    hookTimeout: 120_000,
    // npm test sums every suite's JSON results into one `N passed, N failed` line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
