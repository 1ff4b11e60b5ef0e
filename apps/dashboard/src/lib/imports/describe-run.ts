import type { ImportRunItem } from "@framewatch/db/import-history";

/** A moment as the history shows it: "2026-11-29 14:05 UTC" (one zone for everyone reading the same page). */
export function formatWhen(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** A run's length: "0.4 s", "12 s", "3 min 4 s", "2 h 5 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "–";
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}

/** How long a run took, or has been going ("running for 3 min 4 s"). */
export function describeDuration(run: Pick<ImportRunItem, "finishedAt" | "durationMs">): string {
  return run.finishedAt ? formatDuration(run.durationMs) : `running for ${formatDuration(run.durationMs)}`;
}

/** Where a run stands, in words: "finished", "running", "interrupted", and whether its articles were deleted. */
export function describeState(run: Pick<ImportRunItem, "state" | "finishedAt" | "deleted">): string {
  const base =
    run.state === "running" ? "running" : run.state === "interrupted" ? (run.finishedAt ? "interrupted" : "interrupted, finishing queued files") : "finished";
  return run.deleted ? `${base}; articles deleted` : base;
}

/** "import #12" or "re-analysis #3". */
export function runName(run: Pick<ImportRunItem, "id" | "kind">): string {
  return `${run.kind === "reanalyse" ? "re-analysis" : "import"} #${run.id}`;
}
