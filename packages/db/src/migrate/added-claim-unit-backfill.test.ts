import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { unitOfQuantity } from "@framewatch/corpus-model/review";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { importCorpus } from "../import/import-corpus";
import { closeDetachedDecision } from "../review/close-detached-decision";
import { recordDecision, type DecisionInput } from "../review/record-decision";
import { createTestDatabase } from "../testing/create-test-database";
import { writeSampleReviewArticles } from "../testing/sample-reviews";
import { makeTempDir } from "../testing/start-throwaway-postgres";
import { MIGRATIONS_DIR } from "./read-migrations";

// Decisions on added claims stored before the unit was one of their fields get it from the migration's SQL, by
// the rule the reader's form prefills from (corpus-model unitOfQuantity); new ones store what the analyst saved.
// Both must agree, so the read paths (fact modes, reviewed gold) have one source whatever a decision's age.
const MIGRATION = path.join(MIGRATIONS_DIR, "20261130014500_added_claim_unit", "migration.sql");

/** The migration's back-fill UPDATE, as written there (from its marker to the next ";"). */
function backfillStatement(): string {
  const sql = fs.readFileSync(MIGRATION, "utf8");
  const start = sql.indexOf("-- backfill:ReviewDecision\n");
  expect(start, "marker").toBeGreaterThanOrEqual(0);
  return sql.slice(start, sql.indexOf(";", start) + 1);
}

// A fourth article beside the review samples: shares, written with a percent sign and in words.
const SHARE_SENTENCE = "A Kurdish official said some 40% of the fighters had fled, and a UN panel put those who stayed at 33 per cent.";
const SHARE_ARTICLE = `Most fighters fled the district, officials say

Source: Euphrates Courier

${SHARE_SENTENCE}
`;

const ana = { id: "u-ana", name: "Ana Analyst", email: "ana@example.org" };
let prisma: PrismaClient;
let ownerUrl: string;
let dir: string;

beforeAll(async () => {
  let url: string;
  ({ prisma, url, ownerUrl } = await createTestDatabase("unit"));
  dir = makeTempDir("framewatch-unit-");
  writeSampleReviewArticles(dir);
  fs.writeFileSync(path.join(dir, "d-share.txt"), SHARE_ARTICLE);
  await importCorpus(url, [dir], { cwd: dir });
});

