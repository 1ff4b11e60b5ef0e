import { createHash } from "node:crypto";
import { expect, test } from "../accounts/fixtures";

// Issue 12, item 3: decisions a re-analysis could not re-attach are listed for a second look on /review, and an
// editor closes one. The detached decision is stored as reattachDecisions leaves it (fact pointer cleared,
// detachedAt set; the db tests cover how a re-analysis gets there), on a seeded article removed after the test.

test("an editor sees a detached decision on /review with its anchor marked, closes it, and the history keeps both", async ({ page, prisma, seed, signIn }) => {
  const sentence = "Officials said 300 fighters remain near the river.";
  const { ids } = await seed([{ title: `E2E detached ${Date.now().toString(36)}`, body: sentence, claims: [{ low: 300, high: 300, quantityText: "300", sentence }] }]);
  const articleId = ids[0]!;
  const decision = await prisma.reviewDecision.create({
    data: {
      articleId,
      kind: "claim",
      action: "correct",
      before: { low: 200, high: 200, qualifier: "exact", claimant: "officials", claimantType: "unknown", refersTo: "remaining" },
      after: { low: 200, high: 200, qualifier: "exact", claimant: "officials", claimantType: "local_official", refersTo: "remaining" },
      userId: "e2e-ana",
      userName: "Ana Analyst",
      userEmail: "ana@example.org",
      extractorVersion: "0.0.0-old",
      sentenceStart: 0,
      sentenceEnd: sentence.length,
      sentence,
      sentenceHash: createHash("sha256").update(sentence).digest("hex"),
      anchorStart: 15,
      anchorEnd: 18,
      anchorText: "300",
      detachedAt: new Date(),
    },
  });

  // The API is open and pages; a bad parameter is a 400 naming it.
  const listed = (await (await page.request.get("/api/review/detached?limit=200")).json()) as { items: { id: number; title: string }[]; total: number };
  expect(listed.items.find((d) => d.id === decision.id)).toMatchObject({ title: expect.stringContaining("E2E detached") });
  const bad = await page.request.get("/api/review/detached?limit=0");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ parameter: "limit" });

  // A viewer may not close it.
  await signIn(page, "viewer");
  const origin = new URL(test.info().project.use.baseURL!).origin;
  expect((await page.request.post("/api/review/detached", { data: { decisionId: decision.id }, headers: { origin } })).status()).toBe(403);

  const editor = await signIn(page, "editor");
  await page.goto("/review");
  const section = page.getByTestId("review-detached-list");
  await expect(section.getByRole("heading", { name: /Decisions to look at again/ })).toBeVisible();
  const row = section.locator(`[data-testid="review-detached-row"][data-decision="${decision.id}"]`);
  await expect(row).toContainText("correct claim “300”");
  await expect(row).toContainText("Ana Analyst");
  await expect(row.locator("mark")).toHaveText("300");
  await expect(row.getByRole("link")).toHaveAttribute("href", `/articles/${articleId}`);

  await row.getByPlaceholder("note (optional)").fill("new analysis reads it right");
  await row.getByTestId("review-detached-close").click();
  await expect(section.locator(`[data-decision="${decision.id}"]`)).toHaveCount(0);

  // Nothing deleted: the history holds the detached decision, superseded by the editor's close.
  const history = (await (await page.request.get(`/api/articles/${articleId}/history`)).json()) as {
    items: { id: number; action: string; note: string | null; supersededById: number | null; user: { name: string } }[];
  };
  const close = history.items.find((d) => d.action === "close");
  expect(close).toMatchObject({ note: "new analysis reads it right", user: { name: "E2E editor" } });
  expect(JSON.stringify(history)).not.toContain(editor.email);
  expect(history.items.find((d) => d.id === decision.id)).toMatchObject({ supersededById: close!.id });
  const after = (await (await page.request.get("/api/review/detached?limit=200")).json()) as { items: { id: number }[] };
  expect(after.items.map((d) => d.id)).not.toContain(decision.id);
});
