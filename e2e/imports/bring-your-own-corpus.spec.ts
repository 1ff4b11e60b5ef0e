/**
 * Issue 11's "Done when", in a real browser, as one story: an admin creates an
 * editor; the editor uploads a CSV with its own column names (one malformed
 * row) and a news-please JSON Lines file, maps the CSV's columns, watches the
 * run and its per-file outcomes; the new articles show up in every view with
 * their supplied outlets and dates; the history names the editor; the admin
 * merges the two names of one publication; a viewer and a signed-out visitor
 * are refused; and the admin deletes the run's articles, which leaves the
 * database's articles as they were (other specs count the bundled corpus).
 *
 * The steps share one admin and one editor session, so the file runs serially.
 */
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import type { PrismaClient } from "@framewatch/db";
import { BASE_URL } from "../e2e-env";
import { expect, test } from "../accounts/fixtures";

test.describe.configure({ mode: "serial" });

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const CSV = "byoc-articles.csv";
const JSONL = "byoc-news-please.jsonl";
/** Every fixture title starts with this: the overview's search finds exactly the run's articles. */
const TITLE_MARK = "Byoc flow:";
const TITLES = [
  "Byoc flow: desert remnants persist west of Mosul",
  "Byoc flow: patrol ambushed near Ramadi",
  "Byoc flow: car bomb hits Kirkuk market",
  "Byoc flow: checkpoint attacked in Diyala",
];
/** The same publication under two names: its name in the CSV and its site's domain in the JSON Lines. */
const LEDGER = "Tigris Ledger";
const LEDGER_DOMAIN = "tigrisledger.example";
const NEW_OUTLETS = [LEDGER, "Euphrates Courier", LEDGER_DOMAIN, "zagrosdispatch.example"];
const EDITOR_NAME = "Flow Editor";
const EDITOR_PASSWORD = "the flow editor's own password";

let admin: { context: BrowserContext; page: Page; email: string };
let editor: { context: BrowserContext; page: Page; email: string };
let articlesBefore: number;
let runId: number;

test.beforeAll(async ({ browser, prisma }) => {
  articlesBefore = await prisma.article.count();
  admin = { context: await browser.newContext({ baseURL: BASE_URL }), page: null as never, email: "" };
  editor = { context: await browser.newContext({ baseURL: BASE_URL }), page: null as never, email: "" };
  admin.page = await admin.context.newPage();
  editor.page = await editor.context.newPage();
});

test.afterAll(async ({ prisma }) => {
  await admin?.context.close();
  await editor?.context.close();
  // A failed step may leave the run's outlets behind (a passing run deletes their articles): drop the empty ones.
  await prisma.outlet.deleteMany({ where: { name: { in: NEW_OUTLETS }, articles: { none: {} } } });
});

/** An outlet's checkbox in a view's filter bar, labelled with its name and article count ("Tigris Ledger (2)"); any count when none is given. */
function outletChip(page: Page, name: string, articles?: number) {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return page.getByTestId("filters").getByRole("checkbox", { name: new RegExp(`^${escaped} \\(${articles ?? "\\d+"}\\)$`) });
}

/** The new outlets' ids by name, as PostgreSQL holds them now. */
async function outletIds(prisma: PrismaClient): Promise<Map<string, number>> {
  const rows = await prisma.outlet.findMany({ where: { name: { in: NEW_OUTLETS } }, select: { id: true, name: true } });
  return new Map(rows.map((o) => [o.name, o.id]));
}

