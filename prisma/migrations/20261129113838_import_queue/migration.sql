-- CreateEnum
CREATE TYPE "ImportFileStatus" AS ENUM ('pending', 'imported', 'unchanged', 'reanalysed', 'failed');

-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'import',
ADD COLUMN     "stagedAt" TIMESTAMP(3),
ADD COLUMN     "total" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ImportFile" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "sha256" TEXT,
    "raw" TEXT,
    "articleId" INTEGER,
    "status" "ImportFileStatus" NOT NULL DEFAULT 'pending',
    "reason" TEXT,

    CONSTRAINT "ImportFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportFile_runId_status_idx" ON "ImportFile"("runId", "status");

-- AddForeignKey
ALTER TABLE "ImportFile" ADD CONSTRAINT "ImportFile_runId_fkey" FOREIGN KEY ("runId") REFERENCES "ImportRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

