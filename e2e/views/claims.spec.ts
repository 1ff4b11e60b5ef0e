import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations, ids, screenshot, tableIds } from "./helpers";

test("claims: one mark per dated claim, filters, tooltip, click to the sentence, table, a11y", async ({ page, prisma }) => {
  const plotted = await prisma.fighterClaim.findMany({
    where: { article: { publishedEarliest: { not: null } }, OR: [{ low: { not: null } }, { high: { not: null } }] },
    include: { article: { include: { outlet: true } } },
    orderBy: { id: "asc" },
  });
  await page.goto("/claims");
  const marks = page.locator('[data-mark="claim"]');
  await expect(marks).toHaveCount(plotted.length);
  expect(await ids(marks)).toEqual(plotted.map((c) => `claim::${c.id}`).sort());
  expect(await tableIds(page)).toEqual(plotted.map((c) => `claim::${c.id}`).sort());

  // Tooltip: number as written, claimant, outlet, date precision, sentence.
  const claim = plotted[0]!;
  const mark = page.locator(`[data-mark="claim"][data-id="claim::${claim.id}"]`);
  await mark.focus();
  const tip = page.getByTestId("chart-tooltip");
  await expect(tip).toContainText(claim.quantityText);
  await expect(tip).toContainText(claim.claimant);
  await expect(tip).toContainText(claim.article.outlet?.name ?? "");
  await expect(tip).toContainText(`precision: ${claim.article.publishedPrecision}`);
  await expect(tip).toContainText(claim.sentence.slice(0, 40));
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "claims");

  // Toggles are URL state.
  await page.getByTestId("toggle-scale").getByText("Linear").click();
  await expect(page).toHaveURL(/scale=linear/);
  await page.getByTestId("toggle-color").getByText("Outlet").click();
  await expect(page).toHaveURL(/color=outlet/);
  await expect(marks).toHaveCount(plotted.length);

  // Referent filter: unticking the first claim's referent hides those claims.
  await page.locator(`input[name="referents"][value="${claim.refersTo}"]`).uncheck();
  await expect(page).toHaveURL(/referents=/);
  const left = plotted.filter((c) => c.refersTo !== claim.refersTo);
  await expect(marks).toHaveCount(left.length);
  if (left.length === 0) await expect(page.getByTestId("empty-state")).toContainText("hidden by the referent filter");

  // Clicking a claim opens its article with the sentence highlighted.
  await page.goto("/claims");
  await mark.dispatchEvent("click");
  await expect(page).toHaveURL(new RegExp(`/articles/${claim.articleId}\\?s=${claim.sentenceStart}-${claim.sentenceEnd}`));
  const target = page.locator("mark.span-target");
  await expect(target.first()).toBeVisible();
  expect((await target.allTextContents()).join("")).toBe(claim.sentence);
});
