import { Prisma } from "../generated/prisma/client";
import type { PrismaClient } from "../client";
import { earliestMonthEnd, latestMonth, midMonth } from "../rollups/refresh-sql";
import { joinRollupDetail, timelineRegions } from "../rollups/select-buckets";
import { countClaims, type ClaimCounts } from "./count-claims";
import { claimSource, DEFAULT_FACT_MODE, OUTER_ARTICLE, reviewedArticles, type FactMode } from "./fact-mode";
import { articleCondition, claimCondition, has, type Filters } from "./filters";
import { binClaimMonths, type ClaimBin, type ClaimMonth } from "./bin-claim-months";
import { listPlottedClaims, type TimelineClaim } from "./list-claims";

/**
 * Most claims the timeline draws one by one. Beyond it the chart draws one
 * mark per colour group, time bin and unit instead, and the analyst zooms
 * (dates) or filters down to individual claims.
 */
export const MAX_CLAIM_MARKS = 1000;
/** Most time bins across the aggregated timeline. */
export const MAX_CLAIM_BINS = 48;

export type ClaimsTimeline =
  | ({ mode: "claims"; claims: TimelineClaim[] } & ClaimCounts)
  | ({ mode: "bins"; bins: ClaimBin[]; binMonths: number } & ClaimCounts);

/**
 * What the claims timeline draws for the filters: every placeable claim
 * (without sentences) when there are at most `maxMarks`, else per-month
 * aggregates from the rollups, binned so the chart draws at most `maxMarks`
 * marks whatever the corpus size. Bins group by claimant type or outlet (the
 * chart's colour).
 */
export async function getClaimsTimeline(
  prisma: PrismaClient,
  filters: Filters = {},
  options: { groupBy?: "claimantType" | "outlet"; maxMarks?: number; facts?: FactMode } = {},
): Promise<ClaimsTimeline> {
  const maxMarks = options.maxMarks ?? MAX_CLAIM_MARKS;
  const facts = options.facts ?? DEFAULT_FACT_MODE;
  const counts = await countClaims(prisma, filters, facts);
  if (counts.plotted <= maxMarks) {
    return { mode: "claims", claims: await listPlottedClaims(prisma, filters, maxMarks, facts), ...counts };
  }
  const months = await listClaimMonths(prisma, filters, options.groupBy ?? "claimantType", facts);
  const { bins, binMonths } = binClaimMonths(months, MAX_CLAIM_BINS, maxMarks);
  return { mode: "bins", bins, binMonths, ...counts };
}

/** The month holding the middle of an article's publication interval: the rollups' midMonth, by the same expression (applied mode matches the two). */
const ARTICLE_MID_MONTH = Prisma.raw(midMonth(`a."publishedEarliest"`, `a."publishedLatest"`));

/**
 * Placeable claims per colour group, unit and month (the middle of their
 * publication interval). Machine: from the rollups. Applied: the rollups for
 * every (outlet, month) holding no reviewed article, and the applied facts
 * of the (outlet, month) cells that do, recomputed (found through their
 * level-0 buckets: a few dozen articles each), so ranges and means stay
 * exact while reviews stay sparse. Reviewed: from the reviewed facts alone.
 * The rollup part is grouped by the bucket's month as a date first, not by its text: the buckets come month by
 * month, so PostgreSQL sorts each month's few rows (an incremental sort) instead of every row at once by three
 * text keys, which at 100,000 articles (70,000 rows) spilled to disk and took most of the query's time.
 */
