-- Rollup level 4: the month buckets (level 1) summed by years, so a date
-- filter reads the whole years inside it in a few rows per outlet (see
-- packages/db/src/rollups/select-buckets.ts). refreshRollups keeps it up to
-- date from now on (refresh-sql.ts, level4); this builds it once from the
-- level-1 buckets already stored, in this migration's transaction, so no
-- reader ever sees a date filter without its years. No schema change: the
-- level-4 keys live in level 1's columns (latestMonth = first day of the
-- year, earliestMonthEnd = last day of the year; no midMonth).
-- rollup-years-migration.test.ts checks it builds what a refresh builds.

-- level4:begin
CREATE TEMP TABLE _m4 ON COMMIT DROP AS
SELECT "id" AS child, "outletId" AS outlet,
       date_trunc('year', "latestMonth"::timestamp)::date AS lm,
       (date_trunc('year', "earliestMonthEnd"::timestamp) + interval '1 year' - interval '1 day')::date AS eme
  FROM "RollupBucket" WHERE "level" = 1;

CREATE TEMP TABLE _p4 ON COMMIT DROP AS
SELECT nextval(pg_get_serial_sequence('"RollupBucket"', 'id'))::int AS id, outlet, lm, eme FROM _m4 GROUP BY outlet, lm, eme;

CREATE TEMP TABLE _mp4 ON COMMIT DROP AS
SELECT m.child, p.id AS parent FROM _m4 m JOIN _p4 p
    ON p.outlet = m.outlet AND coalesce(p.lm, '-infinity'::date) = coalesce(m.lm, '-infinity'::date)
   AND coalesce(p.eme, '-infinity'::date) = coalesce(m.eme, '-infinity'::date);

INSERT INTO "RollupBucket" ("id", "level", "outletId", "earliest", "latest", "latestMonth", "earliestMonthEnd", "midMonth",
                            "articles", "undated", "words", "sentences", "claims", "attacks", "signals")
SELECT p.id, 4, p.outlet, min(b."earliest"), max(b."latest"), p.lm, p.eme, NULL::date,
       sum(b."articles"), sum(b."undated"), sum(b."words"), sum(b."sentences"), sum(b."claims"), sum(b."attacks"), sum(b."signals")
  FROM _mp4 mp JOIN _p4 p ON p.id = mp.parent JOIN "RollupBucket" b ON b."id" = mp.child
 GROUP BY p.id, p.outlet, p.lm, p.eme;

INSERT INTO "RollupCount" ("bucketId", "kind", "key", "count", "articles")
SELECT mp.parent, c."kind", c."key", sum(c."count"), sum(c."articles")
  FROM _mp4 mp JOIN "RollupCount" c ON c."bucketId" = mp.child
 GROUP BY 1, 2, 3 ORDER BY 1;

INSERT INTO "RollupClaim" ("bucketId", "claimantType", "refersTo", "unit", "claims", "numbered", "minValue", "maxValue", "sumValue", "sumLogValue", "positive")
SELECT mp.parent, c."claimantType", c."refersTo", c."unit", sum(c."claims"), sum(c."numbered"), min(c."minValue"), max(c."maxValue"),
       sum(c."sumValue"), sum(c."sumLogValue"), sum(c."positive")
  FROM _mp4 mp JOIN "RollupClaim" c ON c."bucketId" = mp.child
 GROUP BY 1, 2, 3, 4 ORDER BY 1;
-- level4:end

-- Caches keyed on the version must not serve what they read before the years existed.
UPDATE "RollupState" SET "version" = "version" + 1, "refreshedAt" = now() WHERE "id" = 1;
