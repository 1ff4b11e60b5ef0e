/**
 * True when an error means the database is gone or unreachable (refused,
 * reset, terminated, shut down), as opposed to a query PostgreSQL refused:
 * node-postgres reports the first kind with a socket error code or a
 * "Connection terminated" message, PostgreSQL itself with SQLSTATE class 08
 * (connection exception) or 57P01-57P03 (shutdown, crash, cannot connect now).
 */
export function isConnectionLoss(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    if (["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03"].includes(code)) return true;
    if (code.startsWith("08")) return true;
  }
  if (/Connection terminated|connection to the server was lost|server closed the connection|Client has encountered a connection error/i.test(error.message)) return true;
  // AggregateError (a refused connection tried on several addresses) and wrapped causes.
  const inner = error instanceof AggregateError ? error.errors : [];
  return [...inner, (error as { cause?: unknown }).cause].some((e) => e !== undefined && e !== error && isConnectionLoss(e));
}
