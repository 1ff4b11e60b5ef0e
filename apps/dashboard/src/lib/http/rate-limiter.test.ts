import { describe, expect, it } from "vitest";
import { clientKey, RateLimiter } from "./rate-limiter";

describe("RateLimiter", () => {
  it("allows a burst of `capacity`, then refuses with Retry-After until tokens come back", () => {
    let now = 0;
    const limiter = new RateLimiter({ capacity: 3, refillPerSecond: 0.5, maxClients: 10, now: () => now });
    expect([1, 2, 3].map(() => limiter.take("a").allowed)).toEqual([true, true, true]);
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 2 });
    // Another client has its own bucket.
    expect(limiter.take("b").allowed).toBe(true);
    now += 1000;
    expect(limiter.take("a")).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1000;
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(false);
    now += 60_000;
    expect([1, 2, 3, 4].map(() => limiter.take("a").allowed)).toEqual([true, true, true, false]);
  });

  it("keeps at most maxClients buckets, forgetting the least recently seen", () => {
    const limiter = new RateLimiter({ capacity: 1, refillPerSecond: 0.001, maxClients: 2, now: () => 0 });
    limiter.take("a");
    limiter.take("b");
    limiter.take("a");
    limiter.take("c");
    expect(limiter.size).toBe(2);
    expect(limiter.take("a").allowed).toBe(false); // still remembered
    expect(limiter.take("b").allowed).toBe(true); // forgotten, starts full
  });
});

describe("clientKey", () => {
  it("keys IPv4 by address and IPv6 by /64", () => {
    expect(clientKey("127.0.0.1")).toBe("127.0.0.1");
    expect(clientKey("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(clientKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(clientKey("::1")).toBe("0:0:0:0::/64");
    expect(clientKey(undefined)).toBe("unknown");
  });
});
