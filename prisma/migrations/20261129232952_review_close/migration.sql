-- Closing a detached decision (issue 12, docs/review.md): a later decision with action "close" supersedes it,
-- so the log stays append-only. Only the enum grows; nothing in this migration uses the new value (PostgreSQL
-- refuses a value added in the same transaction).

-- AlterEnum
ALTER TYPE "ReviewAction" ADD VALUE 'close';

