import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations, ids, screenshot, tableIds } from "./helpers";

const GTD_TYPES = 9;

test("attacks: outlet x type cells match the database, filter and measure change them, hover, evidence, a11y", async ({ page, prisma }) => {
  const outlets = await prisma.article.groupBy({ by: ["outletId"], _count: { _all: true } });
  await page.goto("/attacks");
  const marks = page.locator('[data-mark="heatmap-cell"]');
  await expect(marks).toHaveCount(outlets.length * GTD_TYPES);

  // Cell labels carry the mention counts the database holds.
  const busiest = await prisma.attackMention.groupBy({ by: ["type"], _count: { _all: true }, orderBy: { _count: { type: "desc" } }, take: 1 });
  const type = busiest[0]!.type;
  const mention = await prisma.attackMention.findFirstOrThrow({ where: { type }, include: { article: true }, orderBy: { id: "asc" } });
  const outletId = mention.article.outletId ?? 0;
  const cellId = `attack:${outletId}:${type}`;
  const inCell = await prisma.attackMention.findMany({
    where: { type, article: { outletId: mention.article.outletId } },
    orderBy: [{ articleId: "asc" }, { ordinal: "asc" }],
  });
  const cell = page.locator(`[data-mark="heatmap-cell"][data-id="${cellId}"]`);
  await cell.hover();
  await expect(page.getByTestId("chart-tooltip")).toContainText(`${inCell.length} mention`);

  expect(await tableIds(page)).toEqual(await ids(marks));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "attacks");

  // Selecting the cell lists its sentences.
  await cell.click();
  await expect(page).toHaveURL(/sel=attack/);
  await expect(page.getByTestId("evidence-item")).toHaveCount(Math.min(50, inCell.length));
  await expect(page.getByTestId("evidence-item").first()).toContainText(inCell[0]!.triggerText);

  // Share of articles: the toggle changes the encoding, the tooltip says so.
  await page.getByTestId("toggle-measure").getByText("Share of articles").click();
  await expect(page).toHaveURL(/measure=share/);
  await page.locator(`[data-mark="heatmap-cell"][data-id="${cellId}"]`).hover();
  await expect(page.getByTestId("chart-tooltip")).toContainText("of articles");

  // Attack-type filter: unticking one type removes its column.
  await page.locator('input[name="attacks"][value="unknown"]').uncheck();
  await expect(page).toHaveURL(/attacks=/);
  await expect(marks).toHaveCount(outlets.length * (GTD_TYPES - 1));
});