export async function listClaimMonths(
  prisma: PrismaClient,
  filters: Filters,
  groupBy: "claimantType" | "outlet",
  facts: FactMode = DEFAULT_FACT_MODE,
): Promise<ClaimMonth[]> {
  const group = groupBy === "outlet" ? Prisma.sql`b."outletId"::text` : Prisma.sql`c."claimantType"`;
  const factGroup = groupBy === "outlet" ? Prisma.sql`coalesce(a."outletId", 0)::text` : Prisma.sql`f."claimantType"`;
  // `articles` yields the articles `a` to read; their claims are joined LATERAL (see claimSource).
  const fromFacts = (source: FactMode, articles: Prisma.Sql) => Prisma.sql`
    SELECT ${factGroup} AS "group", f."unit", to_char(${ARTICLE_MID_MONTH}, 'YYYY-MM-DD') AS month, count(*)::int AS count,
           min(coalesce(f."low", f."high")) AS min, max(coalesce(f."high", f."low")) AS max,
           coalesce(sum(coalesce((f."low" + f."high") / 2, f."low", f."high")), 0)::float8 AS sum,
           coalesce(sum(CASE WHEN g.v > 0 THEN ln(g.v) END), 0)::float8 AS "sumLog", count(*) FILTER (WHERE g.v > 0)::int AS positive,
           count(*) FILTER (WHERE f."review" <> 'unreviewed')::int AS reviewed
      FROM ${articles} CROSS JOIN LATERAL (${claimSource(source, OUTER_ARTICLE)}) f
     CROSS JOIN LATERAL (SELECT CASE WHEN f."low" > 0 AND f."high" > 0 THEN sqrt(f."low" * f."high")
                                     ELSE coalesce((f."low" + f."high") / 2, f."low", f."high") END AS v) g`;
  const placeable = Prisma.sql`a."publishedEarliest" IS NOT NULL AND (f."low" IS NOT NULL OR f."high" IS NOT NULL) AND ${articleCondition(filters)} AND ${claimCondition(filters)}`;
  // Months without reviewed claims keep the machine's shape (no `reviewed` field).
  const shaped = (rows: ClaimMonth[]) => rows.map(({ reviewed, ...m }) => (reviewed ? { ...m, reviewed } : m));
  if (facts === "reviewed") {
    return shaped(
      await prisma.$queryRaw<ClaimMonth[]>`
      ${fromFacts("reviewed", Prisma.sql`"Article" a`)}
       WHERE a."id" IN (${reviewedArticles("claim")}) AND ${placeable}
       GROUP BY 1, 2, 3`,
    );
  }
  // Rollup rows of the buckets of `level` that `where` picks, per group, unit and month of the middle. Level-3 rows
  // include sums over every claimant type and/or referent ("*"): level3Slice reads one of them where it can.
  const fromBuckets = (level: number, where: Prisma.Sql) => Prisma.sql`
    SELECT ${group} AS "group", c."unit", to_char(b."midMonth", 'YYYY-MM-DD') AS month, sum(c."numbered")::int AS count,
           min(c."minValue") AS min, max(c."maxValue") AS max, sum(c."sumValue")::float8 AS sum,
           sum(c."sumLogValue")::float8 AS "sumLog", sum(c."positive")::int AS positive, 0 AS reviewed
      FROM "RollupBucket" b
      ${joinRollupDetail("RollupClaim", Prisma.sql`c."numbered" > 0 AND ${level === 3 ? level3Slice(filters, groupBy) : claimCondition(filters, "c")}`)}
     WHERE b."level" = ${level} AND ${where} AND b."earliest" IS NOT NULL
     GROUP BY b."midMonth", 1, 2`;
  // The parts' rows summed per group, unit and month (a month can come from several parts).
  const combine = (parts: readonly Prisma.Sql[], ctes: Prisma.Sql = Prisma.empty) => prisma.$queryRaw<ClaimMonth[]>`
    ${ctes}
    SELECT "group", "unit", month, sum(count)::int AS count, min(min) AS min, max(max) AS max, sum(sum)::float8 AS sum,
           sum("sumLog")::float8 AS "sumLog", sum(positive)::int AS positive, sum(reviewed)::int AS reviewed
      FROM (${Prisma.join(parts, " UNION ALL ")}) x
     GROUP BY 1, 2, 3`;
  const regions = timelineRegions(filters);
  if (facts === "machine") return shaped(await combine(regions.map((r) => fromBuckets(r.level, r.where))));

  // Applied: a bucket holding a reviewed article is replaced by its children one level down, recursively, and the
  // exact cells (level 0) holding one by their articles' applied facts. Ranges (min, max) cannot be corrected by
  // subtraction, so the rest of such a bucket must be read; going down level by level reads only the small part of
  // it around each reviewed article: a few month shapes per touched (outlet, month), a few exact cells per touched
  // shape, and the articles of the touched cells (a reviewed article and those published with it, same outlet and
  // days). The cost follows the reviewed articles, not the articles around them. A region's condition holds for the
  // children of its buckets (timelineRegions), so it bounds them too.
  const touched: Record<0 | 1 | 3, Prisma.Sql> = {
    3: Prisma.sql`EXISTS (SELECT 1 FROM t3 WHERE t3.outlet = b."outletId" AND t3.mm = b."midMonth")`,
    1: Prisma.sql`EXISTS (SELECT 1 FROM t1 WHERE t1.outlet = b."outletId" AND t1.lm = b."latestMonth" AND t1.eme = b."earliestMonthEnd" AND t1.mm = b."midMonth")`,
    0: Prisma.sql`EXISTS (SELECT 1 FROM t0 WHERE t0.outlet = b."outletId" AND t0.e = b."earliest" AND t0.l = b."latest")`,
  };
  const parts: Prisma.Sql[] = [];
  for (const { level, where } of regions) {
    parts.push(fromBuckets(level, Prisma.sql`${where} AND NOT ${touched[level]}`));
    if (level === 3) parts.push(fromBuckets(1, Prisma.sql`${where} AND ${touched[3]} AND NOT ${touched[1]}`));
    if (level >= 1) parts.push(fromBuckets(0, Prisma.sql`${where} AND ${touched[1]} AND NOT ${touched[0]}`));
  }
  // The touched cells' articles, known and unknown outlet apart so each finds them through (outletId, days).
  const cellArticles = (outlet: Prisma.Sql) => Prisma.sql`
    ${fromFacts("applied", Prisma.sql`t0 JOIN "Article" a ON ${outlet} AND a."publishedEarliest" = t0.e AND a."publishedLatest" = t0.l`)}
     WHERE ${placeable} GROUP BY 1, 2, 3`;
  parts.push(cellArticles(Prisma.sql`a."outletId" = t0.outlet`), cellArticles(Prisma.sql`t0.outlet = 0 AND a."outletId" IS NULL`));
  const rows = await combine(
    parts,
    Prisma.sql`WITH t0 AS MATERIALIZED (
      SELECT DISTINCT coalesce(a."outletId", 0) AS outlet, a."publishedEarliest" AS e, a."publishedLatest" AS l,
             ${Prisma.raw(latestMonth(`a."publishedLatest"`))} AS lm, ${Prisma.raw(earliestMonthEnd(`a."publishedEarliest"`))} AS eme,
             ${ARTICLE_MID_MONTH} AS mm
        FROM "Article" a
       WHERE a."id" IN (${reviewedArticles("claim")}) AND a."publishedEarliest" IS NOT NULL AND ${articleCondition(filters)}),
    t1 AS MATERIALIZED (SELECT DISTINCT outlet, lm, eme, mm FROM t0),
    t3 AS MATERIALIZED (SELECT DISTINCT outlet, mm FROM t0)`,
  );
  return shaped(rows);
}

/**
 * The claim filters on level-3 rows (the timeline without a date filter).
 * There, rows marked "*" already sum over every claimant type and/or every
 * referent, so a dimension that is neither filtered nor the colour reads one
 * row instead of one per value (and never counts a claim twice).
 */
function level3Slice(filters: Filters, groupBy: "claimantType" | "outlet"): Prisma.Sql {
  const types = has(filters.claimantTypes)
    ? Prisma.sql`c."claimantType" IN (${Prisma.join([...filters.claimantTypes])})`
    : groupBy === "claimantType"
      ? Prisma.sql`c."claimantType" <> '*'`
      : Prisma.sql`c."claimantType" = '*'`;
  const referents = has(filters.referents) ? Prisma.sql`c."refersTo" IN (${Prisma.join([...filters.referents])})` : Prisma.sql`c."refersTo" = '*'`;
  return Prisma.sql`${types} AND ${referents}`;
}
