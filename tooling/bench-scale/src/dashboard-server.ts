import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childEnv } from "./env";
import { RssSampler, treeCpuTicks } from "./process-tree";
import { sendRequest } from "./send-request";

export interface ServerExit {
  /** When, relative to the benchmark's start (ms). */
  at: number;
  reason: string;
}

/**
 * The production dashboard (its server, apps/dashboard/server/main.mjs, as
 * `corpus serve` runs it) against the benchmark database, in
 * its own process group so it can be stopped with everything it forked. A
 * crash is recorded, not fatal: the benchmark restarts it and goes on, since
 * a crash under load is one of the figures. The process tree's RSS is
 * sampled all along; above the cap the server is killed so a runaway request
 * cannot take a shared machine down.
 */
export class DashboardServer {
  private child: ChildProcess | null = null;
  private stopping = false;
  private killedForRss = false;
  readonly exits: ServerExit[] = [];
  readonly sampler: RssSampler;
  /** Bumped at every start: a route whose run spans two generations saw a crash. */
  generation = 0;

  constructor(
    private readonly options: {
      dashboardDir: string;
      databaseUrl: string;
      port: number;
      logFile: string;
      rssCapBytes: number;
      /** FRAMEWATCH_AUTH_SECRET for the dashboard: without one, sessions (and so every write) are refused. */
      authSecret?: string;
      t0: number;
      log: (line: string) => void;
    },
  ) {
    this.sampler = new RssSampler(
      () => this.child?.pid ?? null,
      100,
      (bytes) => {
        if (bytes > this.options.rssCapBytes && this.child && !this.killedForRss) {
          this.killedForRss = true;
          this.options.log(`dashboard RSS ${Math.round(bytes / 2 ** 20)} MB is over the cap: killing it`);
          this.signal("SIGKILL");
        }
      },
    );
  }

  get origin(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  async start(): Promise<void> {
    const out = fs.openSync(this.options.logFile, "a");
    this.stopping = false;
    this.killedForRss = false;
    const child = spawn(process.execPath, [path.join(this.options.dashboardDir, "server", "main.mjs"), "--port", String(this.options.port), "--hostname", "127.0.0.1"], {
      cwd: this.options.dashboardDir,
      detached: true,
      stdio: ["ignore", out, out],
      env: childEnv({
        DATABASE_URL: this.options.databaseUrl,
        PORT: String(this.options.port),
        NODE_ENV: "production",
        ...(this.options.authSecret ? { FRAMEWATCH_AUTH_SECRET: this.options.authSecret } : {}),
      }),
    });
    fs.closeSync(out);
    this.child = child;
    this.generation++;
    child.on("exit", (code, signal) => {
      if (this.stopping) return;
      const reason = this.killedForRss
        ? `killed: RSS over the ${Math.round(this.options.rssCapBytes / 2 ** 20)} MB cap`
        : `exited (${signal ?? `code ${code}`})${this.crashHint()}`;
      this.exits.push({ at: performance.now() - this.options.t0, reason });
      this.options.log(`dashboard ${reason}`);
    });
    this.sampler.start();
    await this.waitReady(120_000);
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.stopping = true;
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      this.signal("SIGTERM");
      const timer = setTimeout(() => this.signal("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    // Anything the server forked that outlived it.
    this.signal("SIGKILL");
    this.child = null;
  }

  /**
   * Waits until requests abandoned by a load run have finished: the server
   * process tree uses under 5 % of a core over half a second and no query
   * of its own is running in PostgreSQL. Without this, the next route would
   * be timed against the previous one's leftovers. Gives up after `maxMs`.
   */
  async waitIdle(activeQueries: () => Promise<number>, maxMs: number): Promise<number> {
    const started = performance.now();
    while (this.alive && performance.now() - started < maxMs) {
      const before = treeCpuTicks(this.child!.pid!);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const busyTicks = this.alive ? treeCpuTicks(this.child!.pid!) - before : 0;
      if (busyTicks <= 2 && (await activeQueries()) === 0) break;
    }
    return performance.now() - started;
  }

  /** Whether the server answers a request that touches no data (a 404) within `timeoutMs`. */
  async responsive(timeoutMs: number): Promise<boolean> {
    if (!this.alive) return false;
    const reply = await sendRequest(this.origin, { method: "GET", url: "/__bench_ready" }, timeoutMs);
    return reply.status > 0;
  }

  /** Last resort from a synchronous exit hook: the whole process group, at once. */
  killNow(): void {
    this.stopping = true;
    this.signal("SIGKILL");
  }

  private signal(sig: NodeJS.Signals): void {
    const pid = this.child?.pid;
    if (!pid) return;
    try {
      process.kill(-pid, sig);
    } catch {
      // already gone
    }
  }

  private async waitReady(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (performance.now() < deadline) {
      if (!this.alive) throw new Error(`the dashboard exited during start-up; see ${this.options.logFile}`);
      // A path no page owns: answered (404) as soon as the server is up, without touching the database.
      const reply = await sendRequest(this.origin, { method: "GET", url: "/__bench_ready" }, 5000);
      if (reply.status > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the dashboard did not answer within ${timeoutMs / 1000} s; see ${this.options.logFile}`);
  }

  /** ": JavaScript heap out of memory" and the like, from the end of the server's log. */
  private crashHint(): string {
    try {
      const text = fs.readFileSync(this.options.logFile, "utf8").slice(-4000);
      const m = /(JavaScript heap out of memory|RangeError[^\n]*|FATAL ERROR[^\n]*)/.exec(text);
      return m ? `: ${m[1]!.slice(0, 120)}` : "";
    } catch {
      return "";
    }
  }
}
