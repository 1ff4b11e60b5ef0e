/** Dashboard-only settings read from the environment (the database settings live in @framewatch/db's env.ts). */
export interface DashboardEnv {
  /** Public origin for absolute links in unfurl tags, e.g. "https://framewatch.example.org" (default: the request's host). */
  publicUrl: string | null;
}

export function readDashboardEnv(): DashboardEnv {
  const raw = process.env.FRAMEWATCH_PUBLIC_URL?.trim();
  return { publicUrl: raw ? raw.replace(/\/+$/, "") : null };
}
