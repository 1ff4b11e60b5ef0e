export { createScratchDatabase, findFreePort, makeTempDir, startThrowawayPostgres } from "./start-throwaway-postgres";
export { seedArticle, seedArticles, type ArticleSeed, type AttackSeed, type ClaimSeed, type SignalSeed } from "./seed-articles";
export { writeGeneratedCorpus, writeShortArticles } from "./write-generated-corpus";
export { recordSampleReviews, SAMPLE_REVIEW_ARTICLES, writeSampleReviewArticles } from "./sample-reviews";
