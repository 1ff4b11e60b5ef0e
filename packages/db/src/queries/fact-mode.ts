import { Prisma } from "../generated/prisma/client";

/**
 * Which facts a view shows (issue 12, docs/review.md "Modes"):
 * - `applied` (the default): the machine's facts with the standing decisions
 *   applied: rejected facts gone, corrected values used, analysts' added facts in;
 * - `machine`: the extractor's output, reviews ignored;
 * - `reviewed`: only facts with a standing accept, correct or add, with their reviewed values.
 */
export const FACT_MODES = ["applied", "machine", "reviewed"] as const;
export type FactMode = (typeof FACT_MODES)[number];
export const DEFAULT_FACT_MODE: FactMode = "applied";

/**
 * A fact's review state as the views show it: `unreviewed` (machine fact, no
 * standing decision, and every fact in `machine` mode), `accepted`,
 * `corrected`, `added`. Rejected facts never reach a view.
 */
export type ReviewState = "unreviewed" | "accepted" | "corrected" | "added";

/**
 * Ordinals of added facts start here, so they sort after the machine's in
 * their article (keysets on (article, ordinal) stay unique): the add
 * decision's id is added to it.
 */
export const ADDED_ORDINAL_BASE = 1_000_000;

/** A decision standing for a fact: neither superseded nor detached, and not a close (which is about no fact). */
const STANDING = Prisma.sql`d."supersededById" IS NULL AND d."detachedAt" IS NULL AND d."action" <> 'close'`;
const num = (field: string) => Prisma.raw(`CASE WHEN jsonb_typeof(d."after" -> '${field}') = 'number' THEN (d."after" ->> '${field}')::float8 END`);
const text = (field: string, fallback: string) => Prisma.raw(`coalesce(d."after" ->> '${field}', ${fallback})`);
/** The state a standing decision gives its fact (an accept of an added fact keeps it "added"). */
const STATE = Prisma.sql`CASE WHEN d."action" = 'add' OR d."addedId" IS NOT NULL THEN 'added' WHEN d."action" = 'correct' THEN 'corrected' ELSE 'accepted' END`;

/** The outer query's article, for the LATERAL form of the sources. */
export const OUTER_ARTICLE = Prisma.sql`a."id"`;

/** Restricts a source to one article (`a."id"` of the outer query, for a LATERAL join), or nothing. */
const ofArticle = (column: string, article: Prisma.Sql | undefined) => (article ? Prisma.sql` AND ${Prisma.raw(column)} = ${article}` : Prisma.empty);

/**
 * The fighter claims of a mode, as a relation with FighterClaim's columns
 * (those the views read) plus `review` (ReviewState) and `decisionId`. Added
 * claims carry the negated id of their add decision as `id`, so they never
 * collide with a machine claim's; their unit is the one stored in the
 * decision's `after` (set when added, back-filled for older decisions by the
 * migration `…_added_claim_unit`), never re-read from the selected words. Use as `(${claimSource(mode)}) f` to look
 * claims up by id, and as `CROSS JOIN LATERAL (${claimSource(mode, Prisma.sql`a."id"`)}) f`
 * after an article `a`: PostgreSQL cannot push a join condition into a
 * UNION ALL of joins, so without the article bound here it would read every
 * claim; with it, each article costs index probes (its claims, their
 * standing decisions, its added claims). Standing decisions are few
 * (human-paced).
 */
