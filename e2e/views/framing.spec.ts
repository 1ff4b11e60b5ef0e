import type { PrismaClient } from "@framewatch/db";
import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations, ids, num, obj, screenshot, tableIds } from "./helpers";

/** Naming segments the database holds: (outlet, term) pairs with a non-zero summed count. */
async function namingSegments(prisma: PrismaClient, exceptOutlet?: number): Promise<string[]> {
  const rows = await prisma.article.findMany({ select: { outletId: true, framing: true } });
  const sums = new Map<string, number>();
  for (const r of rows) {
    if (exceptOutlet !== undefined && (r.outletId ?? 0) === exceptOutlet) continue;
    for (const [term, n] of Object.entries(obj(obj(obj(r.framing).naming).counts))) {
      const key = `naming:${r.outletId ?? 0}:${term}`;
      sums.set(key, (sums.get(key) ?? 0) + num(n));
    }
  }
  return [...sums].filter(([, n]) => n > 0).map(([k]) => k).sort();
}

test("framing: marks match the database, filters and dimension change them, hover, evidence, table, a11y", async ({ page, prisma }) => {
  const expected = await namingSegments(prisma);
  await page.goto("/framing");
  const marks = page.locator('[data-mark="naming-segment"]');
  await expect(marks).toHaveCount(expected.length);
  expect(await ids(marks)).toEqual(expected);

  // Hover shows raw counts.
  await marks.first().hover();
  await expect(page.getByTestId("chart-tooltip")).toContainText(/mentions?/);

  // The data table lists the same marks.
  expect(await tableIds(page)).toEqual(expected);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "framing");

  // Selecting a segment lists its FramingSignal sentences, each linking to the article at the sentence.
  const selected = expected[0]!;
  const [, outletId, term] = selected.split(":");
  const signals = await prisma.framingSignal.findMany({
    where: { dimension: "naming", category: term, article: { outletId: Number(outletId) || null } },
    orderBy: [{ articleId: "asc" }, { ordinal: "asc" }],
  });
  await page.locator(`[data-mark="naming-segment"][data-id="${selected}"]`).click();
  await expect(page).toHaveURL(/sel=naming/);
  const items = page.getByTestId("evidence-item");
  await expect(items).toHaveCount(Math.min(50, signals.length));
  await expect(items.first().locator("mark")).toHaveText(signals[0]!.matchText);
  await items.first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/articles/${signals[0]!.articleId}\\?s=${signals[0]!.sentenceStart}-${signals[0]!.sentenceEnd}`));
  expect((await page.locator("mark.span-target").allTextContents()).join("")).toBe(signals[0]!.sentence);

  // Unticking an outlet removes its segments.
  await page.goto("/framing");
  const drop = Number(expected[0]!.split(":")[1]);
  await page.locator(`input[name="outlet"][value="${drop}"]`).uncheck();
  await expect(page).toHaveURL(/outlets=/);
  const without = await namingSegments(prisma, drop);
  await expect(marks).toHaveCount(without.length);

  // Another dimension: actor labels as a heatmap of outlets x every label.
  const rows = await prisma.article.findMany({ select: { outletId: true, framing: true } });
  const outlets = new Set(rows.map((r) => r.outletId ?? 0));
  outlets.delete(drop);
  const labels = new Set(rows.flatMap((r) => Object.keys(obj(obj(obj(r.framing).actorLabels).counts))));
  await page.getByTestId("toggle-dim").getByText("Actor labels").click();
  await expect(page).toHaveURL(/dim=actors/);
  await expect(page.locator('[data-mark="heatmap-cell"]')).toHaveCount(outlets.size * labels.size);

  // Malformed parameters fall back to defaults instead of an error page.
  const res = await page.goto("/framing?dim=nonsense&outlets=x,y&from=2020-99-99&sel=%00");
  expect(res?.status()).toBe(200);
  await expect(marks).toHaveCount(expected.length);
});
