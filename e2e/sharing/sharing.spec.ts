import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../accounts/fixtures";
import { BASE_URL, SCREENSHOT_DIR } from "../e2e-env";

const CHART_SVG = ".chart-box svg[data-chart]";

/**
 * The chart's SVG outerHTML with each element's attributes in name order:
 * React appends attributes it adds on update (a mark selected by a click)
 * after the ones present at first render (a mark selected by the link), so
 * raw attribute order says how the state was reached, not what is drawn.
 */
async function chartSvg(page: Page): Promise<string> {
  return page.locator(CHART_SVG).evaluate((root) => {
    const out = (n: Node): string => {
      if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? "";
      if (n.nodeType !== Node.ELEMENT_NODE) return "";
      const el = n as Element;
      const attrs = [...el.attributes].map((a) => `${a.name}="${a.value}"`).sort().join(" ");
      return `<${el.tagName}${attrs ? ` ${attrs}` : ""}>${[...el.childNodes].map(out).join("")}</${el.tagName}>`;
    };
    return out(root);
  });
}

/** Open `url` in a brand-new browser context (no cookies, storage or history) and return its chart SVG once drawn. */
async function svgInFreshContext(browser: Browser, url: string, expected: string): Promise<{ svg: string; finalUrl: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await expect(page.locator(CHART_SVG)).toBeVisible();
    await expect.poll(async () => firstDiff(await chartSvg(page), expected), { timeout: 10_000 }).toBe("same");
    return { svg: await chartSvg(page), finalUrl: page.url() };
  } finally {
    await context.close();
  }
}

async function chartBoxHtml(page: Page): Promise<string> {
  return page.locator(".chart-box").first().evaluate((el) => el.innerHTML);
}

/** Where two strings first differ, briefly (failure messages stay readable). */
function firstDiff(a: string, b: string): string {
  if (a === b) return "same";
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `differ at ${i} (lengths ${a.length}/${b.length}): «${a.slice(Math.max(0, i - 80), i + 80)}» vs «${b.slice(Math.max(0, i - 80), i + 80)}»`;
}

function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(buf.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

test("claims built by clicking: copied link and short link reproduce the exact chart in a fresh context", async ({ page, context, browser, prisma, signIn }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  // Short links are stored: they take an account (any role). The copied link needs none.
  await signIn(page, "viewer");
  const claim = await prisma.fighterClaim.findFirstOrThrow({ where: { article: { publishedEarliest: { not: null } } }, orderBy: { id: "asc" } });
  await page.goto("/claims");
  await page.getByTestId("toggle-scale").getByText("Linear").click();
  await expect(page).toHaveURL(/scale=linear/);
  await page.getByTestId("toggle-color").getByText("Outlet").click();
  await expect(page).toHaveURL(/color=outlet/);
  await page.locator(`input[name="referents"][value="${claim.refersTo}"]`).uncheck();
  await expect(page).toHaveURL(/referents=/);
  await expect(page.getByTestId("filters")).not.toHaveAttribute("aria-busy", "true");
  const original = await chartSvg(page);

  await page.getByTestId("share-copy").click();
  const link = await page.getByTestId("share-output").inputValue();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  const u = new URL(link);
  expect(u.pathname).toBe("/claims");
  expect(u.searchParams.get("v")).toBe("1");
  expect(u.searchParams.get("scale")).toBe("linear");
  expect(u.searchParams.get("color")).toBe("outlet");
  expect(u.searchParams.get("referents")?.split(",")).not.toContain(claim.refersTo);
  expect((await svgInFreshContext(browser, link, original)).svg).toBe(original);

  // Short link: stored in PostgreSQL, same state -> same id, resolves to the same chart.
  await page.getByTestId("share-short").click();
  await expect(page.getByTestId("share-output")).toHaveValue(/\/s\/[0-9A-Za-z]{10}$/);
  const short = await page.getByTestId("share-output").inputValue();
  const id = short.split("/s/")[1]!;
  const row = await prisma.shortLink.findUniqueOrThrow({ where: { id } });
  expect(row).toMatchObject({ path: "/claims", stateVersion: 1 });
  expect(`${row.path}${row.query}`).toBe(`${u.pathname}${u.search}`);
  const again = await page.request.post("/api/short-links", { data: { url: `${u.pathname}?referents=${u.searchParams.get("referents")}&color=outlet&scale=linear` }, headers: { origin: BASE_URL } });
  expect((await again.json()).id).toBe(id);
  const resolved = await svgInFreshContext(browser, short, original);
  expect(resolved.svg).toBe(original);
  expect(resolved.finalUrl).toBe(link);

  // Unknown id: a friendly 404 page.
  const missing = await page.goto("/s/0000000000");
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId("short-link-not-found")).toContainText("Link not found");
});

