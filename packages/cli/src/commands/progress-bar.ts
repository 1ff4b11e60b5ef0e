/**
 * A one-line progress bar on a terminal (stderr), silent when stderr is not
 * a TTY so logs and CI output stay clean.
 */
export function createProgressBar(stream: NodeJS.WriteStream = process.stderr) {
  const enabled = Boolean(stream.isTTY);
  let drawn = false;
  return {
    update(done: number, total: number, label: string) {
      if (!enabled || total === 0) return;
      const width = 30;
      const filled = Math.round((done / total) * width);
      const columns = stream.columns ?? 80;
      const head = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} `;
      const room = Math.max(0, columns - head.length - 1);
      stream.write(`\r${head}${label.slice(-room).padEnd(room)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
