/**
 * A one-line progress bar on a terminal (stderr) with the rate and the time
 * left, silent when stderr is not a TTY so logs and CI output stay clean.
 * The rate is measured over the last few seconds, so it follows the workers
 * joining or leaving rather than averaging the whole run.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now) {
  const enabled = Boolean(stream.isTTY);
  const samples: { t: number; done: number }[] = [];
  let drawn = false;
  return {
    /** `total` null: still counting (the files are being staged). */
    update(done: number, total: number | null, label: string) {
      const t = now();
      samples.push({ t, done });
      while (samples.length > 2 && samples[0]!.t < t - 10_000) samples.shift();
      if (!enabled) return;
      const columns = stream.columns ?? 80;
      const head = total === null || total === 0 ? `${done} ` : `${bar(done, total)} ${done}/${total} ${describeRate(samples, done, total)}`;
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

/** "312 articles/s, ETA 1m05s" from the first and last sample of the window. */
export function describeRate(samples: readonly { t: number; done: number }[], done: number, total: number): string {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first || !last || last.t - first.t < 1_000) return "";
  const rate = ((last.done - first.done) * 1000) / (last.t - first.t);
  if (rate <= 0) return "0 articles/s";
  return `${Math.round(rate)} articles/s, ETA ${formatDuration((total - done) / rate)}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  return h > 0 ? `${h}h${String(m).padStart(2, "0")}m` : m > 0 ? `${m}m${String(r).padStart(2, "0")}s` : `${r}s`;
}
