import { describe, expect, it } from "vitest";
import { describeRate, formatDuration } from "./progress-bar";

describe("progress bar figures", () => {
  it("measures articles/s over the window and derives the time left", () => {
    const samples = [
      { t: 0, done: 100 },
      { t: 5_000, done: 1_600 },
    ];
    expect(describeRate(samples, 1_600, 10_600)).toBe("300 articles/s, ETA 30s");
    expect(describeRate([{ t: 0, done: 0 }], 0, 10)).toBe("");
    expect(describeRate([{ t: 0, done: 5 }, { t: 2_000, done: 5 }], 5, 10)).toBe("0 articles/s");
  });

  it("formats durations for a terminal", () => {
    expect(formatDuration(42.4)).toBe("42s");
    expect(formatDuration(65)).toBe("1m05s");
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe("3h07m");
  });
});
