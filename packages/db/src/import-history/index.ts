export { listImportRuns } from "./list-import-runs";
export { getImportRun, type ImportRunDetail } from "./get-import-run";
export {
  FILE_OUTCOMES,
  isFileOutcome,
  listImportRunFailures,
  listImportRunFiles,
  type FileOutcome,
  type ImportFailureItem,
  type ImportFileItem,
  type ImportFileQuery,
} from "./list-import-run-files";
export {
  countRunDeletion,
  deleteRunArticles,
  previewRunDeletion,
  type DeletionRefusal,
  type Deleter,
  type RunDeletionCounts,
  type RunDeletionPreview,
  type RunDeletionResult,
} from "./delete-run-articles";
export type { ImportRunDeletion, ImportRunItem, ImportRunState } from "./import-run-item";
