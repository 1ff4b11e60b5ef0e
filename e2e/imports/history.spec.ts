import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations, screenshot } from "../views/helpers";

// What a reader (no sign-in) sees of the import history, compared with what PostgreSQL holds. Deleting a run needs an
// admin's session: covered by the handler's tests until accounts land (see the deletion steps listed there).
test("the history lists the start-up import, its files lead to their articles, and each article names its run", async ({ page, prisma }) => {
  const run = await prisma.importRun.findFirstOrThrow({ where: { kind: "import", imported: { gt: 0 } }, orderBy: { id: "asc" } });
  const runs = await prisma.importRun.count();

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Imports" }).click();
  await expect(page).toHaveURL(/\/imports$/);
  await expect(page.getByRole("heading", { name: "Import history", level: 1 })).toBeVisible();
  await expect(page.getByTestId("import-run")).toHaveCount(Math.min(runs, 50));
  const row = page.getByTestId("import-run").filter({ has: page.getByRole("link", { name: `Import #${run.id}`, exact: true }) });
  await expect(row).toContainText(run.startedBy);
  await expect(row).toContainText("finished");
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "imports");

  await row.getByRole("link", { name: `Import #${run.id}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/imports/${run.id}$`));
  await expect(page.getByTestId("run-counts")).toContainText(`${run.total}: ${run.imported} imported`);
  await expect(page.getByTestId("run-file")).toHaveCount(run.total);
  // Every reader sees the deletion's entry point; only an admin's POST is accepted (the server decides).
  await expect(page.getByTestId("delete-run")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "import-run");

  await page.getByTestId("outcome-filter").getByRole("link", { name: /^Imported/ }).click();
  await expect(page).toHaveURL(/outcome=imported/);
  await expect(page.getByTestId("run-file")).toHaveCount(run.imported);

  const article = await prisma.article.findFirstOrThrow({ where: { importRunId: run.id }, orderBy: { id: "asc" } });
  await page.getByTestId("run-file").getByRole("link", { name: article.title ?? `article #${article.id}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));
  await expect(page.getByTestId("added-by")).toContainText(`import #${run.id}, ${run.startedAt.toISOString().slice(0, 10)}, by ${run.startedBy}`);
  await page.getByTestId("added-by").getByRole("link", { name: `import #${run.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/imports/${run.id}$`));
});

test("the history's JSON matches the pages' data and refuses what it does not understand", async ({ request, prisma }) => {
  const runs = await prisma.importRun.findMany({ orderBy: { id: "desc" }, select: { id: true } });
  const list = await request.get("/api/imports?limit=1");
  expect(list.status()).toBe(200);
  const body = (await list.json()) as { items: { id: number }[]; total: number; next: string | null };
  expect(body.items.map((r) => r.id)).toEqual(runs.slice(0, 1).map((r) => r.id));
  expect(body.total).toBe(runs.length);

  const bad = await request.get("/api/imports?limit=201");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ parameter: "limit" });
  expect((await request.get("/api/imports/999999999")).status()).toBe(404);
  expect((await request.get(`/api/imports/${runs.at(-1)!.id}?outcome=lost`)).status()).toBe(400);
  const deletion = await request.get(`/api/imports/${runs.at(-1)!.id}/deletion`);
  expect(deletion.status()).toBe(200);
  expect(await deletion.json()).toMatchObject({ counts: { articles: await prisma.article.count({ where: { importRunId: runs.at(-1)!.id } }) } });
  // Other methods are refused by the route table before any handler runs.
  expect((await request.delete(`/api/imports/${runs.at(-1)!.id}`)).status()).toBe(405);
});
