-- The review queue sorts facts by the machine's confidence (corpus-model
-- claimConfidence / attackConfidence), so it is stored with each fact: the
-- import writes it (packages/db/src/import/article-rows.ts). Facts imported
-- before this migration get it here, by SQL mirroring those rules. In SQL,
-- not in JS in the runner: one UPDATE per table, nothing leaves the server
-- (1.1 M claims at 100,000 articles), and it runs inside this migration's
-- transaction, so no row is ever without a confidence. The rules read only
-- stored columns (rules, claimantType; type, triggerText), so both sides
-- agree; fact-confidence-backfill.test.ts checks it on the bundled corpus.
-- The columns' ADD / NOT NULL / index parts are Prisma's differ's output; the
-- backfill between them is hand-written.

-- AlterTable
ALTER TABLE "FighterClaim" ADD COLUMN     "confidence" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "AttackMention" ADD COLUMN     "confidence" DOUBLE PRECISION;

-- The rollups do not read confidence: the backfill must not mark every cell dirty.
ALTER TABLE "FighterClaim" DISABLE TRIGGER "FighterClaim_rollup_update";
ALTER TABLE "AttackMention" DISABLE TRIGGER "AttackMention_rollup_update";

-- backfill:FighterClaim
UPDATE "FighterClaim" SET "confidence" = round(greatest(0.05, least(1.0,
    1.0
    - CASE WHEN EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'vague:%') THEN 0.25 ELSE 0 END
    - CASE WHEN EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'referent:%') THEN 0 ELSE 0.2 END
    - CASE
        WHEN NOT EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'claimant:%') THEN 0.2
        WHEN EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'claimant:publisher%') THEN 0.15
        WHEN EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'claimant:continuation%' OR r LIKE 'claimant:relay%') THEN 0.1
        ELSE 0 END
    - CASE
        WHEN NOT EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'type:%') THEN 0.2
        WHEN EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'type:theatre:%') THEN 0.15
        WHEN EXISTS (SELECT FROM unnest("rules") r WHERE r LIKE 'type:linked:%') THEN 0.1
        ELSE 0 END
    - CASE WHEN "claimantType" = 'unknown' THEN 0.15 ELSE 0 END
  )), 2)::double precision;

-- backfill:AttackMention
UPDATE "AttackMention" SET "confidence" = CASE
    WHEN "type" = 'unknown' THEN 0.4
    WHEN btrim("triggerText", E' \t\n\r\f\v') ~ '\s' THEN 0.9
    ELSE 0.7 END;

ALTER TABLE "FighterClaim" ENABLE TRIGGER "FighterClaim_rollup_update";
ALTER TABLE "AttackMention" ENABLE TRIGGER "AttackMention_rollup_update";

ALTER TABLE "FighterClaim" ALTER COLUMN "confidence" SET NOT NULL;
ALTER TABLE "AttackMention" ALTER COLUMN "confidence" SET NOT NULL;

-- CreateIndex
CREATE INDEX "FighterClaim_confidence_id_idx" ON "FighterClaim"("confidence", "id");

-- CreateIndex
CREATE INDEX "AttackMention_confidence_id_idx" ON "AttackMention"("confidence", "id");
