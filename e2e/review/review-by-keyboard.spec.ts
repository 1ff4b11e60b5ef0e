import type { Page } from "@playwright/test";
import type { PrismaClient } from "@framewatch/db";
import { BASE_URL } from "../e2e-env";
import { expect, test } from "../accounts/fixtures";

// Issue 12's review by keyboard, in Chromium against the bundled corpus: an editor accepts a claim, corrects one's
// claimant type, rejects one with a reason and adds a missed one by selecting a number in the text; the history
// shows the four decisions under the editor's name, the claims chart and its API change in the default mode and not in
// "machine only", and the queue drops the decided facts and counts them as
// progress. A viewer sees the review states without controls and cannot post a decision.

/** The bundled article with the most claims, and a number in its body that no claim was read from. */
async function pickArticle(prisma: PrismaClient) {
  const articles = await prisma.article.findMany({ include: { claims: { orderBy: { ordinal: "asc" } }, outlet: true }, orderBy: { id: "asc" } });
  for (const a of [...articles].sort((x, y) => y.claims.length - x.claims.length || x.id - y.id)) {
    if (a.claims.length < 3 || a.outletId === null) continue;
    const taken = a.claims.filter((c) => c.section === "body").map((c) => [c.quantityStart, c.quantityEnd] as const);
    for (const m of a.body.matchAll(/\b\d[\d,]*\b/g)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some(([s, e]) => start < e && end > s)) return { article: a, missed: { start, end, text: m[0] } };
    }
  }
  throw new Error("No bundled article with three claims and a number no claim was read from.");
}

/** Selects body[start, end) in the rendered article, through the segments' offsets (no mouse). */
async function selectInBody(page: Page, start: number, end: number) {
  await page.evaluate(
    ({ start, end }) => {
      const spans = [...document.querySelectorAll<HTMLElement>("[data-testid=article-body] [data-start]")];
      const at = (offset: number) => {
        const el = spans.find((s) => Number(s.dataset.start) <= offset && offset <= Number(s.dataset.end))!;
        return { node: el.firstChild!, offset: offset - Number(el.dataset.start) };
      };
      const a = at(start);
      const b = at(end);
      document.getSelection()!.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
    },
    { start, end },
  );
}

async function queueState(page: Page, outlet: string | null) {
  const response = await page.request.get(`${BASE_URL}/api/review/queue?limit=200`);
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { total: number; items: { kind: string; factId: number }[]; progress: { outlet: string | null; reviewed: number; total: number }[] };
  const progress = body.progress.find((p) => p.outlet === outlet)!;
  return { total: body.total, keys: body.items.map((i) => `${i.kind}-${i.factId}`), reviewed: progress.reviewed };
}

