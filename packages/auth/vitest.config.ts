import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // One throwaway PostgreSQL cluster per run (@framewatch/db's); each test file makes its own database on it.
    globalSetup: ["../db/src/testing/vitest-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
