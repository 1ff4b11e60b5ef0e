import { describe, expect, it } from "vitest";
import { describeDuration, describeState, formatDuration, formatWhen, runName } from "./describe-run";

describe("describe-run", () => {
  it("formats moments in UTC and lengths in the largest units that read well", () => {
    expect(formatWhen("2026-11-29T14:05:09.123Z")).toBe("2026-11-29 14:05 UTC");
    expect(formatDuration(400)).toBe("0.4 s");
    expect(formatDuration(12_400)).toBe("12 s");
    expect(formatDuration(184_000)).toBe("3 min 4 s");
    expect(formatDuration(7_500_000)).toBe("2 h 5 min");
    expect(formatDuration(-1)).toBe("–");
    expect(describeDuration({ finishedAt: "2026-11-29T14:00:30.000Z", durationMs: 30_000 })).toBe("30 s");
    expect(describeDuration({ finishedAt: null, durationMs: 120_000 })).toBe("running for 2 min 0 s");
  });

  it("names the state, interrupted and deleted runs included", () => {
    expect(describeState({ state: "finished", finishedAt: "x", deleted: null })).toBe("finished");
    expect(describeState({ state: "running", finishedAt: null, deleted: null })).toBe("running");
    expect(describeState({ state: "interrupted", finishedAt: null, deleted: null })).toBe("interrupted, finishing queued files");
    expect(describeState({ state: "interrupted", finishedAt: "x", deleted: { at: "", by: "", articles: 1, claims: 0, attacks: 0, signals: 0 } })).toBe("interrupted; articles deleted");
    expect(runName({ id: 3, kind: "reanalyse" })).toBe("re-analysis #3");
    expect(runName({ id: 12, kind: "import" })).toBe("import #12");
  });
});
