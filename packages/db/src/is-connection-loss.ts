/** PostgreSQL SQLSTATEs and socket errors that mean the server is gone, not that it refused a query. */
const LOST_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03"]);
/** What @prisma/adapter-pg calls the same socket errors once Prisma has wrapped them. */
const LOST_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout"]);
/** Prisma's own codes for a server it cannot reach or that closed the connection. */
const LOST_PRISMA_CODES = new Set(["P1001", "P1002", "P1017"]);

/**
 * True when an error means the database is gone or unreachable (refused,
 * reset, terminated, shut down, still starting), as opposed to a query
 * PostgreSQL refused. The one place that decides it, for the importer, the
 * workers and the dashboard alike. node-postgres reports the first kind with
 * a socket error code or a "Connection terminated" message, PostgreSQL
 * itself with SQLSTATE class 08 (connection exception) or 57P01-57P03
 * (shutdown, crash, cannot connect now); Prisma wraps either in an error
 * whose `meta.driverAdapterError.cause` names the kind.
 */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (LOST_CODES.has(code) || LOST_PRISMA_CODES.has(code) || code.startsWith("08")) return true;
  }
  if (/Connection terminated|connection to the server was lost|server closed the connection|Client has encountered a connection error|Can't reach database server/i.test(error.message)) {
    return true;
  }
  const adapter = (error as { meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown; originalCode?: unknown } } } }).meta?.driverAdapterError?.cause;
  if (adapter) {
    if (typeof adapter.kind === "string" && LOST_KINDS.has(adapter.kind)) return true;
    for (const c of [adapter.code, adapter.originalCode]) {
      if (typeof c === "string" && (LOST_CODES.has(c) || c.startsWith("08"))) return true;
    }
  }
  // AggregateError (a refused connection tried on several addresses) and wrapped causes.
  const inner = error instanceof AggregateError ? error.errors : [];
  return [...inner, (error as { cause?: unknown }).cause].some((e) => e !== undefined && e !== error && isConnectionLoss(e));
}
