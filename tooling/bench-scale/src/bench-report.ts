import type { SkippedRoute } from "./expand-routes";
import type { RouteResult } from "./measure-route";
import type { RateFigure } from "./measure-ingest";

/** Everything one run measured; written as JSON with --json and rendered by render-report.ts. */
export interface BenchReport {
  machine: MachineInfo;
  params: Record<string, string | number | boolean | null>;
  ingest: IngestResult;
  stages: StageResult[];
  skipped: SkippedRoute[];
}

export interface MachineInfo {
  date: string;
  cores: number;
  cpuModel: string;
  ramGb: number;
  node: string;
  postgres: string;
  commit: string;
  /** Load average when the run started: the machine is shared. */
  loadAverage: string;
}

export interface IngestResult {
  files: number;
  analysis: RateFigure;
  copy: RateFigure;
  import: {
    seconds: number;
    /** Articles stored by the import (counted in the database afterwards). */
    stored: number;
    perSecond: number;
    /** CPU seconds of the corpus process tree (sampled; PostgreSQL not included). */
    cpuSeconds: number;
    exitCode: number | null;
    peakRssBytes: number;
    /** Peak RSS within each quarter of the run's wall time. */
    rssByQuarter: number[];
  };
}

export interface StageResult {
  articles: number;
  /** Building this size: import (first stage), copies in SQL, VACUUM ANALYZE, rollups. */
  setupSeconds: number;
  rowCounts: Record<string, number>;
  /** Whether a refreshRollups export was found and run. */
  rollups: string;
  routes: RouteResult[];
  serverPeakRssBytes: number;
  serverExits: string[];
}

/** Peak of the samples falling in each quarter of [0, end]. */
export function peaksByQuarter(timeline: readonly [number, number][]): number[] {
  const end = timeline.length ? timeline[timeline.length - 1]![0] : 0;
  const peaks = [0, 0, 0, 0];
  for (const [t, bytes] of timeline) {
    const q = end > 0 ? Math.min(3, Math.floor((t / end) * 4)) : 3;
    peaks[q] = Math.max(peaks[q]!, bytes);
  }
  return peaks;
}
