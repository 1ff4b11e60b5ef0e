import { describe, expect, it } from "vitest";
import { canonicalQuery, FILTER_KEYS, readViewState, withExplicitFacts } from "../view-state";
import { validateChartParams, validateListParams } from "./api-params";
import { describeOptions, exportFileName } from "./charts";

// The fact mode (docs/review.md "Modes") as URL state and as an API parameter.
describe("fact mode parameter", () => {
  it("defaults to applied and reads the three modes on the views of claims and attacks", () => {
    expect(readViewState("claims", "").state.facts).toBe("applied");
    expect(readViewState("claims", "?facts=machine").state.facts).toBe("machine");
    expect(readViewState("attacks", "?facts=reviewed").state.facts).toBe("reviewed");
    expect(readViewState("overview", "?facts=machine").state.facts).toBe("machine");
    // Framing is not reviewable: the parameter is unknown there.
    expect(readViewState("framing", "?facts=machine").problems).toEqual([{ param: "facts", value: "machine", reason: "unknown" }]);
  });

  it.each([
    ["claims", "facts=raw"],
    ["attacks", "facts=Applied"],
    ["naming", "facts=machine"],
  ])("%s?%s is a 400 naming facts", (chart, query) => {
    const r = validateChartParams(chart, new URLSearchParams(query), [1]);
    expect(r).toMatchObject({ ok: false, status: 400, parameter: "facts" });
  });

  it("the claims list and the attack evidence take it; a bad value is a 400", () => {
    const list = validateListParams("claims", new URLSearchParams("facts=reviewed"), { allowed: [...FILTER_KEYS, "facts"] });
    expect(list.ok && list.state.facts).toBe("reviewed");
    expect(validateListParams("claims", new URLSearchParams("facts=all"), { allowed: [...FILTER_KEYS, "facts"] })).toMatchObject({ ok: false, status: 400, parameter: "facts" });
    const evidence = validateListParams("attacks", new URLSearchParams("facts=machine&sel=attack:1:bombing_explosion"), { allowed: [...FILTER_KEYS, "sel", "facts"] });
    expect(evidence.ok && evidence.state.facts).toBe("machine");
  });

  it("permalinks carry the mode explicitly, default included, and round-trip it", () => {
    const applied = withExplicitFacts("claims", canonicalQuery("claims", readViewState("claims", "?outlets=1").state));
    expect(applied).toBe("?facts=applied&outlets=1&v=1");
    expect(readViewState("claims", applied).state.facts).toBe("applied");
    const machine = withExplicitFacts("attacks", canonicalQuery("attacks", readViewState("attacks", "?facts=machine").state));
    expect(machine).toBe("?facts=machine&v=1");
    expect(readViewState("attacks", machine)).toMatchObject({ state: { facts: "machine" }, problems: [] });
    // Views without a mode keep their links as they were.
    expect(withExplicitFacts("framing", "?dim=actors&v=1")).toBe("?dim=actors&v=1");
  });

  it("exports say which facts they hold: file name and subtitle", () => {
    const day = new Date(2026, 10, 22);
    expect(exportFileName("claims", "csv", day, "machine")).toBe("framewatch-claims-machine-2026-11-22.csv");
    expect(exportFileName("attacks", "json", day, "applied")).toBe("framewatch-attacks-applied-2026-11-22.json");
    expect(exportFileName("naming", "csv", day, "machine")).toBe("framewatch-naming-2026-11-22.csv");
    const state = readViewState("claims", "?facts=reviewed").state;
    expect(describeOptions("claims", state)).toContain("reviewed only");
  });
});
