import { describe, expect, it } from "vitest";
import { parseArgs, parseCount } from "./parse-args";

describe("parseArgs", () => {
  it("has the issue's defaults: 100,000 articles, 5,000 import files, 20 clients for 20 s", () => {
    expect(parseArgs([])).toMatchObject({ articles: [100_000], ingestFiles: 5000, connections: 20, duration: 20, build: true, routes: null });
  });

  it("reads sizes as lists with k suffixes, in either flag form", () => {
    expect(parseArgs(["--articles", "5k,100k"]).articles).toEqual([5000, 100_000]);
    expect(parseArgs(["--articles=100_000"]).articles).toEqual([100_000]);
    expect(parseArgs(["--", "--ingest-files", "1.5k"]).ingestFiles).toBe(1500);
  });

  it("rejects sizes out of order, zero, fractions and unknown flags", () => {
    expect(() => parseArgs(["--articles", "100k,5k"])).toThrow(/ascending/);
    expect(() => parseArgs(["--articles", "0"])).toThrow(/>= 1/);
    expect(() => parseArgs(["--ingest-files", "2.5"])).toThrow(/whole number/);
    expect(() => parseArgs(["--articles"])).toThrow(/needs a value/);
    expect(() => parseArgs(["--articles", "--no-build"])).toThrow(/needs a value/);
    expect(() => parseArgs(["--frobnicate"])).toThrow(/unknown argument/);
    expect(() => parseArgs(["--routes", "("])).toThrow(/regular expression/);
  });

  it("reads the switches and paths", () => {
    const args = parseArgs(["--no-build", "--markdown", "docs/performance.md", "--json=out.json", "--routes", "^/api", "--duration", "0"]);
    expect(args).toMatchObject({ build: false, markdown: "docs/performance.md", json: "out.json", duration: 0 });
    expect(args.routes?.test("/api/charts/claims")).toBe(true);
    expect(args.routes?.test("/claims")).toBe(false);
    expect(parseArgs([])).toMatchObject({ keep: null, setupOnly: false });
    expect(parseArgs(["--keep", "/tmp/k", "--setup-only"])).toMatchObject({ keep: "/tmp/k", setupOnly: true });
    expect(() => parseArgs(["--keep"])).toThrow(/needs a value/);
  });
});

describe("parseCount", () => {
  it.each([
    ["5000", 5000],
    ["5k", 5000],
    ["2M", 2_000_000],
    ["1_000", 1000],
  ])("%s -> %d", (raw, n) => expect(parseCount("--x", raw)).toBe(n));
  it.each(["", "-5", "5e3", "k", "1.2345k"])("rejects %j", (raw) => expect(() => parseCount("--x", raw)).toThrow());
});
