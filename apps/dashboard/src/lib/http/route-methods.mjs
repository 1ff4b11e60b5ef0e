/**
 * The HTTP methods each route answers, in one table. Plain JavaScript (with
 * JSDoc types) because two programs read it: the proxy (src/proxy.ts, through
 * allowed-methods.ts), and the front server (server/main.mjs), which runs
 * before Next.js and is not compiled.
 */
const READ = Object.freeze(["GET", "HEAD"]);

/** @type {readonly { prefix: string; methods: readonly string[] }[]} Route prefixes under /api and what they accept; first match wins. */
const API_ROUTES = [
  { prefix: "/api/short-links", methods: ["POST"] },
  // Admin writes: POST /api/outlets/<id> (rename), POST /api/outlets/merge.
  { prefix: "/api/outlets/", methods: ["POST"] },
  { prefix: "/api/charts/", methods: READ },
  { prefix: "/api/evidence/", methods: READ },
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
 * forms that post and no server actions (the admin pages' forms call the POST
 * APIs above with fetch).
 *
 * @param {string} pathname
 * @returns {readonly string[] | null}
 */
export function allowedMethods(pathname) {
  if (pathname === "/api" || pathname.startsWith("/api/")) {
    const route = API_ROUTES.find((r) => (r.prefix.endsWith("/") ? pathname.startsWith(r.prefix) : pathname === r.prefix || pathname === `${r.prefix}/`));
    return route ? route.methods : null;
  }
  return READ;
}
