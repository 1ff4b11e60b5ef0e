import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Turbo runs suites side by side on two cores; a stress render can take seconds there.
    testTimeout: 30_000,
    // npm test sums every suite's JSON results into one `N passed, N failed` line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
