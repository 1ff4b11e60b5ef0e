import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import { childEnv } from "./env";
import { RssSampler, treeCpuTicks } from "./process-tree";

export interface ImportRun {
  seconds: number;
  exitCode: number | null;
  /** Peak RSS of the `corpus` process and anything it forked (a worker pool). */
  peakRssBytes: number;
  /** [seconds, bytes] samples over the run. */
  rssTimeline: [number, number][];
  /**
   * CPU seconds of the `corpus` process tree (PostgreSQL's not included), as
   * last sampled before it exited: steadier than wall time on a shared machine.
   */
  cpuSeconds: number;
}

/**
 * `corpus import <inputs>` exactly as a user runs it, against `databaseUrl`:
 * whatever the import pipeline is (a loop today, a job queue tomorrow), this
 * measures it from the outside. Output goes to `logFile`.
 */
export async function runCorpusImport(databaseUrl: string, inputs: string[], logFile: string, cwd = REPO_ROOT): Promise<ImportRun> {
  const cli = path.join(REPO_ROOT, "packages", "cli", "bin", "corpus.mjs");
  const out = fs.openSync(logFile, "a");
  const started = performance.now();
  const child = spawn(process.execPath, [cli, "import", ...inputs], {
    cwd,
    stdio: ["ignore", out, out],
    env: childEnv({ DATABASE_URL: databaseUrl, INIT_CWD: cwd }),
  });
  fs.closeSync(out);
  let cpuTicks = 0;
  const sampler = new RssSampler(() => child.pid ?? null, 200, () => {
    if (child.pid) cpuTicks = Math.max(cpuTicks, treeCpuTicks(child.pid));
  }).start();
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => resolve(code));
  });
  sampler.stop();
  return {
    seconds: (performance.now() - started) / 1000,
    exitCode,
    peakRssBytes: sampler.overallPeak,
    rssTimeline: sampler.timeline.map(([ms, bytes]) => [ms / 1000, bytes]),
    cpuSeconds: cpuTicks / 100,
  };
}
