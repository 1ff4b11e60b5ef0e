import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations } from "../views/helpers";

const OUTLET = "E2E Paging Wire";

test("overview: the article list pages, searches and sorts, with counts, and the URL keeps the page", async ({ page, prisma, seed }) => {
  const { outletIds } = await seed(
    Array.from({ length: 63 }, (_, i) => ({
      outlet: OUTLET,
      title: `Paging check ${String(i).padStart(2, "0")} ${i % 3 === 0 ? "Sinjar" : "Hawija"}`,
      published: i % 10 === 9 ? null : { earliest: `2021-0${1 + (i % 9)}-1${i % 10}`, latest: `2021-0${1 + (i % 9)}-1${i % 10}` },
    })),
  );
  const outlet = outletIds[0]!;
  const stored = await prisma.article.findMany({ where: { outletId: outlet }, orderBy: { id: "asc" } });
  expect(stored).toHaveLength(63);

  await page.goto(`/?outlets=${outlet}`);
  const items = page.getByTestId("article-item");
  await expect(items).toHaveCount(50);
  await expect(page.getByTestId("pager-articles-count")).toHaveText("50 of 63 articles");
  const first = await items.allTextContents();

  // Next page: the remaining 13, in the URL; Previous brings back the first page exactly.
  await page.getByTestId("pager-articles-next").click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(items).toHaveCount(13);
  const second = await items.allTextContents();
  expect(second.filter((t) => first.includes(t))).toEqual([]);
  await expectNoSeriousA11yViolations(page);
  // Undated articles come last when sorting by date.
  const undated = stored.filter((a) => a.publishedEarliest === null).map((a) => a.title!);
  expect((await items.locator("a").allTextContents()).slice(-undated.length).sort()).toEqual(undated.sort());
  const shared = page.url();
  await page.getByTestId("pager-articles-prev").click();
  await expect(items).toHaveCount(50);
  expect(await items.allTextContents()).toEqual(first);
  // A shared page link opens that page.
  await page.goto(shared);
  expect(await items.allTextContents()).toEqual(second);

  // Search: substring of titles and sources, case-insensitive, back to the first page.
  await page.getByTestId("article-search").fill("sinjar");
  await page.getByTestId("article-search").press("Enter");
  await expect(page).toHaveURL(/q=sinjar/);
  await expect(page).not.toHaveURL(/cursor=/);
  const sinjar = stored.filter((a) => a.title!.includes("Sinjar"));
  await expect(items).toHaveCount(sinjar.length);
  await expect(page.getByTestId("pager-articles")).toContainText(`${sinjar.length} articles`);
  await page.getByTestId("article-search").fill("no such words here");
  await page.getByTestId("article-search").press("Enter");
  await expect(page.getByTestId("articles-empty")).toContainText("no such words here");

  // Sort by title: the database's order.
  await page.goto(`/?outlets=${outlet}&sort=title`);
  const byTitle = [...stored].sort((a, b) => (a.title! < b.title! ? -1 : 1)).slice(0, 50);
  await expect(items).toHaveCount(50);
  expect((await items.locator("a").allTextContents()).slice(0, 5)).toEqual(byTitle.slice(0, 5).map((a) => a.title));
});

test("the JSON list API pages with limit and cursor, and refuses a page size over the maximum", async ({ request, seed }) => {
  const { outletIds } = await seed(Array.from({ length: 7 }, (_, i) => ({ outlet: OUTLET, title: `API paging ${i}` })));
  const seen: number[] = [];
  let cursor: string | null = null;
  for (let guard = 0; guard < 10; guard++) {
    const res = await request.get(`/api/articles?outlets=${outletIds[0]}&sort=title&limit=3${cursor ? `&cursor=${cursor}` : ""}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { items: { id: number }[]; total: number; next: string | null };
    expect(body.total).toBe(7);
    seen.push(...body.items.map((i) => i.id));
    if (!body.next) break;
    cursor = body.next;
  }
  expect(seen).toHaveLength(7);
  expect(new Set(seen).size).toBe(7);
  expect((await request.get("/api/articles?limit=201")).status()).toBe(400);
  expect(await (await request.get("/api/articles?limit=0")).json()).toMatchObject({ parameter: "limit" });
  expect(await (await request.get("/api/articles?cursor=%25%25")).json()).toMatchObject({ parameter: "cursor" });
  expect(await (await request.get("/api/articles?page=2")).json()).toMatchObject({ parameter: "page" });
});
