import crypto from "node:crypto";
import pg from "pg";
import { addUser, createAuth } from "@framewatch/auth";

/** A secret for one benchmark run's dashboard: sessions need one, and nothing of the run outlives it. */
export function newAuthSecret(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/**
 * A signed-in session for the write route the benchmark measures (short links need an account): an account made
 * as `corpus user add` makes it, signed in and given its own password through the dashboard's own endpoints, as a
 * person would. Returns the Cookie header to send.
 */
export async function signInBenchAccount(databaseUrl: string, origin: string, secret: string): Promise<string> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const email = `bench-${Date.now().toString(36)}@example.org`;
    const { password } = await addUser(createAuth({ pool, secret, publicOrigin: origin }), { email, role: "viewer" });
    const cookies = new Map<string, string>();
    await post(origin, "/api/auth/sign-in/email", { email, password }, cookies);
    // A one-time password may not write: the account chooses its own first.
    await post(origin, "/api/auth/change-password", { currentPassword: password, newPassword: `${password}-own` }, cookies);
    return cookieHeader(cookies);
  } finally {
    await pool.end();
  }
}

async function post(origin: string, url: string, body: unknown, cookies: Map<string, string>): Promise<void> {
  const res = await fetch(new URL(url, origin), {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...(cookies.size ? { cookie: cookieHeader(cookies) } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  for (const line of res.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
}

const cookieHeader = (cookies: Map<string, string>) => [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
