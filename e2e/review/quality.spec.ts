import { measureMachine } from "@framewatch/db/review";
import { BASE_URL } from "../e2e-env";
import { expect, test } from "../accounts/fixtures";
import { expectNoSeriousA11yViolations, screenshot } from "../views/helpers";

// An editor reviews every claim and attack of one bundled article through the API the reader uses; the Quality page
// then shows the figures measureMachine computes from PostgreSQL (the same corpus export + eval reproduce: CLI tests).
test("the Quality page shows the machine measured against an editor's complete review", async ({ page, prisma, signIn }) => {
  const article = await prisma.article.findFirstOrThrow({
    where: { claims: { some: {} }, attacks: { some: {} }, reviews: { none: {} } },
    include: { claims: { orderBy: { ordinal: "asc" } }, attacks: { orderBy: { ordinal: "asc" } } },
    orderBy: { id: "asc" },
  });
  const before = await measureMachine(prisma);
  await signIn(page, "editor");
  const decide = async (body: Record<string, unknown>) => {
    const res = await page.request.post(`${BASE_URL}/api/reviews`, { data: { articleId: article.id, basedOn: null, ...body }, headers: { origin: BASE_URL } });
    expect(res.status(), await res.text()).toBe(201);
  };
  try {
    const [first, ...rest] = article.claims;
    // One correction (another claimant type), one rejection when there is a second claim, the rest accepted.
    await decide({ kind: "claim", action: "correct", factId: first!.id, fields: { claimantType: first!.claimantType === "analyst" ? "un" : "analyst" } });
    for (const [i, c] of rest.entries()) {
      await decide(i === 0 ? { kind: "claim", action: "reject", reason: "not-a-claim", factId: c.id } : { kind: "claim", action: "accept", factId: c.id });
    }
    for (const t of article.attacks) await decide({ kind: "attack", action: "accept", factId: t.id });

    const after = await measureMachine(prisma);
    expect(after.measuredArticles).toBe(before.measuredArticles + 1);
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Quality" }).click();
    await expect(page).toHaveURL(/\/quality$/);
    await expect(page.getByTestId("quality-basis")).toContainText(`Based on ${after.measuredArticles} reviewed article`);
    for (const id of ["claimsLoose", "claimantType", "attackTypes"] as const) {
      const m = after.overall.measures[id];
      const cells = page.getByTestId("quality-overall").locator(`tr[data-measure="${id}"] td`);
      await expect(cells.nth(3)).toHaveText(String(m.tp));
      await expect(cells.nth(4)).toHaveText(String(m.fp));
      await expect(cells.nth(5)).toHaveText(String(m.fn));
    }
    const outlet = after.byOutlet.find((g) => g.articles > 0)!;
    await expect(page.getByTestId("quality-outlets").locator(`tr[data-group="${outlet.outlet}"]`)).toBeVisible();
    const api = (await (await page.request.get(`${BASE_URL}/api/quality`)).json()) as { overall: unknown };
    expect(api.overall).toEqual(after.overall);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "quality");
  } finally {
    // Leave the database as the other specs expect it: no decisions of this spec's.
    await prisma.reviewDecision.deleteMany({ where: { articleId: article.id } });
  }
});
