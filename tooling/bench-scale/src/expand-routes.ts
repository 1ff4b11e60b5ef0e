import type { RoutePattern } from "./discover-routes";

/** Values from the benchmark database and the app that fill in route parameters. */
export interface RouteFixtures {
  /** Chart keys, for `[chart]` segments. */
  charts: string[];
  /** Framing dimensions, for `/framing?dim=`. */
  framingDims: string[];
  /** Articles for `/articles/[id]`, with what makes each one interesting. */
  articles: { label: string; id: number }[];
  /** For `/api/evidence/[chart]`: per chart, the `sel` of its heaviest mark (most evidence sentences). */
  evidenceMarks: Record<string, string>;
  /** A claim for `/api/claims/[id]` (the timeline tooltip's request), from the typical article. */
  claimId: number | null;
  /** A stored short link for `/s/[id]` (made by POSTing to the short-link API first). */
  shortLinkId: string | null;
  /** A signed-in session (Cookie header) for the write routes measured: short links need an account. */
  sessionCookie: string | null;
  /** The latest import run, for `/imports/[id]` and `/api/imports/[id]/...` (the benchmark's own imports). */
  runId: number | null;
  /** Filter values that select real data, for the filtered variants. */
  filters: {
    outletId: number | null;
    from: string | null;
    to: string | null;
    claimant: string | null;
    referent: string | null;
  };
}

/** One request the benchmark measures. */
export interface BenchRequest {
  /** What the table shows: method (if not GET), path and query. */
  name: string;
  kind: "page" | "api";
  method: "GET" | "POST";
  /** Path and query. */
  url: string;
  body?: string;
  /** Sent as the Cookie header: the session of a write route. */
  cookie?: string;
  /** Redirects (short links) are answered, not followed: 3xx is success. */
  redirect?: boolean;
}

export interface SkippedRoute {
  route: string;
  reason: string;
}

/** The reader's side-panel lists, for `/api/articles/[id]/[facts]` (apps/dashboard/src/app/api/articles/[id]/[facts]/route.ts). */
const ARTICLE_FACT_LISTS = ["claims", "attacks", "signals"];

/**
 * Pages and APIs that answer a signed-in account only (sign-in, account, user and outlet administration): the
 * benchmark has none, and what they list (accounts, outlets) does not grow with the articles.
 */
const ACCOUNT_ROUTE = /^\/(?:account|sign-in|admin)(?:\/|$)|^\/api\/(?:admin|auth)\//;

/** JSON bodies for the POST routes the benchmark knows how to call (idempotent ones only). */
const POST_BODIES: Record<string, unknown> = {
  "/api/short-links": { path: "/claims", query: "?scale=linear" },
};

/**
 * Turns the app's route patterns into concrete requests: every chart for
 * `[chart]`, every framing dimension, an ordinary and the largest article,
 * a stored short link, and filtered variants of the heavy views (outlet,
 * date range, claimant + referent), since caches of the unfiltered view
 * may hide what a filter costs. Routes with parameters it cannot fill are
 * returned as skipped, never silently dropped.
 */
export function expandRoutes(patterns: readonly RoutePattern[], fx: RouteFixtures): { requests: BenchRequest[]; skipped: SkippedRoute[] } {
  const requests: BenchRequest[] = [];
  const skipped: SkippedRoute[] = [];
  for (const pattern of patterns) {
    for (const method of pattern.methods) {
      const route = `${method} ${pattern.path}`;
      if (ACCOUNT_ROUTE.test(pattern.path)) {
        skipped.push({ route, reason: "needs a signed-in account" });
        continue;
      }
      if (method !== "GET" && method !== "POST") {
        skipped.push({ route, reason: `${method} is not measured` });
        continue;
      }
      const body = method === "POST" ? POST_BODIES[pattern.path] : undefined;
      if (method === "POST" && body === undefined) {
        skipped.push({ route, reason: "a write that needs an account and changes the data: not measured" });
        continue;
      }
      const filled = fillSegments(pattern.path, fx);
      if ("reason" in filled) {
        skipped.push({ route, reason: filled.reason });
        continue;
      }
      for (const { path, redirect } of filled.paths) {
        if (method === "POST") {
          requests.push({ name: `POST ${path}`, kind: pattern.kind, method, url: path, body: JSON.stringify(body), ...(fx.sessionCookie ? { cookie: fx.sessionCookie } : {}) });
          continue;
        }
        const variants = queryVariants(path, fx);
        if (variants.length === 0) skipped.push({ route: `${route} ${path}`, reason: "this chart has no evidence list, or no mark in this database" });
        for (const query of variants) {
          const url = `${path}${query}`;
          requests.push({ name: url, kind: pattern.kind, method, url, ...(redirect ? { redirect } : {}) });
        }
      }
    }
  }
  return { requests, skipped };
}

