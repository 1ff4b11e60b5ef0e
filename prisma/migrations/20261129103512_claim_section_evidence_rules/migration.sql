-- AlterTable
ALTER TABLE "FighterClaim" ADD COLUMN     "claimantEvidenceEnd" INTEGER,
ADD COLUMN     "claimantEvidenceStart" INTEGER,
ADD COLUMN     "claimantEvidenceText" TEXT,
ADD COLUMN     "rules" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "section" TEXT NOT NULL DEFAULT 'body';

