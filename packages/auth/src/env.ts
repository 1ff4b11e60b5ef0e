import { InvalidEnvironmentError } from "@framewatch/db";
import { z } from "zod";

const schema = z.object({
  /**
   * Signs session cookies. Set it to share one secret between several dashboards, or to keep it out of the data
   * folder; otherwise one is generated per data folder (see read-auth-secret.ts). Never logged.
   */
  FRAMEWATCH_AUTH_SECRET: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || v.length >= 32, "must be at least 32 characters (e.g. `openssl rand -base64 32`)"),
  /**
   * Sign-in attempts a minute per client address (and as many password changes). Raise it behind a reverse proxy,
   * where every client shares the proxy's address, or for a test suite that signs in many accounts from one machine.
   */
  FRAMEWATCH_SIGNIN_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
});

export type AuthEnv = z.infer<typeof schema>;

/** Reads the accounts' settings; the only place in the auth package that reads process.env. */
export function readAuthEnv(source: Readonly<Record<string, string | undefined>> = process.env): AuthEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    // The value itself is never echoed: it is a secret.
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new InvalidEnvironmentError(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}
