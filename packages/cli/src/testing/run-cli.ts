import { spawn } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `corpus <args>` to the end (tests) and gives its exit status and output. Asynchronous: a synchronous spawn
 * blocks the test worker for seconds (vitest's RPC to it times out) and the test's own servers (a throwaway
 * PostgreSQL, an HTTP server the command fetches from) cannot answer meanwhile. `env` adds to or (undefined)
 * removes from this process's environment. Killed after two minutes.
 */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    // eslint-disable-next-line no-restricted-properties
    env: Object.fromEntries(Object.entries({ ...process.env, INIT_CWD: REPO_ROOT, ...env }).filter(([, v]) => v !== undefined)),
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}
