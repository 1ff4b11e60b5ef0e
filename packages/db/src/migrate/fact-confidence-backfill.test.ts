import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { attackConfidence, claimConfidence } from "@framewatch/corpus-model/review";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { importCorpus } from "../import/import-corpus";
import { REPO_ROOT } from "../paths";
import { createTestDatabase } from "../testing/create-test-database";
import { MIGRATIONS_DIR } from "./read-migrations";

// Facts imported before the confidence column get it from the migration's SQL, which mirrors
// corpus-model's rules; the import writes it from corpus-model itself. Both must agree, fact by fact.
const MIGRATION = path.join(MIGRATIONS_DIR, "20261129222134_fact_confidence", "migration.sql");

/** The migration's two backfill UPDATEs, as written there (each runs from its marker to the next ";"). */
function backfillStatements(): string[] {
  const sql = fs.readFileSync(MIGRATION, "utf8");
  return ["FighterClaim", "AttackMention"].map((table) => {
    const start = sql.indexOf(`-- backfill:${table}\n`);
    expect(start, `marker for ${table}`).toBeGreaterThanOrEqual(0);
    return sql.slice(start, sql.indexOf(";", start) + 1);
  });
}

let prisma: PrismaClient;
let url: string;
let ownerUrl: string;

beforeAll(async () => {
  ({ prisma, url, ownerUrl } = await createTestDatabase("confidence"));
  await importCorpus(url, [path.join(REPO_ROOT, "data", "corpus")], { cwd: REPO_ROOT });
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("fact confidence", () => {
  it("is written by the import from corpus-model's rules", async () => {
    const claims = await prisma.fighterClaim.findMany();
    const attacks = await prisma.attackMention.findMany();
    expect(claims.length).toBeGreaterThan(10);
    expect(attacks.length).toBeGreaterThan(3);
    // The bundled corpus spans several scores, so an import writing one constant would fail here.
    expect(new Set(claims.map((c) => c.confidence)).size).toBeGreaterThan(2);
    for (const c of claims) expect(c.confidence, `claim ${c.id}`).toBe(claimConfidence(c));
    for (const a of attacks) expect(a.confidence, `attack ${a.id}`).toBe(attackConfidence(a));
  });

  it("is filled for older rows by the migration's SQL, with the same values", async () => {
    const before = new Map((await prisma.fighterClaim.findMany()).map((c) => [c.id, c.confidence]));
    const beforeAttacks = new Map((await prisma.attackMention.findMany()).map((a) => [a.id, a.confidence]));
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      // Rows as an older import left them: no trustworthy confidence (the column is NOT NULL, so a sentinel).
      await client.query(`UPDATE "FighterClaim" SET "confidence" = -1`);
      await client.query(`UPDATE "AttackMention" SET "confidence" = -1`);
      for (const statement of backfillStatements()) await client.query(statement);
    } finally {
      await client.end();
    }
    const claims = await prisma.fighterClaim.findMany();
    const attacks = await prisma.attackMention.findMany();
    for (const c of claims) expect(c.confidence, `claim ${c.id}: ${c.rules.join(" ")}`).toBe(before.get(c.id));
    for (const a of attacks) expect(a.confidence, `attack ${a.id}: ${a.triggerText}`).toBe(beforeAttacks.get(a.id));
  });

  it("the SQL follows every rule of claimConfidence, not only the bundled corpus's", async () => {
    // Rule combinations the corpus may not hold: each weakness alone and together.
    const cases: { rules: string[]; claimantType: string }[] = [
      { rules: [], claimantType: "unknown" },
      { rules: ["vague:dozens", "referent:remaining", "claimant:named", "type:official"], claimantType: "official" },
      { rules: ["referent:x", "claimant:publisher", "type:theatre:iraq"], claimantType: "media" },
      { rules: ["referent:x", "claimant:relay", "type:linked:prev"], claimantType: "official" },
      { rules: ["referent:x", "claimant:continuation", "type:x"], claimantType: "unknown" },
      { rules: ["vague:some", "claimant:publisher", "type:theatre:x"], claimantType: "unknown" },
    ];
    const [article] = await prisma.article.findMany({ take: 1, orderBy: { id: "asc" } });
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`DELETE FROM "FighterClaim"`);
      for (const [i, c] of cases.entries()) {
        await client.query(
          `INSERT INTO "FighterClaim" ("articleId", "ordinal", "qualifier", "unit", "claimant", "claimantType", "refersTo", "quantityText", "quantityStart", "quantityEnd", "sentence", "sentenceStart", "sentenceEnd", "rules", "confidence")
           VALUES ($1, $2, 'exact', 'people', 'x', $3, 'remaining', '1', 0, 1, 'x', 0, 1, $4, -1)`,
          [article!.id, i, c.claimantType, c.rules],
        );
      }
      await client.query(backfillStatements()[0]!);
      const { rows } = await client.query<{ ordinal: number; confidence: number }>(`SELECT "ordinal", "confidence" FROM "FighterClaim" ORDER BY "ordinal"`);
      expect(rows.map((r) => r.confidence)).toEqual(cases.map((c) => claimConfidence(c)));
    } finally {
      await client.query("ROLLBACK");
      await client.end();
    }
  });
});
