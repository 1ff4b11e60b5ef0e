import path from "node:path";
import { superviseProcess, type SupervisedProcess } from "./supervise-process";

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");

export interface WorkerPool {
  size: number;
  processes: SupervisedProcess[];
  stop: () => Promise<void>;
}

/**
 * Starts `size` queue-worker processes (`corpus worker --process`), one per
 * core: analysis is CPU-bound JavaScript, and one Node.js process uses one
 * core. Each is supervised: a worker that dies is started again, and the
 * jobs it held are released by the others (see worker-liveness).
 */
export function startWorkerPool(databaseUrl: string, size: number, log: (line: string) => void): WorkerPool {
  const processes = Array.from({ length: size }, (_, i) =>
    superviseProcess({
      name: `import worker ${i + 1}`,
      command: process.execPath,
      args: [BIN, "worker", "--process"],
      // The IPC channel carries nothing: its closing tells the worker that this process died (see runWorkerProcess).
      // eslint-disable-next-line no-restricted-properties
      spawnOptions: { stdio: ["ignore", "inherit", "inherit", "ipc"], env: { ...process.env, DATABASE_URL: databaseUrl } },
      log,
    }),
  );
  return {
    size,
    processes,
    stop: async () => {
      await Promise.all(processes.map((p) => p.stop()));
    },
  };
}
