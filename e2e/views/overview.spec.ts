import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations, screenshot } from "./helpers";

test("overview: corpus summary, one card per outlet, outlet filter, articles list, accessible", async ({ page, prisma }) => {
  const [articles, claims, attacks, byOutlet] = await Promise.all([
    prisma.article.count(),
    prisma.fighterClaim.count(),
    prisma.attackMention.count(),
    prisma.article.groupBy({ by: ["outletId"], _count: { _all: true }, orderBy: { outletId: "asc" } }),
  ]);

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Overview", level: 1 })).toBeVisible();
  await expect(page.getByTestId("stat-articles")).toContainText(String(articles));
  await expect(page.getByTestId("stat-outlets")).toContainText(String(byOutlet.length));
  await expect(page.getByTestId("stat-claims")).toContainText(String(claims));
  await expect(page.getByTestId("stat-attacks")).toContainText(String(attacks));
  await expect(page.getByTestId("outlet-card")).toHaveCount(byOutlet.length);
  await expect(page.getByTestId("article-item")).toHaveCount(articles);
  for (const label of ["Overview", "Framing", "Claims", "Attacks"]) {
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "overview");

  // Unticking one outlet drops its card, and its articles from the summary and the list.
  const dropped = byOutlet.find((o) => o.outletId !== null)!;
  await page.locator(`input[name="outlet"][value="${dropped.outletId}"]`).uncheck();
  await expect(page).toHaveURL(/outlets=/);
  await expect(page.getByTestId("outlet-card")).toHaveCount(byOutlet.length - 1);
  await expect(page.getByTestId("stat-articles")).toContainText(String(articles - dropped._count._all));
  await expect(page.getByTestId("article-item")).toHaveCount(articles - dropped._count._all);
});
