import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Tests start real PostgreSQL clusters and `corpus` processes: set-up and clean-up take seconds.
    hookTimeout: 120_000,
    // npm test sums every suite's JSON results into one `N passed, N failed` line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
