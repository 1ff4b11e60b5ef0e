-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateTable
CREATE TABLE "Outlet" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Outlet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "raw" TEXT NOT NULL,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "byline" TEXT,
    "dateline" TEXT,
    "outletId" INTEGER,
    "outletEvidence" TEXT,
    "publishedDate" TEXT,
    "publishedPrecision" "DatePrecision",
    "publishedEarliest" DATE,
    "publishedLatest" DATE,
    "publishedEvidence" TEXT,
    "wordCount" INTEGER NOT NULL DEFAULT 0,
    "groupTerms" JSONB NOT NULL DEFAULT '{}',
    "framing" JSONB NOT NULL DEFAULT '{}',
    "dateSpans" JSONB NOT NULL DEFAULT '[]',
    "removed" JSONB NOT NULL DEFAULT '[]',
    "extractorVersion" TEXT NOT NULL,
    "analyzedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importRunId" INTEGER,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FighterClaim" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "low" DOUBLE PRECISION,
    "high" DOUBLE PRECISION,
    "qualifier" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "claimant" TEXT NOT NULL,
    "claimantType" TEXT NOT NULL,
    "refersTo" TEXT NOT NULL,
    "quantityText" TEXT NOT NULL,
    "quantityStart" INTEGER NOT NULL,
    "quantityEnd" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,

    CONSTRAINT "FighterClaim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AttackMention" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "triggerText" TEXT NOT NULL,
    "triggerStart" INTEGER NOT NULL,
    "triggerEnd" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,

    CONSTRAINT "AttackMention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FramingSignal" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "ordinal" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "matchText" TEXT NOT NULL,
    "matchStart" INTEGER NOT NULL,
    "matchEnd" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,

    CONSTRAINT "FramingSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "extractorVersion" TEXT NOT NULL,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "reanalysed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "failures" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Outlet_name_key" ON "Outlet"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_sha256_key" ON "Article"("sha256");

-- CreateIndex
CREATE INDEX "Article_outletId_idx" ON "Article"("outletId");

-- CreateIndex
CREATE INDEX "Article_publishedEarliest_idx" ON "Article"("publishedEarliest");

-- CreateIndex
CREATE INDEX "FighterClaim_claimantType_idx" ON "FighterClaim"("claimantType");

-- CreateIndex
CREATE INDEX "FighterClaim_refersTo_idx" ON "FighterClaim"("refersTo");

-- CreateIndex
CREATE UNIQUE INDEX "FighterClaim_articleId_ordinal_key" ON "FighterClaim"("articleId", "ordinal");

-- CreateIndex
CREATE INDEX "AttackMention_type_idx" ON "AttackMention"("type");

-- CreateIndex
CREATE UNIQUE INDEX "AttackMention_articleId_ordinal_key" ON "AttackMention"("articleId", "ordinal");

-- CreateIndex
CREATE INDEX "FramingSignal_dimension_category_idx" ON "FramingSignal"("dimension", "category");

-- CreateIndex
CREATE UNIQUE INDEX "FramingSignal_articleId_ordinal_key" ON "FramingSignal"("articleId", "ordinal");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_outletId_fkey" FOREIGN KEY ("outletId") REFERENCES "Outlet"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_importRunId_fkey" FOREIGN KEY ("importRunId") REFERENCES "ImportRun"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FighterClaim" ADD CONSTRAINT "FighterClaim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AttackMention" ADD CONSTRAINT "AttackMention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FramingSignal" ADD CONSTRAINT "FramingSignal_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

