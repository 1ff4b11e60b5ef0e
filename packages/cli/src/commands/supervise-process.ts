import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";

export interface SuperviseOptions {
  /** For log lines: "dashboard", "worker 2". */
  name: string;
  command: string;
  args: string[];
  spawnOptions?: SpawnOptions;
  log: (line: string) => void;
  /** Give up after this many unexpected exits within `windowMs` (default 5 in 60 s). */
  maxRestarts?: number;
  windowMs?: number;
  /** First restart delay; doubles with each recent crash, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** Called with each new child (after every restart too). */
  onSpawn?: (child: ChildProcess) => void;
}

export interface SupervisedProcess {
  /** The current child's pid, if one runs. */
  pid: () => number | undefined;
  restarts: () => number;
  /** Stops the child (SIGTERM, then SIGKILL after `graceMs`) and restarts no more. */
  stop: (graceMs?: number) => Promise<void>;
  /** Settles when supervision ends: stopped (true), or given up after too many crashes (false). */
  ended: Promise<boolean>;
}

/**
 * Runs a child process and starts it again when it dies on its own, with an
 * exponential backoff and a limit, so one crashing part (the dashboard out
 * of memory, a worker) never takes the rest down with it. A child that ends
 * because the terminal's Ctrl-C reached the whole process group is not
 * restarted: the caller's own SIGINT handler is stopping everything.
 */
export function superviseProcess(options: SuperviseOptions): SupervisedProcess {
  const maxRestarts = options.maxRestarts ?? 5;
  const windowMs = options.windowMs ?? 60_000;
  const backoffMs = options.backoffMs ?? 1_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  let child: ChildProcess | null = null;
  let stopping = false;
  let restarts = 0;
  let timer: NodeJS.Timeout | null = null;
  const crashes: number[] = [];
  let settle: (stopped: boolean) => void = () => {};
  const ended = new Promise<boolean>((resolve) => (settle = resolve));
  let exited: Promise<void> = Promise.resolve();

  const start = () => {
    timer = null;
    const current = spawn(options.command, options.args, options.spawnOptions ?? {});
    child = current;
    exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
    options.onSpawn?.(current);
    current.once("exit", (code, signal) => {
      child = null;
      if (stopping) return settle(true);
      if (signal === "SIGINT") {
        stopping = true;
        return settle(true);
      }
      const now = Date.now();
      crashes.push(now);
      while (crashes.length > 0 && crashes[0]! < now - windowMs) crashes.shift();
      const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
      if (crashes.length > maxRestarts) {
        options.log(`The ${options.name} ${how}; it crashed ${crashes.length} times within ${Math.round(windowMs / 1000)} s, so it is not restarted.`);
        return settle(false);
      }
      const delay = Math.min(maxBackoffMs, backoffMs * 2 ** (crashes.length - 1));
      options.log(`The ${options.name} ${how}; restarting it in ${(delay / 1000).toFixed(0)} s.`);
      restarts++;
      timer = setTimeout(start, delay);
    });
  };
  start();

  return {
    pid: () => child?.pid,
    restarts: () => restarts,
    stop: async (graceMs = 20_000) => {
      stopping = true;
      if (timer) {
        clearTimeout(timer);
        timer = null;
        settle(true);
      }
      const current = child;
      if (current && current.exitCode === null && current.signalCode === null) {
        current.kill("SIGTERM");
        const kill = setTimeout(() => current.kill("SIGKILL"), graceMs);
        await exited;
        clearTimeout(kill);
      }
      settle(true);
    },
    ended,
  };
}
