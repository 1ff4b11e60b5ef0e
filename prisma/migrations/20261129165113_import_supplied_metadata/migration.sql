-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "supplied" JSONB;

-- AlterTable
ALTER TABLE "ImportFile" ADD COLUMN     "metadata" JSONB;