function fillSegments(pattern: string, fx: RouteFixtures): { paths: { path: string; redirect: boolean }[] } | { reason: string } {
  let paths: { path: string; redirect: boolean }[] = [{ path: "", redirect: false }];
  const segments = pattern.split("/").slice(1);
  for (const [i, segment] of segments.entries()) {
    const param = /^\[(.+)\]$/.exec(segment)?.[1];
    if (param === undefined) {
      paths = paths.map((p) => ({ ...p, path: `${p.path}/${segment}` }));
      continue;
    }
    const parent = segments[i - 1];
    let values: string[];
    let redirect = false;
    if (param === "chart") values = fx.charts;
    else if (param === "id" && parent === "articles") values = fx.articles.map((a) => String(a.id));
    else if (param === "facts" && segments[i - 2] === "articles") values = ARTICLE_FACT_LISTS;
    else if (param === "id" && parent === "claims") values = fx.claimId !== null ? [String(fx.claimId)] : [];
    else if (param === "id" && parent === "imports") values = fx.runId !== null ? [String(fx.runId)] : [];
    else if (param === "id" && parent === "s") {
      values = fx.shortLinkId ? [fx.shortLinkId] : [];
      redirect = true;
    } else return { reason: `no values for the parameter [${param}]` };
    if (values.length === 0) return { reason: `no values for [${param}] in this database` };
    paths = paths.flatMap((p) => values.map((v) => ({ path: `${p.path}/${encodeURIComponent(v)}`, redirect: p.redirect || redirect })));
  }
  return { paths: paths.map((p) => ({ ...p, path: p.path || "/" })) };
}

/** Query strings to measure for one concrete path: "" always, plus dimensions and filters where they matter. */
export function queryVariants(path: string, fx: RouteFixtures): string[] {
  const f = fx.filters;
  const outlet = f.outletId !== null ? `outlets=${f.outletId}` : null;
  const dates = f.from && f.to ? `from=${f.from}&to=${f.to}` : null;
  const claims = [f.claimant && `claimants=${encodeURIComponent(f.claimant)}`, f.referent && `referents=${encodeURIComponent(f.referent)}`].filter(Boolean).join("&") || null;
  const firstDim = fx.framingDims[0];
  const withFilters = (base: string | null, filters: (string | null)[]) =>
    filters.filter((x): x is string => x !== null).map((x) => `?${base ? `${base}&` : ""}${x}`);

  // The evidence behind one mark: the heaviest one, since its list is the longest to page through.
  const evidenceOf = /^\/api\/evidence\/([^/]+)$/.exec(path)?.[1];
  if (evidenceOf !== undefined) {
    const chart = decodeURIComponent(evidenceOf);
    const mark = fx.evidenceMarks[chart];
    // A framing chart's mark is read in its own dimension (the view's `dim`), as the page asks for it.
    const dim = fx.framingDims.includes(chart) ? `dim=${chart}&` : "";
    return mark ? [`?${dim}sel=${encodeURIComponent(mark)}`] : [];
  }
  if (path === "/framing") {
    const dims = fx.framingDims.map((d) => `?dim=${d}`);
    return firstDim ? [...dims, ...withFilters(`dim=${firstDim}`, [outlet, dates])] : [""];
  }
  if (path === "/" || (firstDim && path === `/api/charts/${firstDim}`) || path === "/attacks" || path === "/api/charts/attacks") {
    return ["", ...withFilters(null, [outlet, dates])];
  }
  if (path === "/claims" || path === "/api/charts/claims") {
    return ["", ...withFilters(null, [outlet, dates, claims])];
  }
  return [""];
}
