/**
 * Where to go after signing in: the `next` parameter when it is a path on
 * this site, else the overview. "//evil.example" and "/\evil.example" are
 * other sites to a browser, and "https://..." is one outright: refused, so the
 * sign-in page cannot be used to bounce someone elsewhere.
 */
export function safeNext(next: string | string[] | null | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || [...value].some((c) => c.charCodeAt(0) < 0x20)) return "/";
  return value;
}
