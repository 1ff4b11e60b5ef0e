import { Prisma } from "../generated/prisma/client";

/**
 * Where a run stands: "running" until it finishes (its files are still being staged or analysed);
 * "interrupted" when the command that started it stopped before its end (it covers the files staged by then);
 * "finished" otherwise.
 */
export type ImportRunState = "running" | "interrupted" | "finished";

/** What an admin deleted of a run: when, who, and how many articles and facts went with them. */
export interface ImportRunDeletion {
  /** ISO timestamp. */
  at: string;
  /** Who deleted them, as the history shows it ("Ana Admin <ana@example.org>", "command line (root)"). */
  by: string;
  articles: number;
  claims: number;
  attacks: number;
  signals: number;
}

/** One run of the import history, as the list, the run's page and the JSON API show it. */
export interface ImportRunItem {
  id: number;
  /** "import" (files, a browser upload, URLs) or "reanalyse" (stored articles analysed again by a newer extractor). */
  kind: "import" | "reanalyse";
  /** Who started it: "Ana Analyst <ana@example.org>", "command line (ana)", "start-up import of the bundled corpus". */
  startedBy: string;
  /** ISO timestamps; finishedAt is null while the run is under way, interruptedAt unless its command stopped early. */
  startedAt: string;
  finishedAt: string | null;
  interruptedAt: string | null;
  state: ImportRunState;
  /** How long the run took, or has been going so far (by the database's clock), in ms. */
  durationMs: number;
  /** Files (records of structured files, URLs) the run covers; grows while it is staged. */
  total: number;
  imported: number;
  unchanged: number;
  reanalysed: number;
  failed: number;
  /** Set once an admin deleted the articles the run added; the run itself stays in the history. */
  deleted: ImportRunDeletion | null;
}

/** The ImportRun columns an ImportRunItem is made of (alias `r`). */
export const RUN_COLUMNS = Prisma.sql`r."id", r."kind", r."startedBy", r."startedAt", r."finishedAt", r."interruptedAt",
  (extract(epoch FROM coalesce(r."finishedAt", now()::timestamp) - r."startedAt") * 1000)::float8 AS "durationMs",
  r."total", r."imported", r."unchanged", r."reanalysed", r."failed",
  r."deletedAt", r."deletedBy", r."deletedArticles", r."deletedClaims", r."deletedAttacks", r."deletedSignals"`;

export interface RunRow {
  id: number;
  kind: string;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  interruptedAt: Date | null;
  durationMs: number;
  total: number;
  imported: number;
  unchanged: number;
  reanalysed: number;
  failed: number;
  deletedAt: Date | null;
  deletedBy: string | null;
  deletedArticles: number | null;
  deletedClaims: number | null;
  deletedAttacks: number | null;
  deletedSignals: number | null;
}

export function toRunItem(r: RunRow): ImportRunItem {
  return {
    id: r.id,
    kind: r.kind === "reanalyse" ? "reanalyse" : "import",
    startedBy: r.startedBy,
    startedAt: r.startedAt.toISOString(),
    finishedAt: r.finishedAt?.toISOString() ?? null,
    interruptedAt: r.interruptedAt?.toISOString() ?? null,
    state: r.interruptedAt ? "interrupted" : r.finishedAt ? "finished" : "running",
    durationMs: Math.max(0, Math.round(r.durationMs)),
    total: r.total,
    imported: r.imported,
    unchanged: r.unchanged,
    reanalysed: r.reanalysed,
    failed: r.failed,
    deleted: r.deletedAt
      ? {
          at: r.deletedAt.toISOString(),
          by: r.deletedBy ?? "",
          articles: r.deletedArticles ?? 0,
          claims: r.deletedClaims ?? 0,
          attacks: r.deletedAttacks ?? 0,
          signals: r.deletedSignals ?? 0,
        }
      : null,
  };
}
