/**
 * The HTTP methods each route answers, from one table the proxy enforces
 * (src/proxy.ts), so no route handler has to remember to refuse the rest and
 * a new handler cannot forget to. Anything else gets 405 with an `Allow`
 * header, before any handler or page renders. The table itself is in
 * route-methods.mjs, which the front server (server/main.mjs) reads too.
 */
export { allowedMethods, API_ROUTES } from "./route-methods.mjs";

/** The 405 answer: JSON like every other API error, with the `Allow` header RFC 9110 requires. */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  return Response.json(
    { error: `Method ${method} is not allowed here. Allowed: ${allowed.join(", ")}.` },
    { status: 405, headers: { allow: allowed.join(", "), "cache-control": "no-store" } },
  );
}
