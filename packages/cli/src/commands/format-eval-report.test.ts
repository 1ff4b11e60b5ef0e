import { scoreArticle, summariseScores, type MachineArticle } from "@framewatch/corpus-model/eval";
import { describe, expect, it } from "vitest";
import { formatEvalReport } from "./format-eval-report";

const BODY = "About 300 fighters remain, the mayor said.";
const machine = (fields: Partial<MachineArticle>): MachineArticle => ({
  source: "a.txt",
  title: null,
  body: BODY,
  outlet: { name: "Tigris Ledger" },
  published: null,
  fighterClaims: [],
  attacks: [],
  extractorVersion: "2.1.0",
  ...fields,
});
const notes = { gold: "gold.json", extractorVersions: ["2.1.0"], notInGold: [], duplicates: [], failed: [], goldWithoutFile: [] };

describe("formatEvalReport", () => {
  it("shows percentages, '–' where there was nothing to count, and the counts", () => {
    const score = scoreArticle({ source: "a.txt", attacks: [], published: { date: "2026", precision: "year" } }, machine({ published: { date: "2025", precision: "year" } }));
    const report = formatEvalReport(summariseScores([score]), notes);
    expect(report).toMatch(/^attack types +– +– +– +0 +0 +0 +1$/m);
    expect(report).toMatch(/^date \(exact\) +0\.0% +0\.0% +0\.0% +0 +1 +1 +1$/m);
    expect(report).toMatch(/^date precision +100\.0% +100\.0% +100\.0% +1 +0 +0 +1$/m);
    expect(report).toMatch(/^claims \(loose\) +– +– +– +0 +0 +0 +0$/m);
    expect(report).not.toContain("by extractor version");
  });

  it("adds F1 by extractor version when the articles come from several", () => {
    const gold = { source: "a.txt", attacks: [] };
    const scores = [scoreArticle(gold, machine({})), scoreArticle(gold, machine({ extractorVersion: "2.2.0", attacks: [{ type: "kidnapping" }] }))];
    const report = formatEvalReport(summariseScores(scores), { ...notes, extractorVersions: ["2.1.0", "2.2.0"] });
    expect(report).toContain("F1 by extractor version:");
    expect(report).toMatch(/^ {2}2\.2\.0 +1 +– +– +– +– +0\.0% +– +–$/m);
  });
});
