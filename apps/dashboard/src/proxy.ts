import { NextResponse, type NextRequest } from "next/server";
import { currentUser } from "@/lib/auth/authorize";
import { loginExempt } from "@/lib/auth/login-exempt";
import { databaseAvailable } from "@/lib/database-health";
import { readDashboardEnv } from "@/lib/env";
import { allowedMethods, methodNotAllowed } from "@/lib/http/allowed-methods";
import { contentSecurityPolicy, createNonce } from "@/lib/http/content-security-policy";
import { databaseUnavailableJson, databaseUnavailablePage } from "@/lib/http/database-unavailable";

/**
 * Runs before every route (static build files excepted, see `config`):
 *
 * 1. Methods: anything a route does not support is answered 405 here, with
 *    an Allow header, from one table (lib/http/allowed-methods.ts) instead of
 *    in each handler and page.
 * 2. Content-Security-Policy: pages get a fresh script nonce per request.
 *    Next.js reads it from the request's CSP header while rendering and
 *    stamps it on its own scripts (this is why every page renders
 *    dynamically: the root layout reads the request headers). Other
 *    responses get a policy that allows nothing but keeps frame-ancestors.
 *
 * 3. Outage: while the database is unreachable (lib/database-health.ts),
 *    API routes answer 503 with a JSON error and pages a 503 page that
 *    retries on its own, instead of each failing with a bare 500. Checked
 *    here so no page or handler has to, and it recovers by itself.
 *
 * 4. FRAMEWATCH_REQUIRE_LOGIN=1: without a session, pages redirect to
 *    /sign-in?next=<where they were going> and API routes answer 401
 *    (lib/auth/login-exempt.ts lists what stays open). Off by default:
 *    reading is open, writes check their own session (lib/auth/authorize.ts).
 *
 * The static headers (nosniff, Referrer-Policy, X-Frame-Options) are in
 * next.config.ts, which also covers the files this proxy skips.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const allowed = allowedMethods(pathname);
  if (allowed && !allowed.includes(request.method)) {
    const res = methodNotAllowed(request.method, allowed);
    res.headers.set("content-security-policy", contentSecurityPolicy({ nonce: null, framable: false, development: false }));
    return res;
  }

  const { development, requireLogin } = readDashboardEnv();
  const framable = pathname === "/embed" || pathname.startsWith("/embed/");
  const isApi = pathname === "/api" || pathname.startsWith("/api/");
  const nonce = isApi ? null : createNonce();
  const policy = contentSecurityPolicy({ nonce, framable, development });

  // Every route reads the database, the icon excepted.
  if (pathname !== "/favicon.ico" && !(await databaseAvailable())) {
    const res = isApi ? databaseUnavailableJson() : databaseUnavailablePage();
    res.headers.set("content-security-policy", policy);
    return res;
  }

  if (requireLogin && !loginExempt(pathname) && !(await currentUser(request.headers))) {
    const signIn = request.nextUrl.clone();
    signIn.pathname = "/sign-in";
    signIn.search = `?next=${encodeURIComponent(`${pathname}${request.nextUrl.search}`)}`;
    const res = isApi
      ? Response.json({ error: "This Framewatch requires signing in.", signIn: "/sign-in" }, { status: 401, headers: { "cache-control": "no-store" } })
      : NextResponse.redirect(signIn);
    res.headers.set("content-security-policy", policy);
    return res;
  }

  if (nonce === null) {
    const res = NextResponse.next();
    res.headers.set("content-security-policy", policy);
    return res;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set("content-security-policy", policy);
  return res;
}

export const config = {
  // Build output is immutable files served as is; they need no nonce and accept only GET/HEAD from Next itself.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
