// `npm test`: every suite (unit, integration against a throwaway PostgreSQL,
// Playwright e2e against the production build), then one summary line
// `N passed, N failed` summed over all of them, which CI reads.
import fs from "node:fs";
import path from "node:path";
import { ensureChromium } from "./ensure-chromium.mjs";

/** Where each suite writes its machine-readable results (git-ignored). */
const RESULT_FILES = [
  "packages/corpus-model/test-results/vitest.json",
  "packages/db/test-results/vitest.json",
  "packages/cli/test-results/vitest.json",
  "packages/charts/test-results/vitest.json",
  "packages/auth/test-results/vitest.json",
  "apps/dashboard/test-results/vitest.json",
  "tooling/bench-scale/test-results/vitest.json",
  "e2e/test-results/playwright.json",
];

export async function runAllTests({ root, pnpm, say }) {
  for (const file of RESULT_FILES) fs.rmSync(path.join(root, file), { force: true });

  const chromium = await ensureChromium({ say });
  if (!chromium) {
    console.log("0 passed, 1 failed");
    return 1;
  }
  say(`Browser for e2e: ${chromium}`);

  say("Running typecheck, lint, unit and integration tests, then e2e against the production build...");
  const status = pnpm(
    ["exec", "turbo", "run", "typecheck", "lint", "test", "e2e", "--continue", "--output-logs=new-only", "--log-order=grouped"],
    { env: { ...process.env, FRAMEWATCH_CHROMIUM: chromium, FORCE_COLOR: process.env.CI ? "0" : "1" } },
  );

  let passed = 0;
  let failed = 0;
  const missing = [];
  for (const file of RESULT_FILES) {
    const full = path.join(root, file);
    if (!fs.existsSync(full)) {
      missing.push(file);
      continue;
    }
    const report = JSON.parse(fs.readFileSync(full, "utf8"));
    const counts = file.endsWith("playwright.json") ? countPlaywright(report) : countVitest(report);
    say(`${path.dirname(path.dirname(file))}: ${counts.passed} passed, ${counts.failed} failed`);
    passed += counts.passed;
    failed += counts.failed;
  }
  // A suite that wrote no results did not run (a build or typecheck it needs failed): count it as failed.
  for (const file of missing) {
    say(`${path.dirname(path.dirname(file))}: no results (the suite did not run)`);
    failed += 1;
  }
  if (status !== 0 && failed === 0) failed = 1;
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 || status !== 0 ? 1 : 0;
}

function countVitest(report) {
  const failedTests = report.numFailedTests ?? 0;
  // A test file that fails to load has no failed tests, only a failed suite.
  const failedSuites = report.numFailedTestSuites ?? 0;
  return { passed: report.numPassedTests ?? 0, failed: failedTests > 0 ? failedTests : failedSuites };
}

function countPlaywright(report) {
  const s = report.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 };
}
