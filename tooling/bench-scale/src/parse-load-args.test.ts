import { describe, expect, it } from "vitest";
import { DEFAULT_ROUTES, parseLoadArgs } from "./parse-load-args";

describe("parseLoadArgs", () => {
  it("defaults to issue 10's run: 5,000 articles, 200 connections for 60 s on the heaviest page and API route", () => {
    expect(parseLoadArgs([])).toMatchObject({ articles: 5000, importFiles: 5000, connections: 200, duration: 60, routes: DEFAULT_ROUTES, build: false });
  });

  it("takes more articles (imported up to --import-files, copied beyond), other routes and a Markdown file", () => {
    const args = parseLoadArgs(["--", "--articles", "100k", "--route", "/", "--route", "/api/claims", "--markdown", "load.md", "--connections=50"]);
    expect(args).toMatchObject({ articles: 100_000, importFiles: 5000, routes: ["/", "/api/claims"], markdown: "load.md", connections: 50 });
    expect(parseLoadArgs(["--articles", "300"]).importFiles).toBe(300);
  });

  it("refuses what it cannot use, naming the option", () => {
    expect(() => parseLoadArgs(["--connections", "0"])).toThrow(/--connections/);
    expect(() => parseLoadArgs(["--route", "claims"])).toThrow(/--route/);
    expect(() => parseLoadArgs(["--nope"])).toThrow(/nope/);
  });
});
