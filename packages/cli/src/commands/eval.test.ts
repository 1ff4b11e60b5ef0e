import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import { makeTempDir } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli";

const EXAMPLE_GOLD = "docs/examples/gold/gold.json";
const EXAMPLE_ARTICLE = "docs/examples/gold/tigris-ledger-desert-cells.txt";

const corpus = (args: string[]) => runCli(args);

async function evalJson(args: string[]) {
  const run = await corpus(["eval", "--json", ...args]);
  return { ...run, report: run.stdout ? JSON.parse(run.stdout) : null };
}

const LABELS = ["claims (loose)", "claims (strict)", "claimant type", "referent", "attack types", "date (exact)", "date precision"];
const MEASURE_IDS = ["claimsLoose", "claimsStrict", "claimantType", "refersTo", "attackTypes", "date", "datePrecision"];

// Each `corpus` process costs seconds to start: the runs below are as few as the cases allow.
describe("corpus eval with the example gold file", () => {
  it("prints a table of every measure and the outlet's line", async () => {
    const { code, stdout } = await corpus(["eval", EXAMPLE_GOLD, "docs/examples/gold"]);
    expect(code).toBe(0);
    expect(stdout).toContain("1 article scored against docs/examples/gold/gold.json");
    for (const label of LABELS) expect(stdout).toMatch(new RegExp(`^${label.replace(/[()]/g, "\\$&")} +`, "m"));
    expect(stdout).toMatch(/^ {2}Tigris Ledger +1 /m);
  }, 120_000);

  it("--json: one object whose counts add up to the gold's facts and the machine's", async () => {
    const { code, report } = await evalJson([EXAMPLE_GOLD, "docs/examples/gold"]);
    expect(code).toBe(0);
    const machine = JSON.parse((await corpus(["analyze", "--json", EXAMPLE_ARTICLE])).stdout);
    const gold = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, EXAMPLE_GOLD), "utf8")).articles[0];
    const m = report.overall.measures;
    for (const id of ["claimsLoose", "claimsStrict", "claimantType", "refersTo"]) {
      expect(m[id].tp + m[id].fn).toBe(gold.fighterClaims.length);
      expect(m[id].tp + m[id].fp).toBe(machine.fighterClaims.length);
    }
    expect(m.attackTypes.tp + m.attackTypes.fn).toBe(new Set(gold.attacks.map((a: { type: string }) => a.type)).size);
    expect(m.date.articles).toBe(1);
    expect(report.byOutlet.map((g: { outlet: string }) => g.outlet)).toEqual(["Tigris Ledger"]);
    expect(report.articles).toHaveLength(1);
    expect(report).toMatchObject({ notInGold: [], goldWithoutFile: [], failed: [] });
  }, 120_000);
});

