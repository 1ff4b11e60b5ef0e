/**
 * The statements `refreshRollups` runs, in order, inside one transaction.
 * Scratch tables are `ON COMMIT DROP` temporaries:
 *
 *   _dirty   rows taken from RollupDirty (what the triggers recorded)
 *   _cells   publication cells to recompute: (outlet, e, l), outlet 0 = unknown, e/l null = undated
 *   _arts    the articles in those cells
 *   _b0/_ab  the new level-0 buckets and which article falls in which
 *   _k0/_q0  their counts (signals, attacks, group names) and claim statistics
 *   _l1keys, _m1, _p1, _mp1   level-1 keys touched, their children and new parents
 *   _p2, _mp2                 the same for level 2 (one bucket per outlet)
 *   _l3keys, _m3, _p3, _mp3   the same for level 3 (outlet x month of the middle: the timeline)
 *   _l4keys, _m4, _p4, _mp4   the same for level 4 (level 1 by years: a date filter's whole years)
 *
 * Keys are matched null-safely: undated cells have null days, and their
 * level-1 bucket null months. Where an index lookup matters (recomputing a
 * handful of cells in a large corpus), dated and undated keys are matched by
 * separate statements with plain equalities the indexes serve.
 */

export type RefreshStep = "take-dirty" | "clear" | "cells" | "analyze" | `${"level0" | "level1" | "level2" | "level3" | "level4"}.${number}`;

const SEQ = `pg_get_serial_sequence('"RollupBucket"', 'id')`;
const NEG = `'-infinity'::date`;

/** Month of the latest day, last day of the earliest day's month, month of the middle day. */
export const latestMonth = (l: string) => `date_trunc('month', ${l}::timestamp)::date`;
export const earliestMonthEnd = (e: string) => `(date_trunc('month', ${e}::timestamp) + interval '1 month' - interval '1 day')::date`;
export const midMonth = (e: string, l: string) => `date_trunc('month', (${e} + (${l} - ${e}) / 2)::timestamp)::date`;
/** First day of the year of a level-1 latestMonth; last day of the year of a level-1 earliestMonthEnd (level 4's keys). */
const yearStart = (m: string) => `date_trunc('year', ${m}::timestamp)::date`;
const yearEnd = (m: string) => `(date_trunc('year', ${m}::timestamp) + interval '1 year' - interval '1 day')::date`;

/** A JSON number as numeric, 0 otherwise (stored JSON is the extractor's, but never trust its shape in SQL). */
const jsonNumber = (v: string) => `CASE WHEN jsonb_typeof(${v}) = 'number' THEN (${v}::text)::numeric ELSE 0 END`;

const ARTICLE_COLUMNS = `a."id", coalesce(a."outletId", 0) AS outlet, a."publishedEarliest" AS e, a."publishedLatest" AS l,
  a."wordCount"::bigint AS words, ${jsonNumber(`a."framing" -> 'sentenceCount'`)}::bigint AS sentences`;

const BUCKET_COLUMNS = `"id", "level", "outletId", "earliest", "latest", "latestMonth", "earliestMonthEnd", "midMonth",
  "articles", "undated", "words", "sentences", "claims", "attacks", "signals"`;

const CLAIM_COLUMNS = `"bucketId", "claimantType", "refersTo", "unit", "claims", "numbered", "minValue", "maxValue", "sumValue", "sumLogValue", "positive"`;

/** Which of latestMonth (lm), earliestMonthEnd (eme) and midMonth (mm) a level keys its parents by; the others stay null. */
type ParentMonths = readonly ("lm" | "eme" | "mm")[];