test("framing with a dimension and a selected mark: the link restores chart and evidence panel", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/framing");
  await page.getByTestId("toggle-dim").getByText("Actor labels").click();
  await expect(page).toHaveURL(/dim=actors/);
  const cell = page.locator('[data-mark="heatmap-cell"]').first();
  const cellId = await cell.getAttribute("data-id");
  await cell.click();
  await expect(page).toHaveURL(/sel=actor/);
  const heading = await page.locator("#evidence-heading").textContent();
  const original = await chartSvg(page);
  expect(original).toContain("fw-mark--selected");

  await page.getByTestId("share-copy").click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).searchParams.get("sel")).toBe(cellId);
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const other = await fresh.newPage();
  await other.goto(link);
  await expect.poll(async () => firstDiff(await chartSvg(other), original), { timeout: 10_000 }).toBe("same");
  await expect(other.locator("#evidence-heading")).toHaveText(heading!);
  await fresh.close();
});

test("unfurl: OpenGraph/Twitter tags point at a 1200x630 PNG of the same state that changes with it", async ({ page, request }) => {
  await page.goto("/claims?scale=linear&color=outlet");
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toMatch(/\/api\/og\/claims\?/);
  expect(new URL(ogImage!).searchParams.get("scale")).toBe("linear");
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute("content", ogImage!);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /linear scale.*coloured by outlet/);

  const linear = await request.get(ogImage!);
  expect(linear.status()).toBe(200);
  expect(linear.headers()["content-type"]).toBe("image/png");
  const a = await linear.body();
  expect(pngSize(a)).toEqual({ width: 1200, height: 630 });
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOT_DIR, "og-claims.png"), a);
  const log = await (await request.get("/api/og/claims")).body();
  expect(pngSize(log)).toEqual({ width: 1200, height: 630 });
  expect(log.equals(a)).toBe(false);
  const actors = await (await request.get("/api/og/actors")).body();
  expect(pngSize(actors)).toEqual({ width: 1200, height: 630 });
  expect(actors.equals(a)).toBe(false);
});

test("embed: chart renders inside an iframe, links back; only embeds are framable", async ({ page, request }) => {
  await page.goto("/attacks?measure=share");
  await page.getByTestId("share-embed").click();
  const code = await page.getByTestId("share-output").inputValue();
  // The embed says which facts it shows (the default written out, as permalinks do).
  expect(code).toMatch(/^<iframe src="[^"]+\/embed\/attacks\?facts=applied&(amp;)?measure=share&(amp;)?v=1"/);
  const marks = await page.locator('[data-mark="heatmap-cell"]').count();

  await page.goto("/");
  await page.setContent(`<!doctype html><html><body><h1>Blog post</h1>${code}</body></html>`);
  const frame = page.frameLocator("iframe");
  await expect(frame.locator('[data-mark="heatmap-cell"]')).toHaveCount(marks);
  await expect(frame.locator(".site-header")).toHaveCount(0);
  await expect(frame.getByTestId("embed-open")).toHaveAttribute("href", /\/attacks\?measure=share&v=1$/);

  const embed = await request.get("/embed/attacks?measure=share");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  for (const p of ["/", "/claims", "/api/charts/claims"]) {
    const res = await request.get(p);
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  }
});

