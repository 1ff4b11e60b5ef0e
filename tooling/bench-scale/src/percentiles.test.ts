import { describe, expect, it } from "vitest";
import { percentile, summarise } from "./percentiles";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it("returns observed values", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it("on 20 samples, p95 is the 19th: one slow outlier does not set it", () => {
    const twenty = [...Array.from({ length: 19 }, () => 10), 5000];
    expect(percentile(twenty, 95)).toBe(10);
    expect(percentile([...twenty.slice(0, 18), 4000, 5000], 95)).toBe(4000);
  });

  it("handles one sample and none", () => {
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarise", () => {
  it("sorts numerically (not as strings) before ranking", () => {
    expect(summarise([100, 9, 80, 1000, 20])).toEqual({ n: 5, p50: 80, p95: 1000, max: 1000 });
  });
  it("is empty-safe", () => {
    expect(summarise([])).toMatchObject({ n: 0, p50: NaN, p95: NaN });
  });
});