test("an admin signs in with the form and creates an editor, who chooses a password and opens the upload page", async ({ browser, signIn, prisma }) => {
  // The fixture's admin (its one-time password already replaced); this page signs in through the real form.
  const scratch = await browser.newContext({ baseURL: BASE_URL });
  const account = await signIn(await scratch.newPage(), "admin");
  await scratch.close();
  admin.email = account.email;
  const { page } = admin;
  await page.goto("/sign-in?next=/admin/users");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByTestId("account-links")).toContainText("admin");

  editor.email = `e2e-byoc-editor-${Date.now().toString(36)}@example.org`;
  const form = page.getByTestId("add-user-form");
  await form.getByLabel("Email").fill(editor.email);
  await form.getByLabel("Name (optional)").fill(EDITOR_NAME);
  await form.getByLabel("Role").selectOption("editor");
  await form.getByRole("button", { name: "Add account" }).click();
  const oneTime = await page.getByTestId("one-time-password-value").inputValue();
  expect(oneTime.length).toBeGreaterThanOrEqual(16);
  await expect(page.locator(`tr[data-email="${editor.email}"]`)).toContainText("one-time, not yet changed");

  const e = editor.page;
  await e.goto("/sign-in?next=/imports/new");
  await e.getByLabel("Email").fill(editor.email);
  await e.getByLabel("Password").fill(oneTime);
  await e.getByRole("button", { name: "Sign in" }).click();
  // A one-time password must be replaced before anything else.
  await expect(e).toHaveURL(/\/account\?next=%2Fimports%2Fnew/);
  await expect(e.getByTestId("must-change-password")).toBeVisible();
  await e.getByLabel("One-time password").fill(oneTime);
  await e.getByLabel("New password (at least 10 characters)").fill(EDITOR_PASSWORD);
  await e.getByLabel("New password again").fill(EDITOR_PASSWORD);
  await e.getByRole("button", { name: "Change password" }).click();
  await expect(e).toHaveURL(/\/imports\/new$/);
  await expect(e.getByRole("heading", { name: "Import articles", level: 1 })).toBeVisible();
  await expect(e.getByTestId("upload-files")).toBeAttached();
  const stored = await prisma.$queryRaw<{ role: string; mustChangePassword: boolean }[]>`SELECT role, "mustChangePassword" FROM "user" WHERE email = ${editor.email}`;
  expect(stored).toEqual([{ role: "editor", mustChangePassword: false }]);
});