afterAll(async () => {
  await prisma?.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function withOwner<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const FIELDS = { low: 30, high: 30, qualifier: "about", claimant: "Villagers", claimantType: "unknown", refersTo: "fled" };

describe("the added claim unit back-fill", () => {
  it("gives older decisions on added claims the unit the prefill gives, in after and before, and touches nothing else", async () => {
    const article = async (name: string) => prisma.article.findFirstOrThrow({ where: { source: { endsWith: name } }, include: { claims: true, attacks: true } });
    const [a, d] = [await article("a-courier.txt"), await article("d-share.txt")];
    const record = async (input: DecisionInput) => {
      const r = await recordDecision(prisma, input, ana);
      if (r.status !== "recorded") throw new Error(`${JSON.stringify(input)}: ${JSON.stringify(r)}`);
      return r.decision;
    };
    /** Adds a claim at `words` in `sentence` with the unit the reader's form would prefill. */
    const add = (art: typeof a, sentence: string, words: string, unit = unitOfQuantity(words)) => {
      const sentenceStart = art.body.indexOf(sentence);
      const anchorStart = art.body.indexOf(words, sentenceStart);
      expect(sentenceStart).toBeGreaterThanOrEqual(0);
      expect(anchorStart).toBeGreaterThanOrEqual(0);
      return record({
        articleId: art.id,
        kind: "claim",
        action: "add",
        basedOn: null,
        fields: { ...FIELDS, unit },
        anchor: { sentenceStart, sentenceEnd: sentenceStart + sentence.length, anchorStart, anchorEnd: anchorStart + words.length },
      });
    };

    // People, then corrected, rejected and brought back (the correction starts from the rejection's `before`).
    const thirty = await add(a, "Villagers said the last holdouts, perhaps thirty men, fled into the hills with their weapons.", "perhaps thirty");
    const fix = await record({ articleId: a.id, kind: "claim", action: "correct", addedId: thirty.id, basedOn: thirty.id, fields: { high: 31 } });
    const gone = await record({ articleId: a.id, kind: "claim", action: "reject", reason: "other", addedId: thirty.id, basedOn: fix.id });
    await record({ articleId: a.id, kind: "claim", action: "correct", addedId: thirty.id, basedOn: gone.id, fields: { high: 32 } });
    // Shares, with a percent sign and in words; one accepted.
    const forty = await add(d, SHARE_SENTENCE, "some 40%");
    await record({ articleId: d.id, kind: "claim", action: "accept", addedId: forty.id, basedOn: forty.id });
    const stayed = await add(d, SHARE_SENTENCE, "33 per cent");
    // Detached by a re-analysis and closed: the close copies what it closed into its `before`.
    await prisma.reviewDecision.update({ where: { id: stayed.id }, data: { detachedAt: new Date() } });
    const closed = await closeDetachedDecision(prisma, { decisionId: stayed.id }, ana);
    expect(closed).toMatchObject({ status: "closed", decision: { before: { unit: "percent" } } });
    // Decisions that are about no added claim: a machine claim's correction, an added attack.
    await record({ articleId: a.id, kind: "claim", action: "correct", factId: a.claims[0]!.id, basedOn: null, fields: { claimantType: "un" } });
    const shepherds = a.body.indexOf("Local police said");
    await record({
      articleId: a.id,
      kind: "attack",
      action: "add",
      basedOn: null,
      fields: { type: "kidnapping" },
      anchor: { sentenceStart: shepherds, sentenceEnd: a.body.indexOf(".", shepherds) + 1, anchorStart: shepherds + "Local police said militants ".length, anchorEnd: shepherds + "Local police said militants kidnapped".length },
    });
    // An analyst who saved a unit other than the prefill's: a stored unit is never overwritten.
    const chosen = await add(d, SHARE_SENTENCE, "the fighters", "percent");

    const stored = async () => new Map((await prisma.reviewDecision.findMany({ orderBy: { id: "asc" } })).map((r) => [r.id, { before: r.before, after: r.after }]));
    const expected = await stored();
    expect(expected.size).toBe(11);
    const units = [...expected.values()].flatMap((r) => [r.before, r.after]).map((v) => (v as { unit?: string } | null)?.unit);
    expect(units.filter((u) => u === "percent").length).toBeGreaterThan(3);
    expect(units.filter((u) => u === "people").length).toBeGreaterThan(3);

    // The rows as they were stored before units were: the same, less every unit (but the analyst's own choice).
    const statement = backfillStatement();
    await withOwner(async (client) => {
      await client.query(`UPDATE "ReviewDecision" SET "after" = "after" - 'unit', "before" = "before" - 'unit' WHERE id <> $1`, [chosen.id]);
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ReviewDecision" WHERE "after" ? 'unit' OR "before" ? 'unit'`);
      expect(rows[0]!.n).toBe(1);
      await client.query(statement);
    });
    expect(await stored()).toEqual(expected);

    // Run again, it changes nothing: a database migrated with decisions made since keeps their units.
    await withOwner((client) => client.query(statement));
    expect(await stored()).toEqual(expected);
  });

  it("reads the words as unitOfQuantity does, case by case", async () => {
    const words = ["2,000", "40%", "40 %", "(12%)", "some 40 per cent", "40 percent", "Forty Per Cent", "PERCENT", "perhaps thirty", "a percentage", "5percent", "percents", "50 pct", "per-cent", "dozens"];
    const [article] = await prisma.article.findMany({ take: 1, orderBy: { id: "asc" } });
    await withOwner(async (client) => {
      await client.query("BEGIN");
      try {
        await client.query(`DELETE FROM "ReviewDecision"`);
        for (const w of words) {
          await client.query(
            `INSERT INTO "ReviewDecision" ("articleId", "kind", "action", "after", "userId", "userName", "userEmail", "extractorVersion",
               "sentenceStart", "sentenceEnd", "sentence", "sentenceHash", "anchorStart", "anchorEnd", "anchorText")
             VALUES ($1, 'claim', 'add', $2, 'u', 'u', 'u@example.org', 'x', 0, 1, 'x', 'x', 0, 1, $3)`,
            [article!.id, JSON.stringify(FIELDS), w],
          );
        }
        await client.query(backfillStatement());
        const { rows } = await client.query<{ anchorText: string; unit: string }>(`SELECT "anchorText", "after" ->> 'unit' AS unit FROM "ReviewDecision" ORDER BY id`);
        expect(rows.map((r) => [r.anchorText, r.unit])).toEqual(words.map((w) => [w, unitOfQuantity(w)]));
        // Both kinds of answer occur, so a rule answering one constant would fail here.
        expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(["people", "percent"]));
      } finally {
        await client.query("ROLLBACK");
      }
    });
  });
});
