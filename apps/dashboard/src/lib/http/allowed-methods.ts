/**
 * The HTTP methods each route answers, in one table the proxy enforces
 * (src/proxy.ts), so no route handler has to remember to refuse the rest and
 * a new handler cannot forget to. Anything else gets 405 with an `Allow`
 * header, before any handler or page renders.
 */
const READ = ["GET", "HEAD"] as const;

/** Route prefixes under /api and what they accept; first match wins. */
const API_ROUTES: readonly { prefix: string; methods: readonly string[] }[] = [
  { prefix: "/api/short-links", methods: ["POST"] },
  { prefix: "/api/charts/", methods: READ },
  { prefix: "/api/og/", methods: READ },
  { prefix: "/api/articles", methods: READ },
  { prefix: "/api/articles/", methods: READ },
  { prefix: "/api/claims", methods: READ },
  { prefix: "/api/claims/", methods: READ },
];

/**
 * The methods `pathname` supports, or null when the path is not ours to
 * judge (an unknown API path: Next answers 404 for it whatever the method).
 * Pages, embeds and short-link redirects are read-only: the dashboard has no
 * forms that post and no server actions.
 */
export function allowedMethods(pathname: string): readonly string[] | null {
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const route = API_ROUTES.find((r) => (r.prefix.endsWith("/") ? pathname.startsWith(r.prefix) : pathname === r.prefix || pathname === `${r.prefix}/`));
    return route ? route.methods : null;
  }
  return READ;
}

/** The 405 answer: JSON like every other API error, with the `Allow` header RFC 9110 requires. */
export function methodNotAllowed(method: string, allowed: readonly string[]): Response {
  return Response.json(
    { error: `Method ${method} is not allowed here. Allowed: ${allowed.join(", ")}.` },
    { status: 405, headers: { allow: allowed.join(", "), "cache-control": "no-store" } },
  );
}
