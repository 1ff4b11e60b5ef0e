import { firstLine } from "@framewatch/db";

/**
 * graphile-worker reports a worker that lost its database with console.trace
 * (a raw stack, bypassing its logger). A command that runs queue workers
 * prints its first line instead, then its own account of what happened.
 */
export function quietConsoleTrace(log: (line: string) => void): void {
  console.trace = (...args: unknown[]) => log(`[queue] ${firstLine(args[0])}`);
}