/** Sums a level's child buckets into their parents' buckets. */
function sumBuckets(level: 1 | 2 | 3 | 4, map: string, parents: string, months: ParentMonths): string {
  const keys = (["lm", "eme", "mm"] as const).map((m) => (months.includes(m) ? `p.${m}` : "NULL::date")).join(", ");
  return `INSERT INTO "RollupBucket" (${BUCKET_COLUMNS})
     SELECT p.id, ${level}, p.outlet, min(b."earliest"), max(b."latest"), ${keys},
            sum(b."articles"), sum(b."undated"), sum(b."words"), sum(b."sentences"), sum(b."claims"), sum(b."attacks"), sum(b."signals")
       FROM ${map} mp JOIN ${parents} p ON p.id = mp.parent JOIN "RollupBucket" b ON b."id" = mp.child
      GROUP BY ${["p.id", "p.outlet", ...months.map((m) => `p.${m}`)].join(", ")}`;
}

/** Sums a level's children into their parents: buckets, counts and claim statistics. */
function rollUp(level: 1 | 2 | 4, map: string, parents: string, months: ParentMonths): string[] {
  return [
    sumBuckets(level, map, parents, months),
    `INSERT INTO "RollupCount" ("bucketId", "kind", "key", "count", "articles")
     SELECT mp.parent, c."kind", c."key", sum(c."count"), sum(c."articles")
       FROM ${map} mp JOIN "RollupCount" c ON c."bucketId" = mp.child
      GROUP BY 1, 2, 3 ORDER BY 1`,
    `INSERT INTO "RollupClaim" (${CLAIM_COLUMNS})
     SELECT mp.parent, c."claimantType", c."refersTo", c."unit", sum(c."claims"), sum(c."numbered"), min(c."minValue"), max(c."maxValue"),
            sum(c."sumValue"), sum(c."sumLogValue"), sum(c."positive")
       FROM ${map} mp JOIN "RollupClaim" c ON c."bucketId" = mp.child
      GROUP BY 1, 2, 3, 4 ORDER BY 1`,
  ];
}

/**
 * Deletes the level's buckets that match the touched keys (`b` = bucket; one
 * statement per match, see above), then their counts and claim rows.
 */
function dropBuckets(level: 0 | 1 | 2 | 3 | 4, keys: string, matches: string[]): string[] {
  return [
    ...matches.map(
      (match) => `WITH d AS (DELETE FROM "RollupBucket" b USING ${keys} WHERE b."level" = ${level} AND ${match} RETURNING b."id")
           INSERT INTO _gone SELECT id FROM d`,
    ),
    `ANALYZE _gone`,
    `DELETE FROM "RollupCount" c USING _gone g WHERE c."bucketId" = g.id`,
    `DELETE FROM "RollupClaim" c USING _gone g WHERE c."bucketId" = g.id`,
    `TRUNCATE _gone`,
  ];
}

/** Buckets `b` under a touched level-1 key `k`: a dated key, or an undated one (null months). */
const L1_DATED = `b."outletId" = k.outlet AND b."latestMonth" = k.lm AND b."earliestMonthEnd" = k.eme AND b."midMonth" = k.mm`;
const L1_UNDATED = `b."outletId" = k.outlet AND k.lm IS NULL AND b."latestMonth" IS NULL`;
/** The same for level-3 keys (outlet, month of the middle). */
const L3_DATED = `b."outletId" = k.outlet AND b."midMonth" = k.mm`;
const L3_UNDATED = `b."outletId" = k.outlet AND k.mm IS NULL AND b."midMonth" IS NULL`;
/**
 * Level-4 buckets `b` with a touched key `k` (outlet, first day of the year of lm, last day of the year of eme),
 * and the level-1 buckets under it (ranges on lm and eme, which the level-1 index serves).
 */
const L4_DATED = `b."outletId" = k.outlet AND b."latestMonth" = k.lm AND b."earliestMonthEnd" = k.eme`;
const L4_CHILD = `b."outletId" = k.outlet AND b."latestMonth" BETWEEN k.lm AND ${yearEnd("k.lm")}
  AND b."earliestMonthEnd" BETWEEN ${yearStart("k.eme")} AND k.eme`;

