import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import { applyMigrations } from "@framewatch/db/migrate";
import type { EmbeddedServer } from "@framewatch/db/server";
import { createScratchDatabase, startThrowawayPostgres } from "@framewatch/db/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFactTables, replicateArticles, type ReplicationBase } from "./replicate-articles";
import { runCorpusImport } from "./run-corpus-import";

// Real PostgreSQL, real `corpus import` of the bundled corpus, then copies in SQL.
describe("replicateArticles", () => {
  let server: EmbeddedServer;
  let client: pg.Client;
  let base: ReplicationBase;
  let originals: { articles: number; facts: Record<string, number> };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-replicate-"));

  const counts = async () => {
    const facts: Record<string, number> = {};
    for (const f of await readFactTables(client)) {
      facts[f.table] = Number((await client.query(`SELECT count(*) AS n FROM "${f.table}"`)).rows[0].n);
    }
    const articles = Number((await client.query(`SELECT count(*) AS n FROM "Article"`)).rows[0].n);
    return { articles, facts };
  };

  beforeAll(async () => {
    server = await startThrowawayPostgres();
    const url = await createScratchDatabase(server, "replicate");
    await applyMigrations(url);
    const run = await runCorpusImport(url, [path.join(REPO_ROOT, "data", "corpus")], path.join(tmp, "import.log"));
    expect(run.exitCode, fs.readFileSync(path.join(tmp, "import.log"), "utf8")).toBe(0);
    client = new pg.Client({ connectionString: url });
    await client.connect();
    originals = await counts();
    // A real `corpus import` (tsx start-up, analysis, PostgreSQL): minutes on a loaded two-core machine.
  }, 300_000);

  afterAll(async () => {
    await client?.end();
    await server?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("finds the fact tables through their foreign keys", async () => {
    const tables = (await readFactTables(client)).map((f) => f.table);
    expect(tables).toEqual(expect.arrayContaining(["FighterClaim", "AttackMention", "FramingSignal"]));
  });

  it("grows to exactly the target with unique identities and every original's facts copied", async () => {
    expect(originals.articles).toBe(5);
    base = await replicateArticles(client, 12, null);
    expect(base).toMatchObject({ count: 5, rounds: 2 });
    const after = await counts();
    expect(after.articles).toBe(12);
    const unique = await client.query(`SELECT count(DISTINCT sha256) AS s, count(DISTINCT source) AS src FROM "Article"`);
    expect(Number(unique.rows[0].s)).toBe(12);
    expect(Number(unique.rows[0].src)).toBe(12);
    // Each copy carries exactly its original's facts.
    const mismatched = await client.query(
      `SELECT c.id FROM "Article" c JOIN "Article" o ON o.id = c.id - $1 * ((c.id - 1) / $1)
        WHERE c.id > $1
          AND ((SELECT count(*) FROM "FighterClaim" WHERE "articleId" = c.id) <> (SELECT count(*) FROM "FighterClaim" WHERE "articleId" = o.id)
            OR (SELECT count(*) FROM "FramingSignal" WHERE "articleId" = c.id) <> (SELECT count(*) FROM "FramingSignal" WHERE "articleId" = o.id))`,
      [base.stride],
    );
    expect(mismatched.rows).toEqual([]);
    for (const [table, n] of Object.entries(after.facts)) expect(n, table).toBeGreaterThanOrEqual(originals.facts[table]! * 2);
  });

  it("shifts dates within a year, keeping each date consistent with its interval", async () => {
    const { rows } = await client.query(
      `SELECT c."publishedDate" AS date, c."publishedPrecision"::text AS precision,
              to_char(c."publishedEarliest", 'YYYY-MM-DD') AS earliest, to_char(c."publishedLatest", 'YYYY-MM-DD') AS latest,
              abs(c."publishedEarliest" - o."publishedEarliest") AS days
         FROM "Article" c JOIN "Article" o ON o.id = c.id - $1 * ((c.id - 1) / $1)
        WHERE c.id > $1 AND c."publishedDate" IS NOT NULL`,
      [base.stride],
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.days).toBeLessThanOrEqual(367);
      expect(r.earliest <= r.latest).toBe(true);
      if (r.precision === "day") expect(r.date).toBe(r.earliest);
      if (r.precision === "month") expect([r.earliest.slice(0, 7), r.latest.slice(0, 7)]).toEqual([r.date, r.date]);
      if (r.precision === "year") {
        expect(Number(r.date)).toBeGreaterThanOrEqual(Number(r.earliest.slice(0, 4)));
        expect(Number(r.date)).toBeLessThanOrEqual(Number(r.latest.slice(0, 4)));
      }
    }
  });

  it("grows again from the originals, and new rows still get fresh ids", async () => {
    base = await replicateArticles(client, 20, base);
    expect((await counts()).articles).toBe(20);
    expect(base.rounds).toBe(4);
    const { rows } = await client.query(`SELECT count(*) AS n FROM "Article" WHERE source LIKE '%#copy-%#copy-%'`);
    expect(Number(rows[0].n)).toBe(0);
    const inserted = await client.query(
      `INSERT INTO "Article" (source, sha256, raw, body, "extractorVersion") VALUES ('x', 'x', 'x', 'x', 'x') RETURNING id`,
    );
    expect(inserted.rows[0].id).toBeGreaterThan(base.stride * 4);
  });
});
