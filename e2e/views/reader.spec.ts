import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

test("reader: highlight legend toggles, framing signals by dimension, removed boilerplate, a11y", async ({ page, prisma }) => {
  const article = await prisma.article.findFirstOrThrow({
    where: { claims: { some: {} } },
    include: { claims: true, signals: true },
    orderBy: { id: "asc" },
  });
  const claim = article.claims[0]!;
  await page.goto(`/articles/${article.id}?s=${claim.sentenceStart}-${claim.sentenceEnd}`);
  expect((await page.locator("mark.span-target").allTextContents()).join("")).toBe(claim.sentence);
  await expect(page.getByTestId("claim")).toHaveCount(article.claims.length);

  const dimensions = new Set(article.signals.map((s) => s.dimension));
  await expect(page.getByTestId("framing-signals").locator("details[data-dimension]")).toHaveCount(dimensions.size);

  const removed = Array.isArray(article.removed) ? article.removed.length : 0;
  await expect(page.getByTestId("removed").locator("summary")).toContainText(`${removed}`);

  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "article");

  // Hiding claim highlights is URL state and clears their background.
  await page.getByTestId("highlight-legend").getByLabel(/Fighter claims/).uncheck();
  await expect(page).toHaveURL(/hide=claims/);
  const bg = await page.locator("mark.span-claim").first().evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).toBe("rgba(0, 0, 0, 0)");
});
