import { describe, expect, it } from "vitest";
import { BODY, at, goldArticle, goldClaim, machineArticle, machineClaim } from "./eval-fixtures";
import { NO_OUTLET, scoreArticle } from "./score-article";

const counts = (tp: number, fp: number, fn: number) => ({ tp, fp, fn, articles: 1 });
const NONE = { tp: 0, fp: 0, fn: 0, articles: 0 };

describe("scoreArticle: claims", () => {
  const gold = goldArticle({
    fighterClaims: [
      goldClaim("2,000"),
      goldClaim("about 3,000", { low: 3000, high: 3000, qualifier: "about", claimant: "Analysts", claimantType: "analyst" }),
      goldClaim("4,500 to 6,000", { low: 4500, high: 6000, qualifier: "between", refersTo: "fled", claimantType: "analyst" }),
    ],
  });

  it("counts loose, strict, claimant type and referent on the same pairs", () => {
    const machine = machineArticle({
      fighterClaims: [
        machineClaim("2,000 fighters"), // right in every field, wider span
        machineClaim("3,000", { low: 3000, high: 3000, qualifier: "about", claimantType: "local_official" }), // wrong claimant type
        machineClaim("6,000", { low: 6000, high: 6000, refersTo: "fled", claimantType: "analyst" }), // wrong bounds and qualifier
        machineClaim("the desert"), // not a gold claim
      ],
    });
    const score = scoreArticle(gold, machine);
    expect(score.counts.claimsLoose).toEqual(counts(3, 1, 0));
    expect(score.counts.claimsStrict).toEqual(counts(2, 2, 1)); // the claimant type is not a strict field
    expect(score.counts.claimantType).toEqual(counts(2, 2, 1));
    expect(score.counts.refersTo).toEqual(counts(3, 1, 0));
    expect(score.differences).toContainEqual({ kind: "spurious-claim", section: "body", quantity: at("the desert") });
    expect(score.differences).toContainEqual({
      kind: "claim-fields",
      section: "body",
      quantity: at("3,000"),
      fields: [{ field: "claimantType", gold: "analyst", machine: "local_official" }],
    });
    // Measures the gold does not annotate are left out, not counted as perfect or as zero.
    expect(score.counts.attackTypes).toEqual(NONE);
    expect(score.counts.date).toEqual(NONE);
  });

  it("counts a number the machine read twice once right and once wrong", () => {
    const machine = machineArticle({ fighterClaims: [machineClaim("2,000"), machineClaim("2,000 fighters")] });
    const score = scoreArticle(goldArticle({ fighterClaims: [goldClaim("2,000")] }), machine);
    expect(score.counts.claimsLoose).toEqual(counts(1, 1, 0));
    expect(score.counts.claimsStrict).toEqual(counts(1, 1, 0));
  });

  it("takes a percentage read as people for a strict miss", () => {
    const machine = machineArticle({ fighterClaims: [machineClaim("2,000", { unit: "percent" })] });
    const score = scoreArticle(goldArticle({ fighterClaims: [goldClaim("2,000")] }), machine);
    expect([score.counts.claimsLoose, score.counts.claimsStrict]).toEqual([counts(1, 0, 0), counts(0, 1, 1)]);
  });

  it("counts every gold claim missed when the machine found none, and every machine claim wrong when the gold has none", () => {
    expect(scoreArticle(gold, machineArticle()).counts.claimsLoose).toEqual(counts(0, 0, 3));
    const empty = scoreArticle(goldArticle({ fighterClaims: [] }), machineArticle({ fighterClaims: [machineClaim("2,000")] }));
    expect(empty.counts.claimsLoose).toEqual(counts(0, 1, 0));
    expect(scoreArticle(goldArticle({ fighterClaims: [] }), machineArticle()).counts.claimsStrict).toEqual(counts(0, 0, 0));
  });

  it("matches headline claims only with headline claims", () => {
    const title = "Officials count 2,000 fighters";
    const headline = goldClaim("2,000", { section: "title", quantity: at("2,000", title) });
    const machine = machineArticle({ fighterClaims: [machineClaim("2,000", { section: "title", quantity: at("2,000", title) })] });
    expect(scoreArticle(goldArticle({ fighterClaims: [headline] }), machine).counts.claimsStrict).toEqual(counts(1, 0, 0));
    const bodyOnly = machineArticle({ fighterClaims: [{ ...machineClaim("2,000"), quantity: at("2,000", title) }] });
    expect(scoreArticle(goldArticle({ fighterClaims: [headline] }), bodyOnly).counts.claimsLoose).toEqual(counts(0, 1, 1));
  });

  it("finds gold quantities again in a body that shifted, and counts those not in it as missed and unanchored", () => {
    const shifted = `Share this. ${BODY}`;
    const machine = machineArticle({ body: shifted, fighterClaims: [machineClaim("2,000", { quantity: at("2,000", shifted) })] });
    const stray = goldClaim("2,000", { quantity: { start: 0, end: 5, text: "9,999" } });
    const score = scoreArticle(goldArticle({ fighterClaims: [goldClaim("2,000"), stray] }), machine);
    expect(score.counts.claimsLoose).toEqual(counts(1, 0, 1));
    expect(score.unanchored).toEqual([{ kind: "claim", section: "body", start: 0, end: 5, text: "9,999" }]);
  });
});

