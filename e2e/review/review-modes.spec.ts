import { expect, test } from "../accounts/fixtures";
import { ids } from "../views/helpers";

// Issue 12, item 4: charts follow the review. An editor's decisions (sent through POST /api/reviews in the
// browser's own session, as the reader's keyboard UI sends them) change the claims chart, its data table and
// /api/charts/claims in the default mode, and nothing in "machine only"; the permalink carries the mode.
// The facts live on a seeded outlet: its articles (and their decisions with them) are removed after the test.

interface ChartBody {
  facts: string;
  data: { claims: { id: string; claimantType: string; review?: string }[] };
}

test("an editor's decisions change the default claims chart and API, not machine only; the permalink round-trips the mode", async ({ page, prisma, seed, signIn }) => {
  const outlet = `E2E review modes ${Date.now().toString(36)}`;
  const { ids: articleIds, outletIds } = await seed([
    {
      outlet,
      published: { earliest: "2021-03-04", latest: "2021-03-04", precision: "day" },
      claims: [
        { low: 1000, high: 1000, quantityText: "1,000", claimant: "the UN", claimantType: "un", refersTo: "remaining" },
        { low: 2000, high: 3000, quantityText: "2,000 to 3,000", claimant: "officials", claimantType: "iraqi_gov_military", refersTo: "remaining" },
        { low: 400, high: 400, quantityText: "400", claimant: "a source", claimantType: "unknown", refersTo: "killed" },
      ],
      attacks: [{ type: "bombing_explosion", triggerText: "car bomb" }],
    },
  ]);
  const articleId = articleIds[0]!;
  const query = `outlets=${outletIds[0]}`;
  const claims = await prisma.fighterClaim.findMany({ where: { articleId }, orderBy: { ordinal: "asc" } });
  const [accepted, corrected, rejected] = claims as [(typeof claims)[0], (typeof claims)[0], (typeof claims)[0]];
  const chart = async (facts?: string): Promise<ChartBody> => {
    const res = await page.request.get(`/api/charts/claims?${query}${facts ? `&facts=${facts}` : ""}`);
    expect(res.status()).toBe(200);
    return (await res.json()) as ChartBody;
  };
  const machineBefore = await chart("machine");
  expect((await chart()).data.claims).toEqual(machineBefore.data.claims);
  expect(machineBefore.data.claims.map((c) => c.id).sort()).toEqual(claims.map((c) => `claim::${c.id}`).sort());

  // A bad mode is a 400 naming the parameter.
  const bad = await page.request.get(`/api/charts/claims?${query}&facts=everything`);
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ parameter: "facts" });

  // The editor decides: accept, correct the claimant type, reject, and add a claim the machine missed.
  await signIn(page, "editor");
  const baseOrigin = new URL(test.info().project.use.baseURL!).origin;
  const send = async (data: Record<string, unknown>) => {
    const res = await page.request.post("/api/reviews", { data: { articleId, basedOn: null, ...data }, headers: { origin: baseOrigin } });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { decision: { id: number } }).decision;
  };
  await send({ kind: "claim", action: "accept", factId: accepted.id });
  await send({ kind: "claim", action: "correct", factId: corrected.id, fields: { claimantType: "us_coalition" } });
  await send({ kind: "claim", action: "reject", factId: rejected.id, reason: "not-a-claim" });
  const added = await send({
    kind: "claim",
    action: "add",
    fields: { low: 777, high: 777, qualifier: "exact", unit: "people", claimant: "an analyst", claimantType: "un", refersTo: "remaining" },
    anchor: { sentenceStart: accepted.sentenceStart, sentenceEnd: accepted.sentenceEnd, anchorStart: accepted.sentenceStart, anchorEnd: accepted.sentenceStart + 3 },
  });
  const addedId = added.id;

  // The API: the default mode applies the decisions, machine only does not.
  const applied = await chart();
  expect(applied.facts).toBe("applied");
  const byId = new Map(applied.data.claims.map((c) => [c.id, c]));
  expect(byId.has(`claim::${rejected.id}`)).toBe(false);
  expect(byId.get(`claim::${corrected.id}`)).toMatchObject({ claimantType: "us_coalition", review: "corrected" });
  expect(byId.get(`claim::${accepted.id}`)).toMatchObject({ review: "accepted" });
  expect(byId.get(`claim::-${addedId}`)).toMatchObject({ review: "added" });
  const machineAfter = await chart("machine");
  expect(machineAfter.facts).toBe("machine");
  expect(machineAfter.data.claims).toEqual(machineBefore.data.claims);

  // The page: reviewed marks look different, the rejected one is gone, the data table says the state.
  await page.goto(`/claims?${query}`);
  const marks = page.locator('[data-mark="claim"]');
  await expect(marks).toHaveCount(applied.data.claims.length);
  await expect(page.locator("svg[data-chart]")).toContainText("Reviewed by an analyst");
  expect((await ids(marks)).sort()).toEqual(applied.data.claims.map((c) => c.id).sort());
  await expect(page.locator(`[data-mark="claim"][data-id="claim::${corrected.id}"]`)).toHaveAttribute("data-review", "corrected");
  await expect(page.locator('[data-mark="claim"] [data-part="reviewed"]')).toHaveCount(3);
  const table = page.getByTestId("data-table");
  await table.locator("summary").click();
  await expect(table.locator(`tbody tr[data-id="claim::${corrected.id}"]`)).toContainText("corrected");

  // Switching to machine only in the filter bar: every machine claim is back, none looks reviewed.
  await page.getByTestId("filter-facts").getByText("Machine only").click();
  await expect(page).toHaveURL(/facts=machine/);
  await expect(page.locator(`[data-mark="claim"][data-id="claim::${rejected.id}"]`)).toHaveCount(1);
  await expect(page.locator('[data-mark="claim"] [data-part="reviewed"]')).toHaveCount(0);

  // The permalink says which facts it shows and opens the same view.
  await page.getByTestId("share-copy").click();
  const link = await page.getByTestId("share-output").inputValue();
  expect(link).toMatch(/[?&]facts=machine(&|$)/);
  await page.goto(link);
  await expect(page.getByTestId("filter-facts").locator('input[value="machine"]')).toBeChecked();
  await expect(page.locator(`[data-mark="claim"][data-id="claim::${rejected.id}"]`)).toHaveCount(1);
  // The default is written out too.
  await page.goto(`/claims?${query}`);
  await page.getByTestId("share-copy").click();
  expect(await page.getByTestId("share-output").inputValue()).toMatch(/[?&]facts=applied(&|$)/);
});
