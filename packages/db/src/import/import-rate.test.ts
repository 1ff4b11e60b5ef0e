import { describe, expect, it } from "vitest";
import { secondsLeft, trackImportRate } from "./import-rate";

describe("import rate", () => {
  it("measures articles/s over the window, not the whole run", () => {
    const rate = trackImportRate(10_000, 1_000);
    expect(rate.add(0, 0)).toBeNull();
    expect(rate.add(500, 50)).toBeNull(); // under a second of samples: no rate yet
    expect(rate.add(5_000, 1_500)).toBe(300);
    // 20 s in, the first samples have left the 10 s window: 1,500 more in 15 s, not 2,000 in 20 s.
    expect(rate.add(20_000, 3_000)).toBe(100);
  });

  it("derives the time left, unknown while nothing moves", () => {
    expect(secondsLeft(9_000, 300)).toBe(30);
    expect(secondsLeft(10, 3)).toBe(4);
    expect(secondsLeft(10, null)).toBeNull();
    expect(secondsLeft(10, 0)).toBeNull();
    expect(secondsLeft(0, null)).toBe(0);
  });
});
