/**
 * Per-client token buckets, kept in this process's memory. That is enough
 * because the dashboard runs as one Node process (`corpus serve` starts one
 * `next start`); several processes or machines behind a load balancer would
 * each count separately and need a shared store (PostgreSQL, Redis) instead.
 *
 * Each client starts with `capacity` tokens; a request takes one; tokens come
 * back at `refillPerSecond` up to `capacity`. Memory stays bounded: at most
 * `maxClients` buckets, the least recently seen dropped first (a dropped
 * client starts full again, which only matters with that many clients).
 */
export interface RateLimiterOptions {
  capacity: number;
  refillPerSecond: number;
  maxClients: number;
  /** Milliseconds; injectable so tests can move time. */
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the next token when refused (the Retry-After value); 0 when allowed. */
  retryAfterSeconds: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly now: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  take(client: string): RateDecision {
    const { capacity, refillPerSecond, maxClients } = this.options;
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: capacity, at: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
    bucket.at = now;
    // Re-insert so Map order is least-recently-seen first.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    while (this.buckets.size > maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerSecond)) };
  }

  /** How many clients are tracked (for tests of the memory bound). */
  get size(): number {
    return this.buckets.size;
  }
}

/**
 * The rate-limit key of a peer address: IPv4 as is, IPv6 by its /64 (one
 * host usually owns a whole /64, so per-address keys would be free to rotate).
 */
export function clientKey(address: string | undefined): string {
  if (!address) return "unknown";
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (v4) return v4[1]!;
  if (!address.includes(":")) return address;
  const bare = address.split("%")[0]!;
  let groups = bare.split(":");
  if (bare.includes("::")) {
    const [head = "", tail = ""] = bare.split("::");
    const left = head ? head.split(":") : [];
    const right = tail ? tail.split(":") : [];
    groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  }
  const prefix = groups.slice(0, 4).map((g) => (Number.parseInt(g || "0", 16) || 0).toString(16));
  return `${prefix.join(":")}::/64`;
}
