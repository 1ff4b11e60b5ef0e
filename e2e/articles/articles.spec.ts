import { expect, test } from "../fixtures";

test("the home page lists every stored article", async ({ page, prisma }) => {
  const stored = await prisma.article.findMany({ select: { title: true, source: true } });
  expect(stored.length).toBe(5); // the bundled sample corpus, imported on first start

  await page.goto("/");
  const items = page.getByTestId("article-item");
  await expect(items).toHaveCount(stored.length);
  for (const a of stored) {
    await expect(page.getByRole("link", { name: a.title ?? a.source, exact: true })).toBeVisible();
  }
});

test("an article page shows its cleaned text and extracted facts", async ({ page, prisma }) => {
  const article = await prisma.article.findFirstOrThrow({
    where: { claims: { some: {} } },
    include: { claims: true },
    orderBy: { id: "asc" },
  });
  await page.goto("/");
  await page.getByRole("link", { name: article.title ?? article.source, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}$`));

  const body = page.getByTestId("article-body");
  const firstSentence = article.body.split("\n")[0]!.slice(0, 60);
  await expect(body).toContainText(firstSentence);
  await expect(page.getByTestId("claim")).toHaveCount(article.claims.length);
  await expect(page.getByTestId("date-evidence")).not.toBeEmpty();
});

test("a claim's link highlights the sentence it came from", async ({ page, prisma }) => {
  const claim = await prisma.fighterClaim.findFirstOrThrow({ orderBy: { id: "asc" } });
  await page.goto(`/articles/${claim.articleId}`);
  await page.getByTestId("claim").first().getByRole("link", { name: "show sentence" }).click();
  const target = page.locator("mark.span-target");
  await expect(target.first()).toBeVisible();
  const highlighted = (await target.allTextContents()).join("");
  expect(highlighted).toBe(claim.sentence);
});

test("a claim says why its claimant has its type, naming the rules", async ({ page, prisma }) => {
  // A claim the text credits to a named source (not the outlet's own voice).
  const claim = await prisma.fighterClaim.findFirstOrThrow({ where: { claimantEvidenceText: { not: null } }, orderBy: { id: "asc" } });
  const claims = await prisma.fighterClaim.findMany({ where: { articleId: claim.articleId }, orderBy: { ordinal: "asc" } });
  await page.goto(`/articles/${claim.articleId}`);
  const item = page.getByTestId("claim").nth(claims.findIndex((c) => c.id === claim.id));
  await expect(item).toContainText(`named as “${claim.claimantEvidenceText}”`);
  await item.getByTestId("claim-why").locator("summary").click();
  const typeRule = claim.rules.find((r) => r.startsWith("type:"))!;
  await expect(item.getByTestId("claim-why")).toContainText("Claimant type");
  await expect(item.getByTestId("claim-why")).toContainText(typeRule);
});
