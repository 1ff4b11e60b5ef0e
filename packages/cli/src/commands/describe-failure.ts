import { InvalidEnvironmentError, isConnectionLoss, readEnv } from "@framewatch/db";
import { EXIT_DATABASE_LOST } from "./import";
import { redact } from "./open-database";

/** Exit status of a command started wrongly: bad arguments, or a variable set to a value that cannot be used. */
export const EXIT_USAGE = 2;

/**
 * The line and exit status for an error that ended a command. A database
 * that cannot be reached at all was "corpus: connect ECONNREFUSED
 * 127.0.0.1:5432" with status 1 (the status of "some files failed"): it now
 * names the server (password hidden) and exits 75 like a database lost
 * mid-import, since running again once it is up is the remedy for both. An
 * invalid environment is a usage error (2). Anything else keeps its message
 * (never a stack) and status 1.
 */
export function describeFailure(error: unknown): { message: string; code: number } {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof InvalidEnvironmentError) return { message, code: EXIT_USAGE };
  if (isConnectionLoss(error)) {
    let where = "the embedded PostgreSQL";
    try {
      const url = readEnv().DATABASE_URL;
      if (url) where = redact(url);
    } catch {
      // The environment was read before the connection was tried; if it cannot be now, the server stays unnamed.
    }
    return { message: `cannot reach PostgreSQL at ${where} (${message.split("\n")[0]}). Is it running, and is DATABASE_URL right? Run the command again once it is up.`, code: EXIT_DATABASE_LOST };
  }
  return { message, code: 1 };
}