test("the editor picks a CSV, drops a JSON Lines file, maps the CSV's columns and submits with the keyboard", async ({ prisma }) => {
  const page = editor.page;
  await page.getByTestId("upload-files").setInputFiles(path.join(FIXTURES, CSV));
  // The second file is dropped on the drop zone, as a user drags it from a file manager.
  const dropped = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "application/x-ndjson" }));
      return transfer;
    },
    { name: JSONL, text: fs.readFileSync(path.join(FIXTURES, JSONL), "utf8") },
  );
  await page.locator(".drop-zone").dispatchEvent("drop", { dataTransfer: dropped });

  const files = page.getByTestId("upload-file");
  await expect(files).toHaveCount(2);
  const csv = files.filter({ hasText: CSV });
  const jsonl = files.filter({ hasText: JSONL });
  // The preview shows the first rows as the server will read them (the malformed row too: the server reports it).
  await expect(csv.locator("caption")).toContainText("First 3 records (csv");
  await expect(csv.locator("thead th")).toHaveText(["Headline", "Story", "Paper", "Day"]);
  await expect(csv.locator("tbody tr").first()).toContainText(TITLES[0]!);
  await expect(csv.locator("tbody tr").first()).toContainText(LEDGER);
  await expect(jsonl.locator("caption")).toContainText("First 2 records (jsonl");
  await expect(jsonl.locator("tbody tr").nth(1)).toContainText(TITLES[3]!);

  // The CSV's own names: only Headline is recognised (as the title); the text is missing until it is mapped.
  await expect(csv.getByTestId("map-title")).toHaveValue("Headline");
  await expect(csv.getByTestId("map-text")).toHaveValue("");
  await expect(csv.getByText("No text column found")).toBeVisible();
  // A field's label holds its select, so the accessible name starts with the field ("Text— choose the text column —").
  await csv.getByLabel(/^Text/).selectOption("Story");
  await csv.getByLabel(/^Outlet/).selectOption("Paper");
  await csv.getByLabel(/^Date/).selectOption("Day");
  await expect(csv.getByText("No text column found")).toHaveCount(0);
  // news-please's names are recognised: the JSON Lines mapping is prefilled.
  await expect(jsonl.getByTestId("map-text")).toHaveValue("maintext");
  await expect(jsonl.getByTestId("map-title")).toHaveValue("title");
  await expect(jsonl.getByTestId("map-url")).toHaveValue("url");
  await expect(jsonl.getByTestId("map-published")).toHaveValue("date_publish");
  await expect(jsonl.getByTestId("map-outlet")).toHaveValue("source_domain");
  await expect(jsonl.getByTestId("map-byline")).toHaveValue("authors");

  const runsBefore = await prisma.importRun.count();
  await page.getByTestId("upload-submit").focus();
  await page.keyboard.press("Enter");

  // Progress, then the summary and one outcome per file (each CSV row and JSON Lines record is one).
  await expect(page.getByRole("heading", { name: /^Import run \d+$/ })).toBeVisible();
  runId = Number((await page.getByRole("heading", { name: /^Import run \d+$/ }).textContent())!.replace(/\D+/g, ""));
  const progress = page.getByTestId("upload-progress");
  await expect(progress.getByRole("progressbar", { name: "Files done" })).toBeVisible();
  await expect(progress).toContainText("5 of 5 done: 4 imported, 0 unchanged, 1 failed");
  await expect(page.getByTestId("upload-summary")).toContainText("Finished: 4 imported, 0 unchanged, 1 failed of 5.");
  const outcomes = page.getByTestId("upload-outcomes").locator("tbody tr");
  await expect(outcomes).toHaveCount(5);
  const failed = outcomes.filter({ hasText: "failed" });
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText(`${CSV}:line 3`);
  await expect(failed).toContainText("malformed CSV record: its number of fields differs from the header's");
  await expect(outcomes.filter({ hasText: "imported" })).toHaveCount(4);

  const run = await prisma.importRun.findUniqueOrThrow({ where: { id: runId } });
  expect(await prisma.importRun.count()).toBe(runsBefore + 1);
  expect(run.startedBy).toBe(`${EDITOR_NAME} <${editor.email}>`);
  const stored = await prisma.article.findMany({ where: { importRunId: runId }, select: { id: true, title: true }, orderBy: { id: "asc" } });
  expect(stored.map((a) => a.title).sort()).toEqual([...TITLES].sort());
  // Each imported outcome links to its article.
  for (const a of stored) await expect(page.getByTestId("upload-outcomes").getByRole("link", { name: `article ${a.id}`, exact: true })).toBeVisible();
  const first = stored.find((a) => a.title === TITLES[0])!;
  await page.getByTestId("upload-outcomes").getByRole("link", { name: `article ${first.id}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${first.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLES[0]!);
});

test("the new articles are in every view, with their supplied outlets and dates", async ({ page, prisma }) => {
  const ids = await outletIds(prisma);
  expect([...ids.keys()].sort()).toEqual([...NEW_OUTLETS].sort());
  const filter = [...ids.values()].join(",");

  // The overview: search by title, then the outlet filter alone.
  await page.goto("/");
  await page.getByTestId("article-search").fill(TITLE_MARK);
  await page.getByTestId("article-search").press("Enter");
  await expect(page).toHaveURL(/q=Byoc/);
  const items = page.getByTestId("article-item");
  await expect(items).toHaveCount(4);
  await expect(items.filter({ hasText: TITLES[0]! })).toContainText(`${LEDGER} · 2 Mar 2026`);
  await page.goto(`/?outlets=${filter}`);
  await expect(items).toHaveCount(4);
  for (const name of NEW_OUTLETS) await expect(outletChip(page, name, 1)).toBeVisible();

  // An article page: supplied outlet and date, and the run that added it, by the editor.
  await items.filter({ hasText: TITLES[2]! }).getByRole("link").click();
  await expect(page.getByTestId("outlet")).toContainText(`${LEDGER_DOMAIN} supplied`);
  await expect(page.getByTestId("published")).toContainText("supplied");
  await expect(page.getByTestId("published")).toContainText("2026");
  await expect(page.getByTestId("added-by")).toContainText(`import #${runId}`);
  await expect(page.getByTestId("added-by")).toContainText(`by ${EDITOR_NAME} <${editor.email}>`);

  // /claims: one fighter-number claim per article, each under its outlet.
  await page.goto(`/claims?outlets=${filter}`);
  const claims = page.getByTestId("claims-list-item");
  await expect(claims).toHaveCount(4);
  await expect(claims.filter({ hasText: TITLES[0]! })).toContainText("2,500");
  await expect(claims.filter({ hasText: TITLES[0]! })).toContainText(LEDGER);
  await expect(claims.filter({ hasText: TITLES[3]! })).toContainText("zagrosdispatch.example");

  // /attacks: the car bombing in the Kirkuk article, found through its outlet's cell.
  await page.goto(`/attacks?outlets=${filter}&sel=attack:${ids.get(LEDGER_DOMAIN)}:bombing_explosion`);
  for (const name of NEW_OUTLETS) await expect(outletChip(page, name, 1)).toBeVisible();
  await expect(page.getByTestId("evidence-item")).toHaveCount(1);
  await expect(page.getByTestId("evidence-item")).toContainText("A car bomb exploded at a crowded market in Kirkuk");
  await expect(page.getByTestId("evidence-item")).toContainText(TITLES[2]!);

  // /framing lists the new outlets in its filter and reads their articles.
  await page.goto(`/framing?outlets=${filter}`);
  for (const name of NEW_OUTLETS) await expect(outletChip(page, name, 1)).toBeVisible();
  await expect(page.getByTestId("empty-state")).toHaveCount(0);

  // /api/articles: the same four, with outlets and dates.
  const res = await page.request.get(`/api/articles?outlets=${filter}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { total: number; items: { title: string; outlet: string; publishedDate: string }[] };
  expect(body.total).toBe(4);
  expect(body.items.map((a) => [a.title, a.outlet, String(a.publishedDate).slice(0, 10)]).sort()).toEqual(
    [
      [TITLES[0], LEDGER, "2026-03-02"],
      [TITLES[1], "Euphrates Courier", "2026-03-04"],
      [TITLES[2], LEDGER_DOMAIN, "2026-03-03"],
      [TITLES[3], "zagrosdispatch.example", "2026-03-05"],
    ].sort(),
  );
});

test("the history lists the run with the editor's name, and the run's page its files", async ({ page }) => {
  await page.goto("/imports");
  const row = page.getByTestId("import-run").filter({ has: page.getByRole("link", { name: `Import #${runId}`, exact: true }) });
  await expect(row).toContainText(`${EDITOR_NAME} <${editor.email}>`);
  await row.getByRole("link", { name: `Import #${runId}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/imports/${runId}$`));
  await expect(page.getByTestId("run-summary")).toContainText(`${EDITOR_NAME} <${editor.email}>`);
  await expect(page.getByTestId("run-counts")).toContainText("5: 4 imported, 0 unchanged, 0 re-analysed, 1 failed");
  await expect(page.getByTestId("run-file")).toHaveCount(5);
  const failed = page.locator('[data-testid="run-file"][data-outcome="failed"]');
  await expect(failed).toContainText(`${CSV}:line 3`);
  await expect(failed).toContainText("its number of fields differs from the header's");
  for (const title of TITLES) await expect(page.getByTestId("run-file").getByRole("link", { name: title, exact: true })).toBeVisible();
});

test("the admin merges the publication's two names, and the views' outlet filter lists one", async ({ prisma }) => {
  const page = admin.page;
  await page.goto("/admin/outlets");
  await page.getByTestId("outlet-merge-from").fill(LEDGER_DOMAIN);
  await page.getByTestId("outlet-merge-into").fill(LEDGER);
  await page.getByRole("button", { name: "Show what moves" }).click();
  await expect(page.getByTestId("outlet-merge-count")).toHaveText(`1 article move to “${LEDGER}”, which then has 2 articles.`);
  await page.getByTestId("outlet-merge-confirm").click();
  await expect(page.getByTestId("outlet-merged")).toBeVisible();
  const row = page.getByTestId("outlet-row").filter({ hasText: LEDGER });
  await expect(row).toContainText(LEDGER_DOMAIN);

  const ids = await outletIds(prisma);
  expect(ids.has(LEDGER_DOMAIN)).toBe(false);
  for (const view of ["/claims", "/attacks", "/framing", "/"]) {
    await page.goto(view);
    await expect(outletChip(page, LEDGER, 2)).toBeVisible();
    await expect(outletChip(page, LEDGER_DOMAIN)).toHaveCount(0);
  }
});

test("a viewer cannot upload, and a signed-out visitor gets 401 from the upload and deletion routes", async ({ page, signIn }) => {
  await signIn(page, "viewer");
  await page.goto("/imports/new");
  await expect(page.getByTestId("upload-not-editor")).toContainText("can read but not import");
  await expect(page.getByTestId("upload-files")).toHaveCount(0);
  const upload = {
    multipart: { files: { name: CSV, mimeType: "text/csv", buffer: fs.readFileSync(path.join(FIXTURES, CSV)) } },
    headers: { origin: BASE_URL },
  };
  expect((await page.request.post("/api/imports/upload", upload)).status()).toBe(403);
  expect((await page.request.post(`/api/imports/${runId}/deletion`, { data: { confirm: 4 }, headers: { origin: BASE_URL } })).status()).toBe(403);

  await page.context().clearCookies();
  await page.goto("/imports/new");
  await expect(page.getByTestId("upload-sign-in")).toBeVisible();
  expect((await page.request.post("/api/imports/upload", upload)).status()).toBe(401);
  expect((await page.request.post(`/api/imports/${runId}/deletion`, { data: { confirm: 4 }, headers: { origin: BASE_URL } })).status()).toBe(401);
});

test("the admin deletes the run's articles: the history marks it, the views lose them, the article count is as before", async ({ page, prisma }) => {
  const stored = await prisma.article.findMany({ where: { importRunId: runId }, select: { id: true } });
  expect(stored).toHaveLength(4);
  const a = admin.page;
  await a.goto(`/imports/${runId}`);
  await a.getByTestId("delete-ask").click();
  const confirm = a.getByTestId("delete-confirm");
  await expect(confirm).toContainText(`removes the 4 articles import #${runId} added`);
  await expect(confirm.getByRole("listitem").first()).toHaveText("4 articles");
  await expect(confirm).toContainText("4 fighter claims");
  await a.getByTestId("delete-confirm-button").click();
  // The page then reloads as the run now is: marked deleted, with no deletion left to offer. (The button's own
  // "Deleted …" message is replaced by this notice as soon as the reload lands, so the notice is what is asserted.)
  await expect(a.getByTestId("run-deleted")).toContainText("Its 4 articles (4 fighter claims");
  await expect(a.getByTestId("run-deleted")).toContainText(`by E2E admin <${admin.email}>`);
  await expect(a.getByTestId("delete-run")).toHaveCount(0);
  await expect(a.getByTestId("run-articles")).toContainText(/^0 /);

  await page.goto("/imports");
  const row = page.getByTestId("import-run").filter({ has: page.getByRole("link", { name: `Import #${runId}`, exact: true }) });
  await expect(row).toHaveAttribute("data-deleted", "true");
  await expect(row).toContainText(`4 articles deleted`);
  await expect(row).toContainText(admin.email);

  for (const { id } of stored) expect((await page.goto(`/articles/${id}`))?.status()).toBe(404);
  await page.goto(`/?q=${encodeURIComponent(TITLE_MARK)}`);
  await expect(page.getByTestId("articles-empty")).toBeVisible();
  await page.goto("/claims");
  for (const name of NEW_OUTLETS) await expect(outletChip(page, name)).toHaveCount(0);
  const api = (await (await page.request.get(`/api/articles?q=${encodeURIComponent(TITLE_MARK)}`)).json()) as { total: number };
  expect(api.total).toBe(0);
  expect(await prisma.article.count()).toBe(articlesBefore);
});
