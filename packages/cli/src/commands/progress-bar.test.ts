import { describe, expect, it } from "vitest";
import { describeRate, formatDuration } from "./progress-bar";

describe("progress bar figures", () => {
  it("words the rate and the time left", () => {
    expect(describeRate(300, 9_000)).toBe("300 articles/s, ETA 30s");
    expect(describeRate(null, 10)).toBe("");
    expect(describeRate(0, 5)).toBe("0 articles/s");
  });

  it("formats durations for a terminal", () => {
    expect(formatDuration(42.4)).toBe("42s");
    expect(formatDuration(65)).toBe("1m05s");
    expect(formatDuration(3 * 3600 + 7 * 60)).toBe("3h07m");
  });
});
