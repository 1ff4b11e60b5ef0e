import { z } from "zod";

/** Dashboard-only settings read from the environment (the database settings live in @framewatch/db's env.ts). */
export interface DashboardEnv {
  /**
   * The origin absolute links are built on (og:url, og:image, canonical), and
   * the origin the short-link API accepts requests from besides the dashboard's
   * own address. From FRAMEWATCH_PUBLIC_URL, else the address the dashboard
   * listens on (HOST and PORT). Never taken from a request's Host or
   * X-Forwarded-Host headers: anyone can send those.
   */
  publicOrigin: string;
  /** Whether FRAMEWATCH_PUBLIC_URL set `publicOrigin` (false: derived from HOST/PORT). */
  publicOriginConfigured: boolean;
  /** `next dev`: React needs eval() for its debugging aids, so the script policy allows it there only. */
  development: boolean;
  /**
   * Origins Better Auth accepts sign-ins from besides `publicOrigin`: http://localhost:PORT when the public origin
   * is derived from a loopback HOST (the same dashboard, typed differently); none when FRAMEWATCH_PUBLIC_URL is set.
   */
  extraTrustedOrigins: string[];
  /** Signs session cookies; `corpus serve` passes it (FRAMEWATCH_AUTH_SECRET, or the data folder's). Null: not started by it. */
  authSecret: string | null;
  /** FRAMEWATCH_REQUIRE_LOGIN=1: every page and read API needs a signed-in account (default: reading is open). */
  requireLogin: boolean;
  /**
   * FRAMEWATCH_UPLOAD_MAX_MB in bytes: the largest browser import (/imports/new), all its files together; each file
   * is also held to FRAMEWATCH_MAX_FILE_MB. next.config.ts lets request bodies this large through the proxy.
   */
  uploadMaxBytes: number;
}

const WILDCARD_HOSTS = new Set(["0.0.0.0", "::", "[::]", ""]);

const schema = z.object({
  FRAMEWATCH_PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      let url: URL;
      try {
        url = new URL(v);
      } catch {
        ctx.addIssue({ code: "custom", message: `not a URL: "${v}" (expected e.g. https://framewatch.example.org)` });
        return z.NEVER;
      }
      if (url.protocol !== "http:" && url.protocol !== "https:") {
        ctx.addIssue({ code: "custom", message: `must be http:// or https://, got "${v}"` });
        return z.NEVER;
      }
      // Only the origin counts: a path would make every absolute link wrong.
      return url.origin;
    }),
  HOST: z.string().trim().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  NODE_ENV: z.string().optional(),
  FRAMEWATCH_AUTH_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    // The value is never echoed: it is a secret.
    .refine((v) => v === null || v.length >= 32, "must be at least 32 characters"),
  FRAMEWATCH_REQUIRE_LOGIN: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "" || v === "0" || v === "false") return false;
      if (v === "1" || v === "true") return true;
      ctx.addIssue({ code: "custom", message: `use 1 (or true) to require login, 0 (or false) for open reading; got "${v.slice(0, 20)}"` });
      return z.NEVER;
    }),
  FRAMEWATCH_UPLOAD_MAX_MB: z.coerce.number().positive().max(4096).default(64),
});

/** Reads and validates the dashboard's environment; the only place in the dashboard that reads process.env. */
export function readDashboardEnv(source: Readonly<Record<string, string | undefined>> = process.env): DashboardEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  const { FRAMEWATCH_PUBLIC_URL, HOST, PORT, NODE_ENV, FRAMEWATCH_AUTH_SECRET, FRAMEWATCH_REQUIRE_LOGIN, FRAMEWATCH_UPLOAD_MAX_MB } = parsed.data;
  // A wildcard bind address is not an address a browser can use: fall back to loopback.
  const host = HOST && !WILDCARD_HOSTS.has(HOST) ? (HOST.includes(":") && !HOST.startsWith("[") ? `[${HOST}]` : HOST) : "127.0.0.1";
  return {
    publicOrigin: FRAMEWATCH_PUBLIC_URL ?? `http://${host}:${PORT}`,
    publicOriginConfigured: FRAMEWATCH_PUBLIC_URL !== null,
    development: NODE_ENV === "development",
    extraTrustedOrigins: FRAMEWATCH_PUBLIC_URL === null && host === "127.0.0.1" ? [`http://localhost:${PORT}`] : [],
    authSecret: FRAMEWATCH_AUTH_SECRET,
    requireLogin: FRAMEWATCH_REQUIRE_LOGIN,
    uploadMaxBytes: Math.round(FRAMEWATCH_UPLOAD_MAX_MB * 1024 * 1024),
  };
}