test("an editor reviews an article by keyboard; the history and the queue follow; a viewer cannot review", async ({ page, prisma, signIn, browser }) => {
  const { article, missed } = await pickArticle(prisma);
  const [first, second, third] = article.claims;
  await prisma.reviewDecision.deleteMany({ where: { articleId: article.id } });
  try {
    await signIn(page, "editor");
    const before = await queueState(page, article.outlet?.name ?? null);
    expect(before.keys).toEqual(expect.arrayContaining([`claim-${first!.id}`, `claim-${second!.id}`, `claim-${third!.id}`]));

    await page.goto(`/articles/${article.id}`);
    const facts = page.getByTestId("review-fact");
    await expect(facts.first()).toBeVisible();
    const fact = (id: number) => page.locator(`[data-fact="claim-${id}"]`);
    const announcer = page.getByTestId("review-announcer");

    // j: the first fact gets focus, its sentence is highlighted in the text.
    await page.keyboard.press("j");
    await expect(fact(first!.id)).toBeFocused();
    await expect(page.locator("[data-testid=article-body] .review-sentence").first()).toBeVisible();
    expect((await page.locator("[data-testid=article-body] .review-sentence").allTextContents()).join("")).toContain(first!.quantityText);

    // a: accepted; focus moves on to the next fact.
    await page.keyboard.press("a");
    await expect(fact(first!.id)).toHaveAttribute("data-status", "accepted");
    await expect(announcer).toContainText("accept");
    await expect(fact(second!.id)).toBeFocused();

    // e: correct the claimant type in place (Tab to the select, type-ahead, Enter saves).
    const newType = second!.claimantType === "kurdish" ? "analyst" : "kurdish";
    await page.keyboard.press("e");
    await expect(page.locator("[data-field=low]")).toBeFocused();
    for (let i = 0; i < 4; i++) await page.keyboard.press("Tab");
    await expect(page.locator("select[data-field=claimantType]")).toBeFocused();
    await page.keyboard.type(newType);
    await expect(page.locator("select[data-field=claimantType]")).toHaveValue(newType);
    await page.keyboard.press("Enter");
    await expect(fact(second!.id)).toHaveAttribute("data-status", "corrected");
    await expect(fact(second!.id).getByTestId("review-reviewed")).toContainText(newType.replace(/_/g, " "));
    await expect(fact(third!.id)).toBeFocused();

    // r, 2 (not a claim), Enter: rejected with a reason.
    await page.keyboard.press("r");
    await page.keyboard.press("2");
    await expect(page.getByRole("radio", { name: /not a claim/ })).toBeChecked();
    await page.keyboard.press("Enter");
    await expect(fact(third!.id)).toHaveAttribute("data-status", "rejected");
    await expect(announcer).toContainText("not a claim");

    // Select a number no claim was read from, c: a prefilled claim form; Enter adds it.
    await selectInBody(page, missed.start, missed.end);
    await expect(page.getByTestId("review-add")).toContainText(missed.text);
    await page.keyboard.press("c");
    await expect(page.getByTestId("review-adding")).toBeVisible();
    const n = Number(missed.text.replace(/,/g, ""));
    await expect(page.locator("[data-field=low]")).toHaveValue(String(n));
    // The form offers the unit, prefilled from the words (a bare number: people); the editor makes it a share.
    const unit = page.locator("select[data-field=unit]");
    await expect(unit).toHaveValue("people");
    await unit.selectOption("percent");
    await page.keyboard.press("Enter");
    const added = page.locator('[data-testid=review-fact][data-status="added"]');
    await expect(added).toHaveCount(1);
    await expect(added).toContainText(missed.text);
    await expect(added.getByTestId("review-reviewed")).toContainText(`${n.toLocaleString("en-US")} percent`);

    // The history: the four decisions, newest first, each with the editor's name.
    const history = page.getByTestId("history-item");
    await expect(history).toHaveCount(4);
    expect(await history.evaluateAll((els) => els.map((el) => el.getAttribute("data-action")))).toEqual(["add", "reject", "correct", "accept"]);
    // The name addAccount gives the fixture's editor (`corpus user add --name "E2E editor"`).
    const name = "E2E editor";
    for (const item of await history.all()) await expect(item).toContainText(name);
    // ... as the database holds them.
    expect(await prisma.reviewDecision.count({ where: { articleId: article.id } })).toBe(4);

    // The claims chart and its API follow the decisions in the default mode, not in "machine only".
    const claimsChart = async (facts: string) => {
      const res = await page.request.get(`${BASE_URL}/api/charts/claims?outlets=${article.outletId}&facts=${facts}`);
      expect(res.status()).toBe(200);
      return new Map(((await res.json()) as { data: { claims: { id: string; claimantType: string; unit: string; review?: string }[] } }).data.claims.map((c) => [c.id, c]));
    };
    const applied = await claimsChart("applied");
    expect(applied.get(`claim::${first!.id}`)).toMatchObject({ review: "accepted" });
    expect(applied.get(`claim::${second!.id}`)).toMatchObject({ claimantType: newType, review: "corrected" });
    expect(applied.has(`claim::${third!.id}`)).toBe(false);
    // The added claim is read with the unit the editor saved, not the one its words suggest.
    expect([...applied.values()].filter((c) => c.review === "added")).toMatchObject([{ unit: "percent" }]);
    const machine = await claimsChart("machine");
    expect(machine.get(`claim::${second!.id}`)).toMatchObject({ claimantType: second!.claimantType });
    expect(machine.has(`claim::${third!.id}`)).toBe(true);
    expect([...machine.values()].some((c) => c.review !== undefined)).toBe(false);
    await page.goto(`/claims?outlets=${article.outletId}`);
    await expect(page.locator(`[data-mark="claim"][data-id="claim::${second!.id}"]`)).toHaveAttribute("data-review", "corrected");
    await expect(page.locator(`[data-mark="claim"][data-id="claim::${third!.id}"]`)).toHaveCount(0);
    await page.goto(`/claims?outlets=${article.outletId}&facts=machine`);
    await expect(page.locator(`[data-mark="claim"][data-id="claim::${third!.id}"]`)).toHaveCount(1);

    // The queue no longer lists the three decided machine facts, and the outlet's progress moved by three.
    const after = await queueState(page, article.outlet?.name ?? null);
    expect(after.total).toBe(before.total - 3);
    for (const c of [first!, second!, third!]) expect(after.keys).not.toContain(`claim-${c.id}`);
    expect(after.reviewed).toBe(before.reviewed + 3);
    await page.goto("/review");
    const progress = page.locator(`[data-testid=review-progress-outlet][data-outlet="${article.outlet?.name ?? "unknown"}"]`);
    await expect(progress).toHaveAttribute("data-reviewed", String(after.reviewed));
    // A row opens the reader focused on its fact (?fact=<kind>-<id>).
    const row = page.getByTestId("review-queue-row").first();
    const rowFact = (await row.getAttribute("data-fact"))!;
    expect(after.keys).toContain(rowFact);
    await row.getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`[?&]fact=${rowFact}$`));
    await expect(page.locator(`[data-fact="${rowFact}"]`)).toBeFocused();

    // A viewer: the review states, no controls; the API refuses the decision.
    const context = await browser.newContext({ baseURL: BASE_URL });
    const viewerPage = await context.newPage();
    await signIn(viewerPage, "viewer");
    await viewerPage.goto(`/articles/${article.id}`);
    await expect(viewerPage.locator(`[data-fact="claim-${first!.id}"]`)).toHaveAttribute("data-status", "accepted");
    await expect(viewerPage.getByTestId("review-accept")).toHaveCount(0);
    await viewerPage.keyboard.press("j");
    await viewerPage.keyboard.press("a");
    await expect(viewerPage.getByTestId("review-form")).toHaveCount(0);
    const refused = await viewerPage.request.post(`${BASE_URL}/api/reviews`, {
      data: { articleId: article.id, kind: "claim", action: "accept", factId: article.claims[3]?.id ?? first!.id, basedOn: null },
      headers: { origin: BASE_URL },
    });
    expect(refused.status()).toBe(403);
    await viewerPage.goto("/review");
    await expect(viewerPage.getByTestId("review-editors-only")).toBeVisible();
    await context.close();
    expect(await prisma.reviewDecision.count({ where: { articleId: article.id } })).toBe(4);

    // Someone else decides on a fact the editor's page still shows unreviewed: the editor's click is refused (409),
    // the page says who decided and shows their decision; nothing is overwritten.
    await page.goto(`/articles/${article.id}`);
    const open = page.locator('[data-testid=review-fact][data-status="unreviewed"]').first();
    const key = (await open.getAttribute("data-fact"))!;
    const [kind, id] = key.split("-") as ["claim" | "attack", string];
    const adminContext = await browser.newContext({ baseURL: BASE_URL });
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, "admin");
    const elsewhere = await adminPage.request.post(`${BASE_URL}/api/reviews`, {
      data: { articleId: article.id, kind, action: "reject", reason: "duplicate", factId: Number(id), basedOn: null },
      headers: { origin: BASE_URL },
    });
    expect(elsewhere.status()).toBe(201);
    await adminContext.close();
    await open.getByTestId("review-accept").click();
    await expect(page.getByTestId("review-problem")).toContainText("E2E admin decided");
    await expect(page.locator(`[data-fact="${key}"]`)).toHaveAttribute("data-status", "rejected");
    expect(await prisma.reviewDecision.count({ where: { articleId: article.id } })).toBe(5);
  } finally {
    // The other specs expect the bundled corpus unreviewed.
    await prisma.reviewDecision.deleteMany({ where: { articleId: article.id } });
  }
});
