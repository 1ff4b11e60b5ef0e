import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import type pg from "pg";
import { AUTH_SCHEMA_OPTIONS } from "./auth-options";

export interface AuthSettings {
  /** The application's pool (least-privilege login): sessions and accounts live in the dashboard's PostgreSQL. */
  pool: pg.Pool;
  /** Signs the session cookies (read-auth-secret.ts). */
  secret: string;
  /** The dashboard's public origin (FRAMEWATCH_PUBLIC_URL, or HOST:PORT): Better Auth's base URL and trusted origin. */
  publicOrigin: string;
  /**
   * The request header that carries the client's address for the sign-in rate limit. The dashboard's front server
   * (apps/dashboard/server/main.mjs) sets it from the TCP peer, overwriting what a client sent; X-Forwarded-For
   * is whatever the client says.
   */
  clientIpHeader?: string;
  /** Other origins of the same dashboard that may sign in (e.g. http://localhost:PORT besides http://127.0.0.1:PORT). */
  extraTrustedOrigins?: string[];
  /** Sign-ins (and password changes) a minute per client address: FRAMEWATCH_SIGNIN_PER_MINUTE, default 10. */
  signInPerMinute?: number;
}

export const CLIENT_IP_HEADER = "x-framewatch-client-ip";

/**
 * The Better Auth instance: email + password, sessions in PostgreSQL (its
 * Kysely adapter over our pg pool), roles as a user field, sign-in rate
 * limited. Its own CSRF defences stay on: origin check against the public
 * origin, and Fetch Metadata checks.
 */
export function createAuth({ pool, secret, publicOrigin, clientIpHeader = CLIENT_IP_HEADER, extraTrustedOrigins = [], signInPerMinute = 10 }: AuthSettings) {
  return betterAuth({
    ...AUTH_SCHEMA_OPTIONS,
    appName: "Framewatch",
    database: pool,
    secret,
    baseURL: publicOrigin,
    basePath: "/api/auth",
    trustedOrigins: [publicOrigin, ...extraTrustedOrigins],
    telemetry: { enabled: false },
    rateLimit: {
      enabled: true,
      storage: "memory",
      window: 60,
      max: 100,
      // Guessing passwords: 10 sign-ins a minute per address by default (Better Auth's default is 3 per 10 s).
      customRules: { "/sign-in/email": { window: 60, max: signInPerMinute }, "/change-password": { window: 60, max: signInPerMinute } },
    },
    advanced: {
      // On everywhere, tests included (Better Auth turns its origin check off by itself under a test runner).
      disableOriginCheck: false,
      disableCSRFCheck: false,
      useSecureCookies: publicOrigin.startsWith("https:"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/change-password") return;
        const body = ctx.body as { newPassword?: unknown; currentPassword?: unknown } | undefined;
        if (body?.newPassword !== undefined && body.newPassword === body.currentPassword) {
          throw new APIError("BAD_REQUEST", { message: "The new password must differ from the current one." });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        // The account has chosen its own password: the one-time password an admin handed out is gone.
        if (ctx.path !== "/change-password" || ctx.context.returned instanceof Error) return;
        const user = ctx.context.session?.user;
        if (user) await ctx.context.internalAdapter.updateUser(user.id, { mustChangePassword: false });
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;
