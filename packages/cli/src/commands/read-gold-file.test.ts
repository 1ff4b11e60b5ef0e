import fs from "node:fs";
import path from "node:path";
import { makeTempDir } from "@framewatch/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { GoldFileError, readGoldFile } from "./read-gold-file";

const dir = makeTempDir("gold");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(value: unknown): string {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(file, typeof value === "string" ? value : JSON.stringify(value));
  return file;
}

const claim = { low: 300, high: null, qualifier: "at_least", unit: "people", claimant: "the mayor", claimantType: "local_official", refersTo: "crossed", quantity: { start: 1, end: 13, text: "At least 300" } };
const gold = (article: object) => ({ format: "framewatch-gold/1", articles: [{ source: "a.txt", ...article }] });
const problem = (value: unknown) => {
  try {
    readGoldFile(write(value));
  } catch (error) {
    if (error instanceof GoldFileError) return error.message;
    throw error;
  }
  return null;
};

describe("readGoldFile", () => {
  it("reads a gold file, dropping the contract fields it does not use", () => {
    const read = readGoldFile(write(gold({ title: "T", body: "…", fighterClaims: [{ ...claim, rules: ["x"] }], published: null })));
    expect(read.articles[0]).toEqual({ source: "a.txt", fighterClaims: [claim], published: null });
  });

  it("names each problem with where it is", () => {
    expect(problem(gold({ fighterClaims: [{ ...claim, claimantType: "mayor" }] }))).toContain("articles[0].fighterClaims[0].claimantType");
    expect(problem(gold({ fighterClaims: [{ ...claim, quantity: { start: 1, end: 5, text: "At least 300" } }] }))).toContain(
      "articles[0].fighterClaims[0].quantity: end - start must be the length of text",
    );
    expect(problem(gold({ fighterClaims: [{ ...claim, low: 500, high: 400 }] }))).toContain("low must not exceed high");
    expect(problem(gold({ published: { date: "2026-03", precision: "day" } }))).toContain("articles[0].published: date must be an ISO date");
    expect(problem(gold({ published: { date: "2026-13-45", precision: "day" } }))).toContain("articles[0].published");
    expect(problem(gold({ sha256: "abc" }))).toContain("articles[0].sha256: sha256 must be 64 hexadecimal digits");
    expect(problem(gold({ attacks: [{ type: "raid", trigger: { start: 0, end: 4, text: "raid" } }] }))).toContain("articles[0].attacks[0].type");
    expect(problem({ format: "other", articles: [] })).toContain('format: format must be "framewatch-gold/1"');
    expect(problem("[1,")).toMatch(/^not valid JSON/);
  });

  it("refuses two articles with the same source or the same sha256", () => {
    const sha = "a".repeat(64);
    const twice = { format: "framewatch-gold/1", articles: [{ source: "a.txt", sha256: sha }, { source: "b.txt", sha256: sha.toUpperCase() }] };
    expect(problem(twice)).toContain(`articles[1]: same sha256 ${sha} as articles[0]`);
  });

  it("says when the file cannot be read", () => {
    expect(() => readGoldFile(path.join(dir, "missing.json"))).toThrow("cannot read: ENOENT");
  });
});
