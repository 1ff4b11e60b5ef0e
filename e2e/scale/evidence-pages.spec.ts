import { expect, test } from "../fixtures";

const OUTLET = "E2E Evidence Wire";

test("framing evidence and the reader's panels page through everything, with counts", async ({ page, prisma, seed }) => {
  const { ids, outletIds } = await seed(
    Array.from({ length: 14 }, (_, i) => ({
      outlet: OUTLET,
      published: { earliest: "2022-03-01", latest: "2022-03-31", precision: "month" as const },
      body: `Seeded body ${i}. The group was named again and again.`,
      signals: Array.from({ length: 9 }, (_, j) => ({ dimension: "naming", category: "Daesh", matchText: `Daesh-${i}-${j}` })),
      claims: i === 0 ? Array.from({ length: 45 }, (_, j) => ({ low: j + 1, high: j + 1, quantityText: `claim number ${j + 1}` })) : [],
    })),
  );
  const outlet = outletIds[0]!;
  const signals = await prisma.framingSignal.findMany({ where: { article: { outletId: outlet }, dimension: "naming", category: "Daesh" }, orderBy: [{ articleId: "asc" }, { ordinal: "asc" }] });
  expect(signals).toHaveLength(126);

  await page.goto(`/framing?outlets=${outlet}&sel=naming:${outlet}:Daesh`);
  const items = page.getByTestId("evidence-item");
  await expect(items).toHaveCount(50);
  await expect(page.locator("#evidence-heading")).toContainText("(126 sentences)");
  await expect(items.first().locator("mark")).toHaveText(signals[0]!.matchText);
  const seen: string[] = [];
  for (const expected of [50, 50, 26]) {
    await expect(items).toHaveCount(expected);
    seen.push(...(await items.locator("mark").allTextContents()));
    const next = page.getByTestId("pager-evidence-next");
    if (expected === 26) {
      await expect(next).toHaveCount(0);
      break;
    }
    await next.click();
    await expect(page).toHaveURL(/cursor=/);
  }
  expect(seen).toEqual(signals.map((s) => s.matchText));
  // Another mark starts again at its first page.
  await page.goto(`/framing?outlets=${outlet}&sel=naming:${outlet}:Daesh`);
  await expect(page.getByTestId("pager-evidence-prev")).toHaveCount(0);

  // The same sentences through the JSON API, a page at a time.
  const api = await (await page.request.get(`/api/evidence/naming?outlets=${outlet}&sel=naming:${outlet}:Daesh&limit=100`)).json();
  expect(api.total).toBe(126);
  expect(api.items).toHaveLength(100);
  expect((await page.request.get(`/api/evidence/naming?sel=actor:${outlet}:x`)).status()).toBe(400);
  // The chart in the path names the dimension: no `dim=` needed for a mark of another framing chart.
  expect((await page.request.get(`/api/evidence/actors?sel=actor:${outlet}:militants`)).status()).toBe(200);

  // The reader's claims panel: 45 claims, 20 a page.
  await page.goto(`/articles/${ids[0]}`);
  const claims = page.getByTestId("claim");
  await expect(claims).toHaveCount(20);
  await expect(page.getByTestId("pager-reader-claims-count")).toHaveText("20 of 45 claims");
  await page.getByTestId("pager-reader-claims-next").click();
  await expect(page).toHaveURL(/claimsCursor=/);
  await expect(claims.first()).toContainText("claim number 21");
  await page.getByTestId("pager-reader-claims-next").click();
  await expect(claims).toHaveCount(5);
  await expect(claims.last()).toContainText("claim number 45");
  // Highlights cover the whole article whatever page the panel shows.
  await expect(page.locator("mark.span-claim")).toHaveCount(45);
  const facts = await (await page.request.get(`/api/articles/${ids[0]}/claims?limit=200`)).json();
  expect(facts.items).toHaveLength(45);
});
