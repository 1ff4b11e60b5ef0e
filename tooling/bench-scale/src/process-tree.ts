import fs from "node:fs";

/**
 * Resident memory of a process and all its descendants, in bytes, read from
 * Linux's /proc (the dashboard's `next start` may fork workers; an import may
 * run a worker pool). Processes that exit while being read are skipped.
 */
export function treeRssBytes(rootPid: number): number {
  let total = 0;
  for (const pid of processTree(rootPid)) total += readStatusKb(pid, "VmRSS") * 1024;
  return total;
}

/** The pid and every live descendant's pid. */
export function processTree(rootPid: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc");
  } catch {
    return [rootPid];
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = readParent(Number(name));
    if (ppid === null) continue;
    let list = children.get(ppid);
    if (!list) children.set(ppid, (list = []));
    list.push(Number(name));
  }
  const out: number[] = [];
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function readParent(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may contain spaces and parentheses: fields resume after the last ")".
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(rest[1]);
  } catch {
    return null;
  }
}

/** CPU time (user + system) of a process tree so far, in clock ticks (1/100 s on Linux). */
export function treeCpuTicks(rootPid: number): number {
  let ticks = 0;
  for (const pid of processTree(rootPid)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // Fields 14 and 15 of stat (utime, stime); `rest` starts at field 3.
      ticks += Number(rest[11]) + Number(rest[12]);
    } catch {
      // exited meanwhile
    }
  }
  return ticks;
}

/** A "VmRSS:   1234 kB" line of /proc/<pid>/status, in kB (0 when unreadable). */
export function readStatusKb(pid: number, field: string): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status);
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples a process tree's RSS every `intervalMs`, keeping the peak since
 * the last reset and over the whole life of the sampler.
 */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  /** Peak since the last `resetWindow()`. */
  windowPeak = 0;
  /** Peak since start. */
  overallPeak = 0;
  /** [ms since start, bytes] pairs, for the memory-over-time of an import. */
  readonly timeline: [number, number][] = [];
  private readonly started = performance.now();

  constructor(
    private readonly pid: () => number | null,
    private readonly intervalMs = 100,
    private readonly onSample?: (bytes: number) => void,
  ) {}

  /** Starts sampling; a second call while running does nothing. */
  start(): this {
    if (this.timer) return this;
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  sample(): number {
    const pid = this.pid();
    if (pid === null) return 0;
    const bytes = treeRssBytes(pid);
    this.windowPeak = Math.max(this.windowPeak, bytes);
    this.overallPeak = Math.max(this.overallPeak, bytes);
    this.timeline.push([performance.now() - this.started, bytes]);
    if (this.timeline.length > 100_000) this.timeline.splice(0, 50_000);
    this.onSample?.(bytes);
    return bytes;
  }

  resetWindow(): void {
    this.windowPeak = 0;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