describe("corpus eval against gold made of the machine's own output", () => {
  let dir: string;
  let machine: { source: string; fighterClaims: { claimantType: string; qualifier: string }[]; attacks: { type: string }[]; published: unknown }[];
  const writeGold = (name: string, articles: unknown[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, JSON.stringify({ format: "framewatch-gold/1", articles }));
    return file;
  };
  beforeAll(async () => {
    dir = makeTempDir("eval");
    machine = (await corpus(["analyze", "--json", "data/corpus"])).stdout.trim().split("\n").map((l) => JSON.parse(l));
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("accepts contract objects as gold records and scores them perfect", async () => {
    const { code, report } = await evalJson([writeGold("self.json", machine), "data/corpus"]);
    expect(code).toBe(0);
    const claims = machine.reduce((n, a) => n + a.fighterClaims.length, 0);
    expect(claims).toBeGreaterThan(0);
    for (const id of MEASURE_IDS) {
      const measure = report.overall.measures[id];
      expect(measure.fp, id).toBe(0);
      expect(measure.fn, id).toBe(0);
      if (measure.tp > 0) expect([measure.precision, measure.recall, measure.f1], id).toEqual([1, 1, 1]);
    }
    expect(report.overall.measures.claimsStrict.tp).toBe(claims);
    expect(report.overall.articles).toBe(machine.length);
  }, 120_000);

  it("counts each correction of the gold where a person expects it", async () => {
    const withClaims = machine.findIndex((a) => a.fighterClaims.length >= 2);
    const gold = structuredClone(machine);
    const article = gold[withClaims]!;
    article.fighterClaims.shift(); // the machine's claim is not in the gold: one false positive
    const corrected = article.fighterClaims[0]!;
    corrected.claimantType = corrected.claimantType === "un" ? "analyst" : "un"; // a matched claim, wrong type
    const types = new Set(article.attacks.map((a) => a.type));
    const missing = ["hijacking", "hostage_barricade", "unarmed_assault"].find((t) => !types.has(t))!;
    article.attacks.push({ type: missing, trigger: { start: 0, end: 1, text: "\u0000" } } as never); // missed, and not in the text
    article.published = null; // the page has no date: the machine's is a false positive, if it gave one
    const { code, report } = await evalJson([writeGold("corrected.json", gold), "data/corpus"]);
    expect(code).toBe(0);
    const claims = machine.reduce((n, a) => n + a.fighterClaims.length, 0);
    const m = report.overall.measures;
    expect(m.claimsLoose).toMatchObject({ tp: claims - 1, fp: 1, fn: 0 });
    expect(m.claimsStrict).toMatchObject({ tp: claims - 1, fp: 1, fn: 0 });
    expect(m.claimantType).toMatchObject({ tp: claims - 2, fp: 2, fn: 1 });
    expect(m.claimantType.accuracy).toBe(Math.round(((claims - 2) / (claims - 1)) * 10_000) / 10_000);
    expect(m.attackTypes.fn).toBe(1);
    expect(m.date.fp).toBe(machine[withClaims]!.published ? 1 : 0);
    const scored = report.articles.find((a: { source: string }) => a.source === machine[withClaims]!.source);
    expect(scored.unanchored).toEqual([{ kind: "attack", section: "body", start: 0, end: 1, text: "\u0000" }]);
    expect(scored.differences).toContainEqual({ kind: "missed-attack-type", type: missing });
  }, 120_000);

  it("reports documents not in the gold, gold articles without a file, and files changed since", async () => {
    const [first, ...rest] = machine;
    const gold = writeGold("part.json", [{ ...rest[0], source: "elsewhere/never-given.txt" }, ...rest.slice(1)]);
    const partial = await evalJson([gold, "data/corpus", "docs/examples/news-please.jsonl"]);
    expect(partial.code).toBe(0);
    expect(partial.report.notInGold).toEqual([first!.source, rest[0]!.source, ...[1, 2, 3].map((n) => `docs/examples/news-please.jsonl:${n}`)]);
    expect(partial.report.goldWithoutFile).toEqual(["elsewhere/never-given.txt"]);
    // Readable, with a path that does not exist: listed as failed (exit 1), the rest scored.
    const readable = await corpus(["eval", gold, "data/corpus", "no/such/dir"]);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toMatch(/In the gold, but no file given \(1\):\n {2}elsewhere\/never-given\.txt/);
    expect(readable.stdout).toMatch(/Not scored: failed \(1\):\n {2}no\/such\/dir: /);

    // The gold's hash says which text it describes: another text under that source fails (exit 1), the rest is scored.
    const changed = writeGold("changed.json", [{ ...first, sha256: "0".repeat(64) }, ...rest]);
    const run = await evalJson([changed, "data/corpus"]);
    expect(run.code).toBe(1);
    expect(run.report.failed).toEqual([{ source: first!.source, error: expect.stringMatching(/^changed since the gold was written/) }]);
    expect(run.report.overall.articles).toBe(rest.length);
    expect(run.stderr).toContain(`corpus eval: ${first!.source}: changed since the gold was written`);
  }, 120_000);

  it("exits 2, naming the problem, when started wrongly or the gold file is not valid", async () => {
    const alone = await corpus(["eval", EXAMPLE_GOLD]);
    expect([alone.code, alone.stderr]).toEqual([2, expect.stringContaining("no files to score")]);
    expect((await corpus(["eval", "--csv", EXAMPLE_GOLD, EXAMPLE_ARTICLE])).code).toBe(2);
    const bad = structuredClone(machine);
    const withClaim = bad.find((a) => a.fighterClaims.length > 0)!;
    withClaim.fighterClaims[0]!.qualifier = "roughly";
    const index = bad.indexOf(withClaim);
    const invalid = await corpus(["eval", writeGold("bad.json", bad), "data/corpus"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain(`articles[${index}].fighterClaims[0].qualifier`);
    expect(invalid.stdout).toBe("");
    const twice = await corpus(["eval", writeGold("twice.json", [machine[0], machine[0]]), "data/corpus"]);
    expect([twice.code, twice.stderr]).toEqual([2, expect.stringContaining(`articles[1]: same source "${machine[0]!.source}" as articles[0]`)]);
  }, 120_000);
});
