-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- DropIndex
DROP INDEX "Article_outletId_idx";

-- DropIndex
DROP INDEX "Article_publishedEarliest_idx";

-- CreateTable
CREATE TABLE "RollupBucket" (
    "id" SERIAL NOT NULL,
    "level" INTEGER NOT NULL,
    "outletId" INTEGER NOT NULL,
    "earliest" DATE,
    "latest" DATE,
    "latestMonth" DATE,
    "earliestMonthEnd" DATE,
    "midMonth" DATE,
    "articles" INTEGER NOT NULL,
    "undated" INTEGER NOT NULL,
    "words" BIGINT NOT NULL,
    "sentences" BIGINT NOT NULL,
    "claims" INTEGER NOT NULL,
    "attacks" INTEGER NOT NULL,
    "signals" INTEGER NOT NULL,

    CONSTRAINT "RollupBucket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollupCount" (
    "bucketId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "articles" INTEGER NOT NULL,

    CONSTRAINT "RollupCount_pkey" PRIMARY KEY ("bucketId","kind","key")
);

-- CreateTable
CREATE TABLE "RollupClaim" (
    "bucketId" INTEGER NOT NULL,
    "claimantType" TEXT NOT NULL,
    "refersTo" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "claims" INTEGER NOT NULL,
    "numbered" INTEGER NOT NULL,
    "minValue" DOUBLE PRECISION,
    "maxValue" DOUBLE PRECISION,
    "sumValue" DOUBLE PRECISION NOT NULL,
    "sumLogValue" DOUBLE PRECISION NOT NULL,
    "positive" INTEGER NOT NULL,

    CONSTRAINT "RollupClaim_pkey" PRIMARY KEY ("bucketId","claimantType","refersTo","unit")
);

-- CreateTable
CREATE TABLE "RollupDirty" (
    "id" BIGSERIAL NOT NULL,
    "outletId" INTEGER,
    "earliest" DATE,
    "latest" DATE,
    "everything" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "RollupDirty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RollupState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "refreshedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollupState_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RollupBucket_level_outletId_latestMonth_earliestMonthEnd_mi_idx" ON "RollupBucket"("level", "outletId", "latestMonth", "earliestMonthEnd", "midMonth");

-- CreateIndex
CREATE INDEX "RollupBucket_level_outletId_midMonth_idx" ON "RollupBucket"("level", "outletId", "midMonth");

-- CreateIndex
CREATE INDEX "RollupBucket_level_latest_idx" ON "RollupBucket"("level", "latest");

-- CreateIndex
CREATE INDEX "RollupBucket_level_earliest_idx" ON "RollupBucket"("level", "earliest");

-- CreateIndex
CREATE INDEX "Article_outletId_publishedEarliest_publishedLatest_idx" ON "Article"("outletId", "publishedEarliest", "publishedLatest");

-- CreateIndex
CREATE INDEX "Article_publishedEarliest_id_idx" ON "Article"("publishedEarliest", "id");

-- CreateIndex
CREATE INDEX "Article_outletId_id_idx" ON "Article"("outletId", "id");

-- CreateIndex
CREATE INDEX "Article_title_id_idx" ON "Article"("title", "id");

-- CreateIndex
CREATE INDEX "Article_title_trgm_idx" ON "Article" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Article_source_trgm_idx" ON "Article" USING GIN ("source" gin_trgm_ops);

