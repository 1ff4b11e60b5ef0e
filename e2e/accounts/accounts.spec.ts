/**
 * Accounts in a real browser (issue 11): an admin made with `corpus user add
 * --admin` signs in with its one-time password, is made to replace it,
 * creates an editor on /admin/users; the editor signs in. A signed-out
 * visitor reads every page but gets 401/403 from every write route (listed
 * from the route table, so routes added later are covered), and a form on
 * another site posting to a write route is refused.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { API_ROUTES } from "../../apps/dashboard/src/lib/http/allowed-methods";
import { BASE_URL, SCREENSHOT_DIR } from "../e2e-env";
import { discoverDashboardRoutes } from "../http/dashboard-routes";
import { addAccount, expect, signInAs, test } from "./fixtures";

const UNSAFE = ["POST", "PUT", "PATCH", "DELETE"];

test("an admin replaces the one-time password, creates an editor, and the editor signs in", async ({ page, prisma }) => {
  const admin = addAccount("admin");

  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Sent to choose a password; other pages send it back here, and writes are refused meanwhile.
  await expect(page).toHaveURL(/\/account/);
  await expect(page.getByTestId("must-change-password")).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "account-one-time-password.png") });
  await page.goto("/claims");
  await expect(page).toHaveURL(/\/account\?next=%2Fclaims/);
  const refused = await page.request.post("/api/short-links", { data: { path: "/claims" }, headers: { origin: BASE_URL } });
  expect(refused.status()).toBe(403);

  const own = `${admin.password}-chosen-by-admin`;
  await page.getByLabel("One-time password").fill(admin.password);
  await page.getByLabel("New password (at least 10 characters)").fill(own);
  await page.getByLabel("New password again").fill(own);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/claims$/);
  await expect(page.getByTestId("signed-in-as")).toHaveText(/E2E admin/);

  await page.getByRole("link", { name: "Users" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  const editorEmail = `e2e-editor-made-in-browser-${Date.now().toString(36)}@example.org`;
  const form = page.getByTestId("add-user-form");
  await form.getByLabel("Email").fill(editorEmail);
  await form.getByLabel("Name (optional)").fill("Browser Editor");
  await form.getByLabel("Role").selectOption("editor");
  await form.getByRole("button", { name: "Add account" }).click();
  const editorPassword = await page.getByTestId("one-time-password-value").inputValue();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "admin-users.png"), fullPage: true });
  expect(editorPassword.length).toBeGreaterThanOrEqual(16);
  await expect(page.locator(`tr[data-email="${editorEmail}"]`)).toContainText("one-time, not yet changed");
  const stored = await prisma.$queryRaw<{ role: string; mustChangePassword: boolean }[]>`SELECT role, "mustChangePassword" FROM "user" WHERE email = ${editorEmail}`;
  expect(stored).toEqual([{ role: "editor", mustChangePassword: true }]);

  await page.getByTestId("sign-out").first().click();
  await expect(page.getByTestId("account-links")).toContainText("Sign in");

  await page.goto("/sign-in?next=/attacks");
  await page.getByLabel("Email").fill(editorEmail);
  await page.getByLabel("Password").fill(editorPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account\?next=%2Fattacks/);
  await page.getByLabel("One-time password").fill(editorPassword);
  await page.getByLabel("New password (at least 10 characters)").fill("the editor's own password");
  await page.getByLabel("New password again").fill("the editor's own password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/attacks$/);
  await expect(page.getByTestId("account-links")).toContainText("editor");
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByTestId("not-admin")).toBeVisible();
  // The editor may shorten links now.
  const allowed = await page.request.post("/api/short-links", { data: { path: "/claims" }, headers: { origin: BASE_URL } });
  expect(allowed.status()).toBe(200);
});

test("a signed-out visitor reads every page but gets 401/403 from every write route", async ({ page, prisma }) => {
  const article = await prisma.article.findFirstOrThrow({ select: { id: true } });
  const pages = discoverDashboardRoutes()
    .filter((r) => !r.startsWith("/api/") && !r.startsWith("/s/") && !r.startsWith("/embed/"))
    .map((r) => r.replace("[id]", String(article.id)));
  expect(pages).toEqual(expect.arrayContaining(["/", "/claims", "/sign-in", "/account", "/admin/users"]));
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // Pages that need an account send the visitor to sign in; every other page reads as before.
    if (path === "/account" || path === "/admin/users") await expect(page).toHaveURL(/\/sign-in\?next=/);
    else expect(new URL(page.url()).pathname).toBe(path);
    await expect(page.getByTestId("account-links")).toContainText("Sign in");
  }
  await page.goto("/claims");
  await expect(page.getByTestId("share-copy")).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, "signed-out-claims.png") });
  await expect(page.getByTestId("share-short-needs-sign-in")).toContainText("short links need signing in");

  // Better Auth's own endpoints are the door in (sign-in); every other route that writes is listed here.
  const writes = API_ROUTES.filter((r) => r.prefix !== "/api/auth/" && r.methods.some((m) => UNSAFE.includes(m)));
  const targets = writes.map((r) => (r.pattern ? r.example : r.prefix.endsWith("/") ? `${r.prefix}some-id` : r.prefix));
  expect(targets).toEqual(
    expect.arrayContaining(["/api/short-links", "/api/admin/users", "/api/admin/users/some-id", "/api/imports/upload", "/api/imports/1/deletion", "/api/outlets/some-id"]),
  );
  for (const [i, route] of writes.entries()) {
    const target = targets[i]!;
    for (const method of route.methods.filter((m) => UNSAFE.includes(m))) {
      const res = await page.request.fetch(`${BASE_URL}${target}`, { method, data: {}, headers: { origin: BASE_URL } });
      expect([401, 403], `${method} ${target}`).toContain(res.status());
    }
  }
});

test("a form on another site posting to write routes is refused, even for a signed-in admin", async ({ page, signIn, prisma }) => {
  await signIn(page, "admin");
  // The admin's session works from Framewatch's own pages...
  expect((await page.request.get("/api/admin/users")).status()).toBe(200);
  // ...but not from a page on another origin that submits forms to it.
  const attacker = http.createServer((req, res) => {
    const target = new URL(req.url ?? "/", "http://x").searchParams.get("target") ?? "/api/short-links";
    res.setHeader("content-type", "text/html");
    res.end(`<!doctype html><form method="post" action="${BASE_URL}${target}" enctype="text/plain">
      <input name='{"email":"planted@example.org","role":"admin","x":"' value='"}'></form>
      <script>document.forms[0].submit()</script>`);
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  const origin = `http://localhost:${(attacker.address() as AddressInfo).port}`;
  try {
    for (const target of ["/api/admin/users", "/api/short-links"]) {
      const answer = page.waitForResponse((r) => r.url() === `${BASE_URL}${target}` && r.request().method() === "POST");
      await page.goto(`${origin}/?target=${encodeURIComponent(target)}`);
      const response = await answer;
      expect(response.status(), target).toBe(403);
    }
    expect(await prisma.$queryRaw<unknown[]>`SELECT 1 FROM "user" WHERE email = 'planted@example.org'`).toEqual([]);
  } finally {
    attacker.close();
  }
});

test("signIn(page, role) gives other specs an editor or admin to act as", async ({ page, signIn }) => {
  const editor = await signIn(page, "editor");
  await page.goto("/");
  await expect(page.getByTestId("account-links")).toContainText("editor");
  expect(editor.email).toMatch(/^e2e-editor-/);
  // The fixture's account can sign in again by itself too.
  await page.context().clearCookies();
  await signInAs(page, editor);
  await page.reload();
  await expect(page.getByTestId("account-links")).toContainText("editor");
});