test("exports: CSV rows are the data-table rows; JSON, SVG and PNG download with view-and-date names", async ({ page }) => {
  await page.goto("/claims?color=outlet");
  const rows = page.getByTestId("data-table").locator("tbody tr[data-id]");
  await page.getByTestId("data-table").locator("summary").click();
  // Rows are rendered when the disclosure opens.
  await expect(page.getByTestId("data-table").locator("table")).toBeVisible();
  const tableRows = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th,td")].map((c) => c.textContent ?? "")));
  const day = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });

  const save = async (testId: string) => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
    const file = await download.path();
    return { name: download.suggestedFilename(), body: fs.readFileSync(file) };
  };

  const csv = await save("export-csv");
  expect(csv.name).toBe(`framewatch-claims-applied-${day}.csv`);
  const lines = csv.body.toString("utf8").trimEnd().split("\r\n");
  expect(lines.length - 1).toBe(tableRows.length);
  const firstCells = lines[1]!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, "").replace(/^"|"$/g, "").replace(/""/g, '"'));
  expect(firstCells.slice(0, tableRows[0]!.length)).toEqual(tableRows[0]);

  const json = await save("export-json");
  expect(json.name).toBe(`framewatch-claims-applied-${day}.json`);
  const body = JSON.parse(json.body.toString("utf8")) as { chart: string; table: { rows: unknown[] }; data: { claims: unknown[] } };
  expect(body.chart).toBe("claims");
  expect(body.table.rows).toHaveLength(tableRows.length);
  expect(body.data.claims).toHaveLength(await page.locator('[data-mark="claim"]').count());

  const svg = await save("export-svg");
  expect(svg.name).toBe(`framewatch-claims-applied-${day}.svg`);
  const text = svg.body.toString("utf8");
  expect(text).toContain("Claimed numbers of fighters");
  expect(text.split('data-mark="claim"').length - 1).toBe(await page.locator('[data-mark="claim"]').count());
  expect(text).toContain("Legend");

  const png = await save("export-png");
  expect(png.name).toBe(`framewatch-claims-applied-${day}.png`);
  const size = pngSize(png.body);
  const box = await page.locator(CHART_SVG).boundingBox();
  expect(size.width).toBeGreaterThanOrEqual(Math.floor(box!.width * 2));
});

test("garbage parameters show a dismissible notice and the default view; old links and the strict API", async ({ page, request }) => {
  const res = await page.goto("/framing?dim=nonsense&from=2020-13-45&bogus=1");
  expect(res?.status()).toBe(200);
  const notice = page.getByTestId("state-notice");
  await expect(notice).toContainText("Some link settings were not understood and were reset");
  await expect(notice).toContainText("dim=nonsense");
  await expect(notice).toContainText("from=2020-13-45");
  await expect(notice).toContainText("bogus=1");
  const defaults = await page.locator('[data-mark="naming-segment"]').count();
  expect(defaults).toBeGreaterThan(0);
  await page.getByTestId("state-notice-dismiss").click();
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(/\/framing\?v=1$/);

  // Old links (fixture) still resolve to the same view: same chart as their canonical form, no notice.
  const fixture = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "fixtures", "old-links.json"), "utf8")) as {
    links: { url: string; canonical: string; view: string }[];
  };
  for (const link of fixture.links.filter((l) => l.view !== "overview")) {
    await page.goto(link.url);
    await expect(page.locator(".chart-box").first()).toBeVisible();
    await expect(page.getByTestId("state-notice")).toHaveCount(0);
    // Capture only once hydration and data loading have settled.
    await page.waitForLoadState("networkidle");
    const old = await chartBoxHtml(page);
    await page.goto(`${new URL(link.url, "http://x").pathname}${link.canonical}`);
    await expect.poll(() => chartBoxHtml(page)).toBe(old);
  }

  // The JSON API is strict: 400 naming the parameter.
  const bad = await request.get("/api/charts/claims?scale=cubic");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toMatchObject({ parameter: "scale" });
  const ok = await request.get("/api/charts/actors?outlets=");
  expect(ok.status()).toBe(200);
  expect((await ok.json()).chart).toBe("actors");
});
