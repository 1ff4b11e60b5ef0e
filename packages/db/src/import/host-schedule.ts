import { setTimeout as sleep } from "node:timers/promises";

/** Hosts remembered at most; past it, hosts whose turn has come are forgotten (they may be asked at once anyway). */
const REMEMBERED_HOSTS = 10_000;

/**
 * Spaces requests to each host: at most one per `intervalMs`, however many URLs of that host are fetched in
 * parallel. Each request books the host's next free slot before it waits, so concurrent requests queue up in the
 * order they asked instead of all going at once when the host frees up.
 */
export class HostSchedule {
  private readonly next = new Map<string, number>();

  constructor(private readonly intervalMs: number) {}

  /** When `host` may next be asked (epoch ms; 0 or the past: now). */
  readyAt(host: string): number {
    return this.next.get(host) ?? 0;
  }

  /** Books the host's next slot and waits for it. */
  async take(host: string, signal?: AbortSignal): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.readyAt(host));
    if (this.next.size >= REMEMBERED_HOSTS) for (const [h, t] of this.next) if (t <= now) this.next.delete(h);
    this.next.set(host, at + this.intervalMs);
    if (at > now) await sleep(at - now, undefined, { signal });
  }
}
