import { describe, expect, it } from "vitest";
import { formatFields } from "./fact-display";

describe("formatFields", () => {
  const claim = { low: 40, high: 40, qualifier: "exact", claimant: "a UN panel", claimantType: "un", refersTo: "fled" };

  it("names a share's unit and leaves people, the default, unsaid", () => {
    expect(formatFields("claim", { ...claim, unit: "percent" })).toBe("exact 40–40 percent, fled; a UN panel (un)");
    expect(formatFields("claim", { ...claim, unit: "people" })).toBe("exact 40–40, fled; a UN panel (un)");
    // A machine claim's correctable fields hold no unit.
    expect(formatFields("claim", claim)).toBe("exact 40–40, fled; a UN panel (un)");
  });
});
