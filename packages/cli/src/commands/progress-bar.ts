import { secondsLeft, trackImportRate } from "@framewatch/db/import";

/**
 * A one-line progress bar on a terminal (stderr) with the rate and the time
 * left, silent when stderr is not a TTY so logs and CI output stay clean.
 * The rate is the import's own (trackImportRate), as the browser's upload shows it.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now) {
  const enabled = Boolean(stream.isTTY);
  const rate = trackImportRate();
  let drawn = false;
  return {
    /** `total` null: still counting (the files are being staged). */
    update(done: number, total: number | null, label: string) {
      const perSecond = rate.add(now(), done);
      if (!enabled) return;
      const columns = stream.columns ?? 80;
      const head = total === null || total === 0 ? `${done} ` : `${bar(done, total)} ${done}/${total} ${describeRate(perSecond, total - done)}`;
      const room = Math.max(0, columns - head.length - 2);
      stream.write(`\r${head} ${label.slice(-room).padEnd(room)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}

function bar(done: number, total: number): string {
  const width = 24;
  const filled = Math.min(width, Math.round((done / total) * width));
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
}

/** "312 articles/s, ETA 1m05s"; nothing until a rate is known. */
export function describeRate(perSecond: number | null, left: number): string {
  if (perSecond === null) return "";
  if (perSecond <= 0) return "0 articles/s";
  return `${Math.round(perSecond)} articles/s, ETA ${formatDuration(secondsLeft(left, perSecond) ?? 0)}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : m > 0 ? `${m}m${String(r).padStart(2, "0")}s` : `${r}s`;
}