describe("scoreArticle: attack types", () => {
  const attack = (type: "bombing_explosion" | "kidnapping" | "armed_assault", words: string) => ({ type, trigger: at(words) });

  it("compares the article's set of types, one per type however many mentions", () => {
    const gold = goldArticle({ attacks: [attack("bombing_explosion", "car bomb"), attack("kidnapping", "kidnapped"), attack("kidnapping", "kidnapped a teacher")] });
    const machine = machineArticle({ attacks: [{ type: "bombing_explosion" }, { type: "bombing_explosion" }, { type: "armed_assault" }] });
    const score = scoreArticle(gold, machine);
    expect(score.counts.attackTypes).toEqual(counts(1, 1, 1));
    expect(score.differences).toEqual([
      { kind: "missed-attack-type", type: "kidnapping" },
      { kind: "spurious-attack-type", type: "armed_assault" },
    ]);
  });

  it("handles empty sets on either side and lists triggers not in the text", () => {
    expect(scoreArticle(goldArticle({ attacks: [] }), machineArticle()).counts.attackTypes).toEqual(counts(0, 0, 0));
    expect(scoreArticle(goldArticle({ attacks: [] }), machineArticle({ attacks: [{ type: "kidnapping" }] })).counts.attackTypes).toEqual(counts(0, 1, 0));
    const gone = scoreArticle(goldArticle({ attacks: [{ type: "kidnapping", trigger: { start: 1, end: 9, text: "abducted" } }] }), machineArticle());
    expect(gone.counts.attackTypes).toEqual(counts(0, 0, 1));
    expect(gone.unanchored).toEqual([{ kind: "attack", section: "body", start: 1, end: 9, text: "abducted" }]);
  });
});

describe("scoreArticle: dates", () => {
  const scoreDates = (gold: { date: string; precision: "day" | "month" | "year" } | null, machine: typeof gold) =>
    scoreArticle(goldArticle({ published: gold }), machineArticle({ published: machine })).counts;

  it("is right when date and precision are the same", () => {
    const c = scoreDates({ date: "2026-03-04", precision: "day" }, { date: "2026-03-04", precision: "day" });
    expect([c.date, c.datePrecision]).toEqual([counts(1, 0, 0), counts(1, 0, 0)]);
  });

  it("counts a wrong date as one false positive and one false negative, and precision apart", () => {
    const wrongDay = scoreDates({ date: "2026-03-04", precision: "day" }, { date: "2026-03-05", precision: "day" });
    expect([wrongDay.date, wrongDay.datePrecision]).toEqual([counts(0, 1, 1), counts(1, 0, 0)]);
    const vaguer = scoreDates({ date: "2026-03-04", precision: "day" }, { date: "2026-03", precision: "month" });
    expect([vaguer.date, vaguer.datePrecision]).toEqual([counts(0, 1, 1), counts(0, 1, 1)]);
  });

  it("scores a missing date as missed, and a date on an undated page as wrong", () => {
    const missed = scoreDates({ date: "2026", precision: "year" }, null);
    expect([missed.date, missed.datePrecision]).toEqual([counts(0, 0, 1), counts(0, 0, 1)]);
    const undated = scoreDates(null, { date: "2026", precision: "year" });
    expect([undated.date, undated.datePrecision]).toEqual([counts(0, 1, 0), counts(0, 1, 0)]);
    expect(scoreDates(null, null).date).toEqual(counts(0, 0, 0));
  });

  it("leaves the date out when the gold does not annotate it", () => {
    expect(scoreArticle(goldArticle(), machineArticle({ published: { date: "2026", precision: "year" } })).counts.date).toEqual(NONE);
  });
});

describe("scoreArticle: grouping keys", () => {
  it("takes the gold's outlet, else the machine's, and the machine's extractor version", () => {
    expect(scoreArticle(goldArticle({ outlet: { name: "Euphrates Wire" } }), machineArticle()).outlet).toBe("Euphrates Wire");
    expect(scoreArticle(goldArticle(), machineArticle()).outlet).toBe("Tigris Ledger");
    expect(scoreArticle(goldArticle({ outlet: null }), machineArticle()).outlet).toBe(NO_OUTLET);
    expect(scoreArticle(goldArticle(), machineArticle({ extractorVersion: "9.0.0" })).extractorVersion).toBe("9.0.0");
  });
});