export const REFRESH_STEPS = {
  takeDirty: `CREATE TEMP TABLE _dirty ON COMMIT DROP AS
    WITH taken AS (DELETE FROM "RollupDirty" RETURNING "outletId", "earliest", "latest", "everything") SELECT * FROM taken`,

  mode: `SELECT (EXISTS (SELECT 1 FROM _dirty WHERE "everything") OR NOT EXISTS (SELECT 1 FROM "RollupState" WHERE "id" = 1)) AS full`,

  // DELETE, not TRUNCATE: TRUNCATE would lock readers out until the rebuild commits.
  clearAll: [`DELETE FROM "RollupCount"`, `DELETE FROM "RollupClaim"`, `DELETE FROM "RollupBucket"`],



  allCells: `CREATE TEMP TABLE _cells ON COMMIT DROP AS
    SELECT DISTINCT coalesce("outletId", 0) AS outlet, "publishedEarliest" AS e, "publishedLatest" AS l FROM "Article"`,

  dirtyCells: `CREATE TEMP TABLE _cells ON COMMIT DROP AS
    SELECT DISTINCT coalesce("outletId", 0) AS outlet, "earliest" AS e, "latest" AS l FROM _dirty WHERE NOT "everything"`,

  level0: (full: boolean): string[] => [
    full
      ? `CREATE TEMP TABLE _arts ON COMMIT DROP AS SELECT ${ARTICLE_COLUMNS} FROM "Article" a`
      : // One index lookup per cell and case (known / unknown outlet, dated / undated).
        `CREATE TEMP TABLE _arts ON COMMIT DROP AS
         SELECT a.* FROM _cells c CROSS JOIN LATERAL (
           SELECT ${ARTICLE_COLUMNS} FROM "Article" a
            WHERE a."outletId" = c.outlet AND a."publishedEarliest" = c.e AND a."publishedLatest" = c.l
           UNION ALL
           SELECT ${ARTICLE_COLUMNS} FROM "Article" a
            WHERE c.outlet = 0 AND a."outletId" IS NULL AND a."publishedEarliest" = c.e AND a."publishedLatest" = c.l
           UNION ALL
           SELECT ${ARTICLE_COLUMNS} FROM "Article" a
            WHERE c.e IS NULL AND a."outletId" = c.outlet AND a."publishedEarliest" IS NULL AND a."publishedLatest" IS NOT DISTINCT FROM c.l
           UNION ALL
           SELECT ${ARTICLE_COLUMNS} FROM "Article" a
            WHERE c.outlet = 0 AND c.e IS NULL AND a."outletId" IS NULL AND a."publishedEarliest" IS NULL AND a."publishedLatest" IS NOT DISTINCT FROM c.l
         ) a`,
    `ANALYZE _arts`,
    ...(full
      ? []
      : [
          `CREATE TEMP TABLE _gone (id int) ON COMMIT DROP`,
          ...dropBuckets(0, "_cells c", [
            `b."outletId" = c.outlet AND b."earliest" = c.e AND b."latest" = c.l`,
            `b."outletId" = c.outlet AND c.e IS NULL AND b."earliest" IS NULL`,
          ]),
        ]),
    `CREATE TEMP TABLE _b0 ON COMMIT DROP AS
     SELECT nextval(${SEQ})::int AS id, outlet, e, l, count(*)::int AS articles, count(*) FILTER (WHERE e IS NULL)::int AS undated,
            coalesce(sum(words), 0)::bigint AS words, coalesce(sum(sentences), 0)::bigint AS sentences
       FROM _arts GROUP BY outlet, e, l`,
    `CREATE TEMP TABLE _ab ON COMMIT DROP AS
     SELECT a.id AS article, b.id AS bucket FROM _arts a JOIN _b0 b
         ON b.outlet = a.outlet AND coalesce(b.e, ${NEG}) = coalesce(a.e, ${NEG}) AND coalesce(b.l, ${NEG}) = coalesce(a.l, ${NEG})`,
    `ANALYZE _ab`,
    // Counts per article first, then per bucket: `articles` = articles with at least one.
    `CREATE TEMP TABLE _k0 ON COMMIT DROP AS
     SELECT x.bucket, x.kind, x.key, sum(x.n)::int AS count, count(*)::int AS articles FROM (
       SELECT ab.bucket, s."articleId", s."dimension" AS kind, s."category" AS key, count(*) AS n
         FROM _ab ab JOIN "FramingSignal" s ON s."articleId" = ab.article GROUP BY 1, 2, 3, 4
       UNION ALL
       SELECT ab.bucket, m."articleId", 'attack', m."type", count(*)
         FROM _ab ab JOIN "AttackMention" m ON m."articleId" = ab.article GROUP BY 1, 2, 3, 4
       UNION ALL
       SELECT ab.bucket, a."id", 'group_term', t.key, ${jsonNumber("t.value")}
         FROM _ab ab JOIN "Article" a ON a."id" = ab.article CROSS JOIN jsonb_each(a."groupTerms") t
        WHERE ${jsonNumber("t.value")} > 0
     ) x GROUP BY 1, 2, 3`,
    // A claim's drawn value: its number, its known bound, or its range's middle
    // (arithmetic for the linear scale's mean, geometric for the log scale's).
    `CREATE TEMP TABLE _q0 ON COMMIT DROP AS
     SELECT ab.bucket, f."claimantType", f."refersTo", f."unit", count(*)::int AS claims,
            count(*) FILTER (WHERE f."low" IS NOT NULL OR f."high" IS NOT NULL)::int AS numbered,
            min(coalesce(f."low", f."high")) AS min_value, max(coalesce(f."high", f."low")) AS max_value,
            coalesce(sum(coalesce((f."low" + f."high") / 2, f."low", f."high")), 0) AS sum_value,
            coalesce(sum(CASE WHEN g.v > 0 THEN ln(g.v) END), 0) AS sum_log,
            count(*) FILTER (WHERE g.v > 0)::int AS positive
       FROM _ab ab JOIN "FighterClaim" f ON f."articleId" = ab.article
      CROSS JOIN LATERAL (SELECT CASE WHEN f."low" > 0 AND f."high" > 0 THEN sqrt(f."low" * f."high")
                                      ELSE coalesce((f."low" + f."high") / 2, f."low", f."high") END AS v) g
      GROUP BY 1, 2, 3, 4`,
    `INSERT INTO "RollupBucket" (${BUCKET_COLUMNS})
     SELECT b.id, 0, b.outlet, b.e, b.l, ${latestMonth("b.l")}, ${earliestMonthEnd("b.e")}, ${midMonth("b.e", "b.l")},
            b.articles, b.undated, b.words, b.sentences, coalesce(q.claims, 0), coalesce(k.attacks, 0), coalesce(k.signals, 0)
       FROM _b0 b
       LEFT JOIN (SELECT bucket, sum(claims)::int AS claims FROM _q0 GROUP BY bucket) q ON q.bucket = b.id
       LEFT JOIN (SELECT bucket, coalesce(sum(count) FILTER (WHERE kind = 'attack'), 0)::int AS attacks,
                         coalesce(sum(count) FILTER (WHERE kind NOT IN ('attack', 'group_term')), 0)::int AS signals
                    FROM _k0 GROUP BY bucket) k ON k.bucket = b.id`,
    // In bucket order: a bucket's rows share pages, so reading one bucket touches few.
    `INSERT INTO "RollupCount" ("bucketId", "kind", "key", "count", "articles") SELECT bucket, kind, key, count, articles FROM _k0 ORDER BY bucket`,
    `INSERT INTO "RollupClaim" (${CLAIM_COLUMNS})
     SELECT bucket, "claimantType", "refersTo", "unit", claims, numbered, min_value, max_value, sum_value, sum_log, positive FROM _q0 ORDER BY bucket`,
  ],

  level1: (full: boolean): string[] => [
    `CREATE TEMP TABLE _l1keys ON COMMIT DROP AS
     SELECT DISTINCT outlet, ${latestMonth("l")} AS lm, ${earliestMonthEnd("e")} AS eme, ${midMonth("e", "l")} AS mm FROM _cells`,
    ...(full
      ? [
          `CREATE TEMP TABLE _m1 ON COMMIT DROP AS
           SELECT "id" AS child, "outletId" AS outlet, "latestMonth" AS lm, "earliestMonthEnd" AS eme, "midMonth" AS mm
             FROM "RollupBucket" WHERE "level" = 0`,
        ]
      : [
          ...dropBuckets(1, "_l1keys k", [L1_DATED, L1_UNDATED]),
          `CREATE TEMP TABLE _m1 ON COMMIT DROP AS
           SELECT b."id" AS child, b."outletId" AS outlet, b."latestMonth" AS lm, b."earliestMonthEnd" AS eme, b."midMonth" AS mm
             FROM "RollupBucket" b JOIN _l1keys k ON b."level" = 0 AND ${L1_DATED}
           UNION ALL
           SELECT b."id", b."outletId", NULL, NULL, NULL
             FROM "RollupBucket" b JOIN _l1keys k ON b."level" = 0 AND ${L1_UNDATED}`,
        ]),
    `ANALYZE _m1`,
    `CREATE TEMP TABLE _p1 ON COMMIT DROP AS SELECT nextval(${SEQ})::int AS id, outlet, lm, eme, mm FROM _m1 GROUP BY outlet, lm, eme, mm`,
    `CREATE TEMP TABLE _mp1 ON COMMIT DROP AS
     SELECT m.child, p.id AS parent FROM _m1 m JOIN _p1 p
         ON p.outlet = m.outlet AND coalesce(p.lm, ${NEG}) = coalesce(m.lm, ${NEG})
        AND coalesce(p.eme, ${NEG}) = coalesce(m.eme, ${NEG}) AND coalesce(p.mm, ${NEG}) = coalesce(m.mm, ${NEG})`,
    `ANALYZE _mp1`,
    ...rollUp(1, "_mp1", "_p1", ["lm", "eme", "mm"]),
  ],

  level2: (full: boolean): string[] => [
    `CREATE TEMP TABLE _p2 ON COMMIT DROP AS SELECT nextval(${SEQ})::int AS id, outlet FROM (SELECT DISTINCT outlet FROM _cells) o`,
    ...(full
      ? []
      : [
          ...dropBuckets(2, "_p2 p", [`b."outletId" = p.outlet`]),
        ]),
    `CREATE TEMP TABLE _mp2 ON COMMIT DROP AS
     SELECT b."id" AS child, p.id AS parent FROM _p2 p JOIN "RollupBucket" b ON b."level" = 1 AND b."outletId" = p.outlet`,
    `ANALYZE _mp2`,
    ...rollUp(2, "_mp2", "_p2", []),
  ],

  /** Level 3: per outlet and month of the interval's middle, claim statistics with "*" marginals. */
  level3: (full: boolean): string[] => [
    `CREATE TEMP TABLE _l3keys ON COMMIT DROP AS SELECT DISTINCT outlet, mm FROM _l1keys`,
    ...(full
      ? [
          `CREATE TEMP TABLE _m3 ON COMMIT DROP AS
           SELECT "id" AS child, "outletId" AS outlet, "midMonth" AS mm FROM "RollupBucket" WHERE "level" = 1`,
        ]
      : [
          ...dropBuckets(3, "_l3keys k", [L3_DATED, L3_UNDATED]),
          `CREATE TEMP TABLE _m3 ON COMMIT DROP AS
           SELECT b."id" AS child, b."outletId" AS outlet, b."midMonth" AS mm FROM "RollupBucket" b JOIN _l3keys k ON b."level" = 1 AND ${L3_DATED}
           UNION ALL
           SELECT b."id", b."outletId", NULL FROM "RollupBucket" b JOIN _l3keys k ON b."level" = 1 AND ${L3_UNDATED}`,
        ]),
    `ANALYZE _m3`,
    `CREATE TEMP TABLE _p3 ON COMMIT DROP AS SELECT nextval(${SEQ})::int AS id, outlet, mm FROM _m3 GROUP BY outlet, mm`,
    `CREATE TEMP TABLE _mp3 ON COMMIT DROP AS
     SELECT m.child, p.id AS parent FROM _m3 m JOIN _p3 p ON p.outlet = m.outlet AND coalesce(p.mm, ${NEG}) = coalesce(m.mm, ${NEG})`,
    `ANALYZE _mp3`,
    sumBuckets(3, "_mp3", "_p3", ["mm"]),
    // Every (type, referent) row plus the sums over all referents, all types, and both ("*").
    `INSERT INTO "RollupClaim" (${CLAIM_COLUMNS})
     SELECT mp.parent,
            CASE WHEN GROUPING(c."claimantType") = 1 THEN '*' ELSE c."claimantType" END,
            CASE WHEN GROUPING(c."refersTo") = 1 THEN '*' ELSE c."refersTo" END,
            c."unit", sum(c."claims"), sum(c."numbered"), min(c."minValue"), max(c."maxValue"), sum(c."sumValue"), sum(c."sumLogValue"), sum(c."positive")
       FROM _mp3 mp JOIN "RollupClaim" c ON c."bucketId" = mp.child
      GROUP BY mp.parent, c."unit", GROUPING SETS ((c."claimantType", c."refersTo"), (c."claimantType"), (c."refersTo"), ())
      ORDER BY 1`,
  ],

  /**
   * Level 4: level 1 summed by years, keyed by (outlet, first day of the year of the latest month, last day of the
   * year of the earliest month), without the month of the middle. A date filter takes the years wholly inside it
   * from here (charts that need no month), so a filter of several years reads a few buckets per outlet instead of
   * every (first month, last month) shape in them.
   */
  level4: (full: boolean): string[] => [
    `CREATE TEMP TABLE _l4keys ON COMMIT DROP AS SELECT DISTINCT outlet, ${yearStart("lm")} AS lm, ${yearEnd("eme")} AS eme FROM _l1keys`,
    ...(full
      ? [
          `CREATE TEMP TABLE _m4 ON COMMIT DROP AS
           SELECT "id" AS child, "outletId" AS outlet, ${yearStart(`"latestMonth"`)} AS lm, ${yearEnd(`"earliestMonthEnd"`)} AS eme
             FROM "RollupBucket" WHERE "level" = 1`,
        ]
      : [
          ...dropBuckets(4, "_l4keys k", [L4_DATED, L1_UNDATED]),
          `CREATE TEMP TABLE _m4 ON COMMIT DROP AS
           SELECT b."id" AS child, b."outletId" AS outlet, k.lm, k.eme FROM "RollupBucket" b JOIN _l4keys k ON b."level" = 1 AND ${L4_CHILD}
           UNION ALL
           SELECT b."id", b."outletId", NULL, NULL FROM "RollupBucket" b JOIN _l4keys k ON b."level" = 1 AND ${L1_UNDATED}`,
        ]),
    `ANALYZE _m4`,
    `CREATE TEMP TABLE _p4 ON COMMIT DROP AS SELECT nextval(${SEQ})::int AS id, outlet, lm, eme FROM _m4 GROUP BY outlet, lm, eme`,
    `CREATE TEMP TABLE _mp4 ON COMMIT DROP AS
     SELECT m.child, p.id AS parent FROM _m4 m JOIN _p4 p
         ON p.outlet = m.outlet AND coalesce(p.lm, ${NEG}) = coalesce(m.lm, ${NEG}) AND coalesce(p.eme, ${NEG}) = coalesce(m.eme, ${NEG})`,
    `ANALYZE _mp4`,
    ...rollUp(4, "_mp4", "_p4", ["lm", "eme"]),
  ],

  bumpVersion: `INSERT INTO "RollupState" ("id", "version", "refreshedAt") VALUES (1, 1, now())
    ON CONFLICT ("id") DO UPDATE SET "version" = "RollupState"."version" + 1, "refreshedAt" = now() RETURNING "version"`,
};
