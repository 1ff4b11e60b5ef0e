-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "interruptedAt" TIMESTAMP(3);

