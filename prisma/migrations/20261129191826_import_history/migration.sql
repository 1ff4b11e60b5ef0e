-- DropIndex
DROP INDEX "ImportFile_runId_status_idx";

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "deletedArticles" INTEGER,
ADD COLUMN     "deletedAt" TIMESTAMP(3),
ADD COLUMN     "deletedAttacks" INTEGER,
ADD COLUMN     "deletedBy" TEXT,
ADD COLUMN     "deletedById" TEXT,
ADD COLUMN     "deletedClaims" INTEGER,
ADD COLUMN     "deletedSignals" INTEGER;

-- CreateIndex
CREATE INDEX "Article_importRunId_id_idx" ON "Article"("importRunId", "id");

-- CreateIndex
CREATE INDEX "ImportFile_runId_status_id_idx" ON "ImportFile"("runId", "status", "id");

-- CreateIndex
CREATE INDEX "ImportFile_runId_id_idx" ON "ImportFile"("runId", "id");

