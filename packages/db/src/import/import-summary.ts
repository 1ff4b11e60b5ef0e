export interface ImportSummary {
  runId: number;
  kind: "import" | "reanalyse";
  /** The command that started the run stopped before its end (see ImportRun.interruptedAt): `total` covers only what was staged. */
  interrupted: boolean;
  total: number;
  imported: number;
  unchanged: number;
  reanalysed: number;
  failed: number;
  failures: { source: string; reason: string }[];
}

/** Where a run stands while it is being worked on. */
export interface ImportProgress {
  runId: number;
  /** Files staged so far; the run's total once `staged` is true. */
  total: number;
  staged: boolean;
  /** Files with an outcome (imported, unchanged, re-analysed or failed). */
  done: number;
  imported: number;
  unchanged: number;
  reanalysed: number;
  failed: number;
  finished: boolean;
}
