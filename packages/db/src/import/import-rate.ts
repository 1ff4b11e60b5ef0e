/**
 * Articles per second over the last few seconds of an import, and the time
 * left at that rate: what the CLI's progress bar and the browser's upload
 * progress both show. A window rather than the whole run, so the rate follows
 * workers joining or leaving.
 */
export function trackImportRate(windowMs = 10_000, minSpanMs = 1_000) {
  const samples: { at: number; done: number }[] = [];
  return {
    /** Records `done` outcomes at time `at` (ms); the rate over the window, null until the samples span `minSpanMs`. */
    add(at: number, done: number): number | null {
      samples.push({ at, done });
      while (samples.length > 2 && at - samples[0]!.at > windowMs) samples.shift();
      const oldest = samples[0]!;
      if (at - oldest.at < minSpanMs) return null;
      return ((done - oldest.done) * 1000) / (at - oldest.at);
    },
  };
}

/** Seconds until `left` more outcomes at `perSecond`; null while the rate is unknown or zero (0 when none are left). */
export function secondsLeft(left: number, perSecond: number | null): number | null {
  if (left <= 0) return 0;
  return perSecond !== null && perSecond > 0 ? Math.ceil(left / perSecond) : null;
}
