import type { PrismaClient } from "@framewatch/db";
import { expect, test } from "../fixtures";
import { expectNoSeriousA11yViolations, screenshot } from "../views/helpers";

const OUTLET = "E2E Claims Wire";
const TYPES = ["un", "us_coalition", "analyst", "kurdish"] as const;

/** Claims the timeline places under a date / claimant-type filter, counted in the database (interval overlap, as the filters do). */
async function placeable(prisma: PrismaClient, where: { from?: string; to?: string; claimantType?: string } = {}): Promise<number> {
  return prisma.fighterClaim.count({
    where: {
      ...(where.claimantType ? { claimantType: where.claimantType } : {}),
      OR: [{ low: { not: null } }, { high: { not: null } }],
      article: {
        publishedEarliest: { not: null, ...(where.to ? { lte: new Date(`${where.to}T00:00:00Z`) } : {}) },
        ...(where.from ? { publishedLatest: { gte: new Date(`${where.from}T00:00:00Z`) } } : {}),
      },
    },
  });
}

test("claims: beyond the mark limit the timeline aggregates; a mark zooms to individual claims; the list pages", async ({ page, prisma, seed }) => {
  // 130 articles x 9 claims over two years: more than the timeline draws one by one.
  await seed(
    Array.from({ length: 130 }, (_, i) => ({
      outlet: OUTLET,
      published: { earliest: `20${19 + (i % 2)}-${String(1 + (i % 12)).padStart(2, "0")}-05`, latest: `20${19 + (i % 2)}-${String(1 + (i % 12)).padStart(2, "0")}-05` },
      claims: Array.from({ length: 9 }, (_, j) => ({
        low: 100 * (1 + ((i + j) % 40)),
        high: j % 3 === 0 ? 300 * (1 + ((i + j) % 40)) : 100 * (1 + ((i + j) % 40)),
        claimantType: TYPES[(i + j) % TYPES.length],
        refersTo: j % 2 === 0 ? "remaining" : "killed",
        sentence: `Officials said ${100 * (1 + ((i + j) % 40))} fighters remain (seeded claim ${i}.${j}).`,
      })),
    })),
  );
  const total = await placeable(prisma);
  expect(total).toBeGreaterThan(1000);

  await page.goto("/claims");
  const note = page.getByTestId("claims-note");
  await expect(note).toHaveAttribute("data-mode", "bins");
  const bins = page.locator('[data-mark="claim-bin"]');
  await expect(bins.first()).toBeVisible();
  expect(await page.locator('[data-mark="claim"]').count()).toBe(0);
  const count = await bins.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(1000);
  // Every placeable claim is in exactly one mark.
  const counts = await bins.evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-count"))));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
  await expect(note).toContainText(`${total.toLocaleString("en-US")} claims in ${count} marks`);
  await expectNoSeriousA11yViolations(page);
  await screenshot(page, "claims-aggregated");

  // The tooltip says how many claims and which numbers.
  const un = page.locator('[data-mark="claim-bin"][data-id^="bin:un:people:"]').first();
  const unId = (await un.getAttribute("data-id"))!;
  await un.focus();
  await expect(page.getByTestId("chart-tooltip")).toContainText("claims");
  await expect(page.getByTestId("chart-tooltip")).toContainText("zoom");

  // Clicking a mark zooms: its bin's dates and its claimant type become the filters.
  await un.dispatchEvent("click");
  await expect(page).toHaveURL(/claimants=un/);
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}/);
  const url = new URL(page.url());
  const zoomed = await placeable(prisma, { from: url.searchParams.get("from")!, to: url.searchParams.get("to")!, claimantType: "un" });
  expect(zoomed).toBeLessThanOrEqual(1000);
  expect(unId.endsWith(url.searchParams.get("from")!)).toBe(true);
  await expect(note).toHaveAttribute("data-mode", "claims");
  await expect(page.locator('[data-mark="claim"]')).toHaveCount(zoomed);
  // A claim's tooltip fetches its sentence (sentences are not sent with the chart).
  await page.locator('[data-mark="claim"]').first().focus();
  await expect(page.getByTestId("chart-tooltip")).toContainText("seeded claim");

  // The list under the chart has every claim with its sentence, a page at a time.
  await page.goto("/claims");
  const list = page.getByTestId("claims-list-item");
  await expect(list).toHaveCount(25);
  await expect(page.getByTestId("pager-claims-count")).toHaveText(`25 of ${total.toLocaleString("en-US")} claims`);
  const firstPage = await list.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  await page.getByTestId("pager-claims-next").click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(list).toHaveCount(25);
  const secondPage = await list.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")));
  expect(secondPage.filter((id) => firstPage.includes(id))).toEqual([]);
  await expect(list.first().locator("blockquote")).not.toBeEmpty();

  // The JSON API: the chart stays small, its table rows page with limit / cursor.
  const api = await page.request.get("/api/charts/claims?color=outlet&limit=5");
  const body = (await api.json()) as { mode: string; plotted: number; data: { bins: unknown[] }; table: { rows: unknown[]; page: { total: number; next: string | null } } };
  expect(body.mode).toBe("bins");
  expect(body.plotted).toBe(total);
  expect(body.table.rows).toHaveLength(5);
  expect(body.table.page.total).toBe(body.data.bins.length);
  const next = await (await page.request.get(`/api/charts/claims?color=outlet&limit=5&cursor=${body.table.page.next}`)).json();
  expect(next.table.rows).toHaveLength(5);
  expect(next.table.rows[0]).not.toEqual(body.table.rows[0]);
});
