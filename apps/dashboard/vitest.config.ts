import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // npm test sums every suite's JSON results into one `N passed, N failed` line.
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
