import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@framewatch/db";
import { importCorpus } from "@framewatch/db/import";
import { measureMachine } from "@framewatch/db/review";
import { makeTempDir, recordSampleReviews, writeSampleReviewArticles } from "@framewatch/db/testing";
import { createTestDatabase } from "@framewatch/db/testing/database";
import { qualityHandler, type QualityResponse } from "./quality-handler";

// GET /api/quality over a real PostgreSQL holding the three sample review articles (db/testing/sample-reviews.ts).
let prisma: PrismaClient;
let dir: string;

beforeAll(async () => {
  const db = await createTestDatabase("quality");
  prisma = db.prisma;
  const url = db.url;
  dir = makeTempDir("framewatch-quality-");
  writeSampleReviewArticles(dir);
  await importCorpus(url, [dir], { cwd: dir });
});

afterAll(async () => {
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (query = "") => qualityHandler({ prisma: () => prisma })(new Request(`http://127.0.0.1/api/quality${query}`));

describe("GET /api/quality", () => {
  it("answers an empty measure while nothing is reviewed", async () => {
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const body = (await res.json()) as QualityResponse;
    expect(body).toMatchObject({ reviewedArticles: 0, measuredArticles: 0, overall: { articles: 0 }, byOutlet: [], byExtractorVersion: [] });
    expect(body.overall.measures.claimsLoose).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
  });

  it("answers the reviewed figures, as measureMachine computes them, with the measures' definitions", async () => {
    await recordSampleReviews(prisma, { id: "u-ed", name: "Ed Editor", email: "ed@example.org" });
    const res = await get();
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.length).toBeLessThan(1024 * 1024);
    const body = JSON.parse(text) as QualityResponse;
    expect(body).toMatchObject({ reviewedArticles: 3, measuredArticles: 2, incompleteArticles: 1, claimsComplete: 2, attacksComplete: 1, truncated: false });
    expect(body.measureDefinitions.map((m) => m.id)).toContain("claimsStrict");
    // c-wire (accepted) and a-courier: 4 gold claims (one added), 4 machine claims (one rejected), 3 paired.
    expect(body.overall.measures.claimsLoose).toMatchObject({ tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(body.overall.measures.attackTypes).toMatchObject({ tp: 2, fp: 0, fn: 0, articles: 1 });
    const { overall, byOutlet, byExtractorVersion } = await measureMachine(prisma);
    expect({ overall: body.overall, byOutlet: body.byOutlet, byExtractorVersion: body.byExtractorVersion }).toEqual({ overall, byOutlet, byExtractorVersion });
  });

  it("refuses query parameters (400, naming the parameter)", async () => {
    const res = await get("?outlet=1");
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ parameter: "outlet" });
  });
});
