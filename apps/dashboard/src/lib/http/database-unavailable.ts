import { noteDatabaseError, RETRY_AFTER_SECONDS } from "@/lib/database-health";

/** The one message, for people and programs alike. */
export const UNAVAILABLE_MESSAGE = "database unavailable, retrying";

/** The headers of every 503 while the database is unreachable (App Router responses and Pages API routes alike). */
export const UNAVAILABLE_HEADERS = { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" };
const headers = UNAVAILABLE_HEADERS;

/** The JSON body of an API's 503 while the database is unreachable; `outcome` says what did not happen, if anything. */
export function unavailableBody(outcome?: string) {
  return { error: outcome ? `${UNAVAILABLE_MESSAGE}: ${outcome}` : UNAVAILABLE_MESSAGE, retryAfterSeconds: RETRY_AFTER_SECONDS };
}

/** An API's answer while the database is unreachable: 503, JSON like every other API error, with Retry-After. */
export function databaseUnavailableJson(): Response {
  return Response.json(unavailableBody(), { status: 503, headers });
}

/**
 * A page's answer while the database is unreachable: 503 and a short page
 * that says so and asks again on its own every few seconds. A meta refresh,
 * not a script, so it needs no nonce and works with scripts off; once the
 * database is back the refresh loads the page the reader asked for.
 */
export function databaseUnavailablePage(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}">
<title>Database unavailable · Framewatch</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1f2937}h1{font-size:1.25rem}</style>
</head>
<body>
<main role="alert">
<h1>Framewatch: ${UNAVAILABLE_MESSAGE}</h1>
<p>The dashboard cannot reach its database right now (it may be restarting). This page tries again every ${RETRY_AFTER_SECONDS} seconds and shows what you asked for as soon as the database is back.</p>
</main>
</body>
</html>
`;
  return new Response(html, { status: 503, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}

/**
 * Wraps an App Router handler: a query that fails because the database is
 * unreachable (lost between the proxy's check and the query) answers 503
 * like the proxy would, instead of a bare 500. Other errors propagate.
 */
export function withDatabase<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (noteDatabaseError(error)) return databaseUnavailableJson();
      throw error;
    }
  };
}
