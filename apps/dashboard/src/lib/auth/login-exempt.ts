/**
 * Paths that stay open with FRAMEWATCH_REQUIRE_LOGIN=1: the sign-in page and
 * Better Auth's endpoints (else nobody could sign in), share-card images
 * (fetched by chat apps and social sites, which have no session) and static
 * files. Everything else, pages and read APIs alike, needs a session.
 */
export function loginExempt(pathname: string): boolean {
  return (
    pathname === "/sign-in" ||
    pathname.startsWith("/api/auth/") ||
    pathname.startsWith("/api/og/") ||
    pathname.startsWith("/_next/") ||
    pathname === "/favicon.ico" ||
    pathname === "/robots.txt"
  );
}
