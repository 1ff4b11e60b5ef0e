/**
 * The HTTP methods each route answers, in one table. Plain JavaScript (with
 * JSDoc types) because two programs read it: the proxy (src/proxy.ts, through
 * allowed-methods.ts), and the front server (server/main.mjs), which runs
 * before Next.js and is not compiled.
 */
const READ = Object.freeze(["GET", "HEAD"]);

/**
 * @typedef {{ prefix: string; pattern?: undefined; methods: readonly string[] } | { pattern: RegExp; example: string; prefix?: undefined; methods: readonly string[] }} ApiRoute
 */
/**
 * @type {readonly ApiRoute[]}
 * Routes under /api and what they accept: a prefix (ending in "/": every path below it; otherwise the path itself,
 * with or without a trailing slash) or a pattern for routes with a parameter in the middle, with an example path
 * (e2e/accounts reads the table to send every write route a request); first match wins.
 */
export const API_ROUTES = [
  { prefix: "/api/short-links", methods: ["POST"] },
  // Better Auth: sign-in, sign-out and change-password are POSTs, the session a GET.
  { prefix: "/api/auth/", methods: ["GET", "HEAD", "POST"] },
  { prefix: "/api/admin/users", methods: ["GET", "HEAD", "POST"] },
  { prefix: "/api/admin/users/", methods: ["PATCH", "DELETE"] },
  // Before the run routes: an upload is the one import route that writes (editors).
  { prefix: "/api/imports/upload", methods: ["POST"] },
  // Import history: reading is open; the deletion's POST is checked by the handler (admins only).
  { prefix: "/api/imports", methods: READ },
  { pattern: /^\/api\/imports\/[^/]+\/deletion\/?$/, example: "/api/imports/1/deletion", methods: ["GET", "HEAD", "POST"] },
  { pattern: /^\/api\/imports\/[^/]+\/events\/?$/, example: "/api/imports/1/events", methods: READ },
  { pattern: /^\/api\/imports\/[^/]+\/?$/, example: "/api/imports/1", methods: READ },
  // Admin writes: POST /api/outlets/<id> (rename), POST /api/outlets/merge.
  { prefix: "/api/outlets/", methods: ["POST"] },
  { prefix: "/api/charts/", methods: READ },
  { prefix: "/api/evidence/", methods: READ },
  { prefix: "/api/og/", methods: READ },
  // Review decisions (editors; the handler checks the session). Reading an article's review and history is open
  // (GET /api/articles/<id>/review, /history, under /api/articles/ below).
  { prefix: "/api/reviews", methods: ["POST"] },
  // The review queue (facts no one has decided on): reading, open like the facts themselves.
  { prefix: "/api/review/queue", methods: READ },
  // Decisions a re-analysis could not re-attach, for a second look: reading is open like an article's history;
  // closing one (POST) is for editors, checked by the handler.
  { prefix: "/api/review/detached", methods: ["GET", "HEAD", "POST"] },
  { prefix: "/api/articles", methods: READ },
  { prefix: "/api/articles/", methods: READ },
  // The machine measured against the reviews (open, like the views).
  { prefix: "/api/quality", methods: READ },
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
    const route = API_ROUTES.find((r) =>
      r.pattern ? r.pattern.test(pathname) : r.prefix.endsWith("/") ? pathname.startsWith(r.prefix) : pathname === r.prefix || pathname === `${r.prefix}/`,
    );
    return route ? route.methods : null;
  }
  return READ;
}
