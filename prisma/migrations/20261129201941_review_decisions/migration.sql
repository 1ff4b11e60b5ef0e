-- CreateEnum
CREATE TYPE "ReviewAction" AS ENUM ('accept', 'reject', 'correct', 'add');

-- CreateEnum
CREATE TYPE "ReviewFactKind" AS ENUM ('claim', 'attack');

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "kind" "ReviewFactKind" NOT NULL,
    "action" "ReviewAction" NOT NULL,
    "reason" TEXT,
    "note" TEXT,
    "claimId" INTEGER,
    "attackId" INTEGER,
    "addedId" INTEGER,
    "before" JSONB,
    "after" JSONB,
    "userId" TEXT NOT NULL,
    "userName" TEXT NOT NULL,
    "userEmail" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "extractorVersion" TEXT NOT NULL,
    "section" TEXT NOT NULL DEFAULT 'body',
    "sentenceStart" INTEGER NOT NULL,
    "sentenceEnd" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "sentenceHash" TEXT NOT NULL,
    "anchorStart" INTEGER NOT NULL,
    "anchorEnd" INTEGER NOT NULL,
    "anchorText" TEXT NOT NULL,
    "supersededById" INTEGER,
    "detachedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewDecision_articleId_id_idx" ON "ReviewDecision"("articleId", "id");

-- CreateIndex
CREATE INDEX "ReviewDecision_claimId_idx" ON "ReviewDecision"("claimId");

-- CreateIndex
CREATE INDEX "ReviewDecision_attackId_idx" ON "ReviewDecision"("attackId");

-- CreateIndex
CREATE INDEX "ReviewDecision_addedId_idx" ON "ReviewDecision"("addedId");

-- CreateIndex
CREATE INDEX "ReviewDecision_detachedAt_id_idx" ON "ReviewDecision"("detachedAt", "id");

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

