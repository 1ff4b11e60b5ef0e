import { z } from "zod";

const schema = z.object({
  /** Any PostgreSQL; when set, nothing embedded starts. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
    .optional(),
  /** Port of the embedded server; away from 5432 so it never clashes with a system PostgreSQL. */
  FRAMEWATCH_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  /** Where the embedded cluster keeps its files; default `.data/postgres` in the repository (git-ignored). */
  FRAMEWATCH_DATA_DIR: z.string().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Interface the dashboard listens on: this machine only unless exposed on purpose (`HOST=0.0.0.0`). */
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  /** Import worker processes that `corpus serve`, `corpus worker` and a lone `corpus import` start; default one per core. */
  FRAMEWATCH_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /**
   * Largest file `corpus import` reads, in MB; larger ones are refused with their size. Far above
   * any news article: it only stops a log, a dump or a disk image from filling memory.
   */
  FRAMEWATCH_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(8),
  /**
   * Seconds `corpus import --urls` gives one request (connecting, the response and its whole body) before it reports
   * the URL as timed out and goes on with the others.
   */
  FRAMEWATCH_URL_TIMEOUT_S: z.coerce.number().positive().max(600).default(15),
  /**
   * URLs imported from the dashboard may reach loopback, private and link-local addresses ("1"). Off by default:
   * whoever may import could otherwise make the server fetch its own internal services (SSRF). The command line
   * fetches what its user lists and is not limited.
   */
  FRAMEWATCH_URL_ALLOW_PRIVATE: z
    .enum(["0", "1", "true", "false", ""])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
});

export type Env = z.infer<typeof schema>;

/**
 * A variable set to a value that cannot be used: a mistake in how the command
 * was started, which `corpus` reports as a usage error (exit 2), not as a
 * failed import (exit 1).
 */
export class InvalidEnvironmentError extends Error {}

/** Reads and validates the environment once; the only place that reads process.env for the db package. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new InvalidEnvironmentError(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
