import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import { REPO_ROOT } from "@framewatch/db/paths";
import { BASE_URL, E2E_DATA_DIR, E2E_PG_PORT, explicitE2eDatabaseUrl } from "../e2e-env";
import { test as base } from "../fixtures";

export type Role = "viewer" | "editor" | "admin";

export interface Account {
  email: string;
  password: string;
}

const CORPUS = path.join(REPO_ROOT, "packages", "cli", "bin", "corpus.mjs");

/**
 * `corpus user <args>` against the e2e server's database, as an operator runs
 * it next to a running Framewatch (it shares the embedded server of the data
 * folder). Throws with the command's output when it fails.
 */
export function corpusUser(args: string[]): string {
  const explicit = explicitE2eDatabaseUrl();
  // eslint-disable-next-line no-restricted-properties -- the child inherits this environment, pointed at the e2e database.
  const env: NodeJS.ProcessEnv = { ...process.env, INIT_CWD: REPO_ROOT, FRAMEWATCH_DATA_DIR: E2E_DATA_DIR, FRAMEWATCH_PG_PORT: String(E2E_PG_PORT) };
  if (explicit) env.DATABASE_URL = explicit;
  else delete env.DATABASE_URL;
  const result = spawnSync(process.execPath, [CORPUS, "user", ...args], { cwd: REPO_ROOT, encoding: "utf8", env, timeout: 120_000 });
  if (result.status !== 0) throw new Error(`corpus user ${args.join(" ")} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** A new account made with `corpus user add`, and the one-time password it printed. */
export function addAccount(role: Role, label: string = role): Account {
  const email = `e2e-${label}-${process.pid}-${Date.now().toString(36)}@example.org`;
  const out = corpusUser(["add", email, `--${role}`, "--name", `E2E ${label}`]);
  const password = /^One-time password: (\S+)$/m.exec(out)?.[1];
  if (!password) throw new Error(`corpus user add printed no one-time password:\n${out}`);
  return { email, password };
}

/** Signs the page's browser context in through Better Auth's endpoint, as the sign-in form does. */
export async function signInAs(page: Page, account: Account): Promise<void> {
  const res = await page.request.post(`${BASE_URL}/api/auth/sign-in/email`, { data: account, headers: { origin: BASE_URL } });
  if (!res.ok()) throw new Error(`sign-in of ${account.email} failed: ${res.status()} ${await res.text()}`);
}

/**
 * An account of `role` that has replaced its one-time password: created once
 * per worker, then reused (sign-ins are rate limited).
 */
async function readyAccount(page: Page, role: Role): Promise<Account> {
  const fresh = addAccount(role);
  await signInAs(page, fresh);
  const own = { email: fresh.email, password: `${fresh.password}-own-${role}` };
  const res = await page.request.post(`${BASE_URL}/api/auth/change-password`, {
    data: { currentPassword: fresh.password, newPassword: own.password },
    headers: { origin: BASE_URL },
  });
  if (!res.ok()) throw new Error(`change-password of ${fresh.email} failed: ${res.status()} ${await res.text()}`);
  return own;
}

type Cookies = Awaited<ReturnType<ReturnType<Page["context"]>["cookies"]>>;

/**
 * `signIn(page, role)`: the page's context acts as a signed-in viewer, editor
 * or admin (an account made with `corpus user add` whose one-time password is
 * already replaced). The session is made once per worker and role, then its
 * cookies are reused.
 */
export const test = base.extend<{ signIn: (page: Page, role: Role) => Promise<Account> }, { sessions: Map<Role, { account: Account; cookies: Cookies }> }>({
  sessions: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(new Map());
    },
    { scope: "worker" },
  ],
  signIn: async ({ sessions }, use) => {
    await use(async (page, role) => {
      let session = sessions.get(role);
      if (!session) {
        const context = await page.context().browser()!.newContext({ baseURL: BASE_URL });
        const scratch = await context.newPage();
        const account = await readyAccount(scratch, role);
        session = { account, cookies: await context.cookies() };
        await context.close();
        sessions.set(role, session);
      }
      await page.context().addCookies(session.cookies);
      return session.account;
    });
  },
});

export { expect } from "../fixtures";
