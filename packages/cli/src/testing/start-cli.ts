import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");

export interface CliProcess {
  child: ChildProcess;
  /** Everything printed so far (stdout and stderr interleaved). */
  output: () => string;
  exited: Promise<number | null>;
  /** Resolves when the output matches `pattern`; rejects after `ms`. */
  waitFor: (pattern: RegExp, ms?: number) => Promise<void>;
}

/**
 * Starts `corpus <args>` as a real process (tests). `detached` puts it in its
 * own process group, so a test can send a signal to the group as a terminal's
 * Ctrl-C does, or kill the group outright as a machine dying would.
 */
export function startCli(args: string[], env: Record<string, string | undefined>, options: { detached?: boolean } = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    // eslint-disable-next-line no-restricted-properties
    env: Object.fromEntries(Object.entries({ ...process.env, INIT_CWD: REPO_ROOT, ...env }).filter(([, v]) => v !== undefined)),
    stdio: ["ignore", "pipe", "pipe"],
    detached: options.detached ?? false,
  });
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    output += String(d);
    for (const l of listeners) l();
  };
  child.stdout!.on("data", onData);
  child.stderr!.on("data", onData);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    waitFor: (pattern, ms = 120_000) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (pattern.test(output)) {
            listeners.delete(check);
            clearTimeout(timer);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`Timed out waiting for ${pattern} in:\n${output.slice(-3000)}`));
        }, ms);
        listeners.add(check);
        void exited.then(() => {
          if (!pattern.test(output)) {
            listeners.delete(check);
            clearTimeout(timer);
            reject(new Error(`corpus ${args.join(" ")} exited before ${pattern}:\n${output.slice(-3000)}`));
          }
        });
        check();
      }),
  };
}
