-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "startedBy" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "startedById" TEXT;

