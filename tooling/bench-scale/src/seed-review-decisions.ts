import type pg from "pg";

/** Whom the seeded decisions name, so they can be told apart and removed. */
export const BENCH_REVIEWER = "bench-uncached";

/**
 * Reviews `share` of the dated articles (every article whose id falls in that share, spread over the corpus as an
 * analyst's sample would be): a standing decision on each of their claims and attack mentions, mixed as review goes
 * (for claims, of five: a reject, a claimant-type correction, three accepts; for attacks, of four: a reject, a type
 * correction, two accepts). In SQL, one statement per kind, so 100,000 articles take seconds. Returns how many
 * decisions and articles.
 */
export async function seedReviewDecisions(client: pg.Client | pg.PoolClient, share: number): Promise<{ decisions: number; articles: number }> {
  const modulo = Math.max(1, Math.round(1 / share));
  const who = `'${BENCH_REVIEWER}', 'Bench Reviewer', 'bench@example.org', a."extractorVersion"`;
  const reviewed = `a."id" % ${modulo} = 7 % ${modulo} AND a."publishedEarliest" IS NOT NULL`;
  await client.query(`
    INSERT INTO "ReviewDecision" ("articleId", "kind", "action", "reason", "claimId", "before", "after", "userId", "userName", "userEmail",
                                  "extractorVersion", "section", "sentenceStart", "sentenceEnd", "sentence", "sentenceHash", "anchorStart", "anchorEnd", "anchorText")
    SELECT f."articleId", 'claim', (CASE f."id" % 5 WHEN 0 THEN 'reject' WHEN 1 THEN 'correct' ELSE 'accept' END)::"ReviewAction",
           CASE WHEN f."id" % 5 = 0 THEN 'not-a-claim' END, f."id", v.fields,
           CASE WHEN f."id" % 5 = 0 THEN NULL WHEN f."id" % 5 = 1
                THEN v.fields || jsonb_build_object('claimantType', CASE WHEN f."claimantType" = 'un' THEN 'analyst' ELSE 'un' END) ELSE v.fields END,
           ${who}, f."section", f."sentenceStart", f."sentenceEnd", f."sentence", md5(f."sentence"), f."quantityStart", f."quantityEnd", f."quantityText"
      FROM "FighterClaim" f JOIN "Article" a ON a."id" = f."articleId"
     CROSS JOIN LATERAL (SELECT jsonb_build_object('low', f."low", 'high', f."high", 'qualifier', f."qualifier", 'claimant', f."claimant",
                                                   'claimantType', f."claimantType", 'refersTo', f."refersTo") AS fields) v
     WHERE ${reviewed}`);
  await client.query(`
    INSERT INTO "ReviewDecision" ("articleId", "kind", "action", "reason", "attackId", "before", "after", "userId", "userName", "userEmail",
                                  "extractorVersion", "section", "sentenceStart", "sentenceEnd", "sentence", "sentenceHash", "anchorStart", "anchorEnd", "anchorText")
    SELECT m."articleId", 'attack', (CASE m."id" % 4 WHEN 0 THEN 'reject' WHEN 1 THEN 'correct' ELSE 'accept' END)::"ReviewAction",
           CASE WHEN m."id" % 4 = 0 THEN 'not-militants' END, m."id", jsonb_build_object('type', m."type"),
           CASE WHEN m."id" % 4 = 0 THEN NULL
                ELSE jsonb_build_object('type', CASE WHEN m."id" % 4 = 1 AND m."type" <> 'armed_assault' THEN 'armed_assault' WHEN m."id" % 4 = 1 THEN 'hijacking' ELSE m."type" END) END,
           ${who}, 'body', m."sentenceStart", m."sentenceEnd", m."sentence", md5(m."sentence"), m."triggerStart", m."triggerEnd", m."triggerText"
      FROM "AttackMention" m JOIN "Article" a ON a."id" = m."articleId"
     WHERE ${reviewed}`);
  await client.query(`ANALYZE "ReviewDecision"`);
  const { rows } = await client.query<{ decisions: number; articles: number }>(
    `SELECT count(*)::int AS decisions, count(DISTINCT "articleId")::int AS articles FROM "ReviewDecision" WHERE "userId" = $1`,
    [BENCH_REVIEWER],
  );
  return rows[0]!;
}

/**
 * Removes what seedReviewDecisions added, and vacuums: every applied-mode read scans the standing decisions, and
 * until the removed rows are vacuumed away it would step over them (the next run's figures would pay for this one).
 */
export async function removeSeededDecisions(client: pg.Client | pg.PoolClient): Promise<void> {
  await client.query(`DELETE FROM "ReviewDecision" WHERE "userId" = $1`, [BENCH_REVIEWER]);
  await client.query(`VACUUM ANALYZE "ReviewDecision"`);
}