export function claimSource(mode: FactMode, article?: Prisma.Sql): Prisma.Sql {
  if (mode === "machine") {
    return Prisma.sql`SELECT f."id", f."articleId", f."ordinal", f."low", f."high", f."qualifier", f."unit", f."claimant", f."claimantType", f."refersTo",
      f."quantityText", f."quantityStart", f."quantityEnd", f."section", f."sentence", f."sentenceStart", f."sentenceEnd",
      'unreviewed'::text AS review, NULL::int AS "decisionId" FROM "FighterClaim" f WHERE TRUE${ofArticle(`f."articleId"`, article)}`;
  }
  const kept = mode === "reviewed" ? Prisma.sql`d."id" IS NOT NULL AND d."action" <> 'reject'` : Prisma.sql`d."action" IS DISTINCT FROM 'reject'`;
  return Prisma.sql`
    SELECT f."id", f."articleId", f."ordinal",
           CASE WHEN d."id" IS NULL THEN f."low" ELSE ${num("low")} END AS "low",
           CASE WHEN d."id" IS NULL THEN f."high" ELSE ${num("high")} END AS "high",
           CASE WHEN d."id" IS NULL THEN f."qualifier" ELSE ${text("qualifier", `f."qualifier"`)} END AS "qualifier",
           f."unit",
           CASE WHEN d."id" IS NULL THEN f."claimant" ELSE ${text("claimant", `f."claimant"`)} END AS "claimant",
           CASE WHEN d."id" IS NULL THEN f."claimantType" ELSE ${text("claimantType", `f."claimantType"`)} END AS "claimantType",
           CASE WHEN d."id" IS NULL THEN f."refersTo" ELSE ${text("refersTo", `f."refersTo"`)} END AS "refersTo",
           f."quantityText", f."quantityStart", f."quantityEnd", f."section", f."sentence", f."sentenceStart", f."sentenceEnd",
           CASE WHEN d."id" IS NULL THEN 'unreviewed' ELSE ${STATE} END AS review, d."id" AS "decisionId"
      FROM "FighterClaim" f
      LEFT JOIN "ReviewDecision" d ON d."claimId" = f."id" AND ${STANDING}
     WHERE ${kept}${ofArticle(`f."articleId"`, article)}
    UNION ALL
    SELECT -coalesce(d."addedId", d."id"), d."articleId", ${ADDED_ORDINAL_BASE} + coalesce(d."addedId", d."id"),
           ${num("low")}, ${num("high")}, ${text("qualifier", `'exact'`)},
           d."after" ->> 'unit',
           ${text("claimant", `''`)}, ${text("claimantType", `'unknown'`)}, ${text("refersTo", `'unspecified'`)},
           d."anchorText", d."anchorStart", d."anchorEnd", d."section", d."sentence", d."sentenceStart", d."sentenceEnd",
           'added', d."id"
      FROM "ReviewDecision" d
     WHERE d."kind" = 'claim' AND ${STANDING} AND (d."action" = 'add' OR d."addedId" IS NOT NULL) AND d."action" <> 'reject'${ofArticle(`d."articleId"`, article)}`;
}

/** The attack mentions of a mode, as `claimSource` does for claims (AttackMention's columns plus `review`, `decisionId`; LATERAL after an article). */
export function attackSource(mode: FactMode, article?: Prisma.Sql): Prisma.Sql {
  if (mode === "machine") {
    return Prisma.sql`SELECT m."id", m."articleId", m."ordinal", m."type", m."triggerText", m."triggerStart", m."triggerEnd",
      m."sentence", m."sentenceStart", m."sentenceEnd", 'unreviewed'::text AS review, NULL::int AS "decisionId" FROM "AttackMention" m
      WHERE TRUE${ofArticle(`m."articleId"`, article)}`;
  }
  const kept = mode === "reviewed" ? Prisma.sql`d."id" IS NOT NULL AND d."action" <> 'reject'` : Prisma.sql`d."action" IS DISTINCT FROM 'reject'`;
  return Prisma.sql`
    SELECT m."id", m."articleId", m."ordinal",
           CASE WHEN d."id" IS NULL THEN m."type" ELSE ${text("type", `m."type"`)} END AS "type",
           m."triggerText", m."triggerStart", m."triggerEnd", m."sentence", m."sentenceStart", m."sentenceEnd",
           CASE WHEN d."id" IS NULL THEN 'unreviewed' ELSE ${STATE} END AS review, d."id" AS "decisionId"
      FROM "AttackMention" m
      LEFT JOIN "ReviewDecision" d ON d."attackId" = m."id" AND ${STANDING}
     WHERE ${kept}${ofArticle(`m."articleId"`, article)}
    UNION ALL
    SELECT -coalesce(d."addedId", d."id"), d."articleId", ${ADDED_ORDINAL_BASE} + coalesce(d."addedId", d."id"), ${text("type", `'unknown'`)},
           d."anchorText", d."anchorStart", d."anchorEnd", d."sentence", d."sentenceStart", d."sentenceEnd", 'added', d."id"
      FROM "ReviewDecision" d
     WHERE d."kind" = 'attack' AND ${STANDING} AND (d."action" = 'add' OR d."addedId" IS NOT NULL) AND d."action" <> 'reject'${ofArticle(`d."articleId"`, article)}`;
}

/**
 * Articles holding at least one standing decision of a kind: the only ones
 * whose facts differ between modes. Bounded by human effort, so aggregates
 * in `applied` mode read the rollups and correct them for these articles only.
 */
export function reviewedArticles(kind: "claim" | "attack"): Prisma.Sql {
  return Prisma.sql`SELECT DISTINCT d."articleId" AS id FROM "ReviewDecision" d WHERE d."kind" = ${kind}::"ReviewFactKind" AND ${STANDING}`;
}
