import path from "node:path";
import type { Page } from "@playwright/test";
import { importCorpus } from "@framewatch/db/import";
import { refreshRollups } from "@framewatch/db/rollups";
import { BASE_URL, e2eDatabaseUrl } from "../e2e-env";
import { expect, test } from "../accounts/fixtures";

const CHARTS = ["naming", "actors", "sourcing", "threat", "frames", "loaded", "claims", "attacks"];
const XSS_ARTICLE = path.join(import.meta.dirname, "fixtures", "xss-article.html");

/**
 * Records what a page must never do: run an injected script (every payload
 * calls fw()), open a dialog, log a console error, or trip the CSP. The init
 * script runs before any page script and is not subject to the page's CSP.
 */
async function watch(page: Page) {
  const problems: string[] = [];
  page.on("dialog", (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { fw: (x: unknown) => void; __hits: unknown[]; __csp: string[] };
    w.__hits = [];
    w.__csp = [];
    w.fw = (x) => w.__hits.push(x);
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return {
    problems,
    hits: () => page.evaluate(() => (window as unknown as { __hits: unknown[] }).__hits),
    csp: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

test.describe("stored and reflected XSS", () => {
  let articleId = 0;
  let outletId: number | null = null;

  test.beforeAll(async ({ prisma }) => {
    await importCorpus(e2eDatabaseUrl(), [XSS_ARTICLE]);
    const article = await prisma.article.findFirstOrThrow({ where: { source: { endsWith: "xss-article.html" } } });
    articleId = article.id;
    outletId = article.outletId;
  });

  test.afterAll(async ({ prisma }) => {
    // Later specs compare pages with the database; leave it as the corpus import made it.
    await prisma.shortLink.deleteMany({ where: { query: { contains: `outlets=${outletId ?? 0}` } } });
    await prisma.article.deleteMany({ where: { id: articleId } });
    if (outletId !== null && (await prisma.article.count({ where: { outletId } })) === 0) await prisma.outlet.delete({ where: { id: outletId } });
    await refreshRollups(prisma);
  });

  test("every route, with payloads stored in titles, bodies, evidence and outlet names and reflected in parameters, runs no script", async ({ page, prisma, signIn }) => {
    const stored = await prisma.article.findUniqueOrThrow({ where: { id: articleId }, include: { outlet: true } });
    // The payloads really are in the database, so the pages below do show them.
    expect(stored.body).toContain('<img src=x onerror=fw("body-img")>');
    const outlets = outletId === null ? "" : `outlets=${outletId}`;
    // Storing a short link takes an account; the pages below are read signed in (the header shows the account).
    await signIn(page, "viewer");
    const short = await page.request.post("/api/short-links", { data: { path: "/claims", query: `?${outlets}` } });
    expect(short.status()).toBe(200);
    const shortPath = ((await short.json()) as { path: string }).path;

    const routes = [
      "/",
      `/?${outlets}`,
      ...["naming", "actors", "sourcing", "threat", "frames", "loaded"].map((d) => `/framing?dim=${d}&${outlets}`),
      `/claims?${outlets}`,
      `/attacks?${outlets}`,
      `/articles/${articleId}`,
      ...CHARTS.map((c) => `/embed/${c}?${outlets}`),
      shortPath,
      // Reflected: payloads in parameters the pages echo in notices and metadata.
      `/claims?sel=${encodeURIComponent('claim::1"><script>fw("sel")</script>')}&from=${encodeURIComponent("<img src=x onerror=fw('from')>")}`,
      `/framing?dim=${encodeURIComponent("<svg onload=fw('dim')>")}&${encodeURIComponent("<script>fw('key')</script>")}=1`,
      `/articles/${articleId}?s=${encodeURIComponent("\"><script>fw('s')</script>")}`,
    ];
    const seen = await watch(page);
    for (const route of routes) {
      const res = await page.goto(route);
      expect(res?.status(), route).toBe(200);
      await page.waitForLoadState("networkidle");
      expect(await seen.hits(), route).toEqual([]);
      expect(await seen.csp(), route).toEqual([]);
    }
    // The stored payloads were on screen as text, not swallowed.
    await page.goto(`/articles/${articleId}`);
    await expect(page.getByText('<img src=x onerror=fw("body-img")>', { exact: false }).first()).toBeVisible();
    expect(seen.problems).toEqual([]);
  });

  test("the CSP blocks markup injected into the page: inline handlers and framed scripts do not run and are reported", async ({ page }) => {
    const seen = await watch(page);
    await page.goto("/claims");
    await expect(page.locator(".chart-box svg[data-chart]")).toBeVisible();
    // What an injection that escaped React's escaping would put in the DOM. (A <script> created with
    // createElement by an already-running script is allowed by 'strict-dynamic' by design; an
    // attacker who can do that already runs code, so it is not a case the policy can close.)
    await page.evaluate(() => {
      const box = document.createElement("div");
      box.innerHTML = `<img src="data:," onerror="fw('handler')"><svg><a href="#"><rect onmouseover="fw('svg-handler')"/></a></svg><iframe srcdoc="<script>parent.fw('srcdoc')</script>"></iframe>`;
      document.body.appendChild(box);
    });
    await expect.poll(() => seen.csp()).toContainEqual(expect.stringMatching(/^script-src/));
    await page.waitForTimeout(500);
    expect(await seen.hits()).toEqual([]);
  });
});

test("with the CSP on, every view hydrates, draws its chart, reacts to clicks and logs no errors (favicon included)", async ({ page }) => {
  const seen = await watch(page);
  for (const route of ["/", "/framing", "/claims", "/attacks", ...CHARTS.map((c) => `/embed/${c}`)]) {
    const res = await page.goto(route);
    expect(res?.headers()["content-security-policy"], route).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    // The overview has cards, not a chart.
    if (route !== "/") await expect(page.locator("svg[data-chart]").first(), route).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  // Client code runs: a toggle changes the URL and the chart.
  await page.goto("/claims");
  await page.getByTestId("toggle-scale").getByText("Linear").click();
  await expect(page).toHaveURL(/scale=linear/);
  expect(await seen.csp()).toEqual([]);
  expect(seen.problems).toEqual([]);
});

test("security headers: nosniff and Referrer-Policy everywhere; only embeds framable; API responses allow nothing", async ({ request }) => {
  for (const p of ["/", "/claims", "/embed/claims", "/api/charts/claims", "/api/og/claims?format=svg", "/favicon.ico", "/s/0000000000"]) {
    const res = await request.get(p);
    expect(res.headers()["x-content-type-options"], p).toBe("nosniff");
    expect(res.headers()["referrer-policy"], p).toBe("same-origin");
  }
  const api = await request.get("/api/charts/claims");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  const page = await request.get("/claims");
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(page.headers()["x-frame-options"]).toBe("DENY");
  // A fresh nonce per response.
  const nonce = (h: string | undefined) => /'nonce-([^']+)'/.exec(h ?? "")?.[1];
  expect(nonce(page.headers()["content-security-policy"])).not.toBe(nonce((await request.get("/claims")).headers()["content-security-policy"]));
  const embed = await request.get("/embed/claims");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
});

test("favicon: /favicon.ico is an icon, not a 404", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await res.body()).subarray(0, 4).toString("hex")).toBe("00000100");
});

// TRACE never reaches the proxy (Node's fetch Request refuses it, and Next.js would answer 500):
// the dashboard's front server (apps/dashboard/server/main.mjs) refuses it first, with the same Allow.
test("unsupported methods get 405 with Allow on every route, never 500 or 200", async ({ request }) => {
  const cases: [string, string[], string][] = [
    ["/", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"], "GET, HEAD"],
    ["/claims", ["POST", "PUT", "DELETE"], "GET, HEAD"],
    ["/framing", ["POST", "PUT", "DELETE"], "GET, HEAD"],
    ["/attacks", ["POST", "PUT", "DELETE"], "GET, HEAD"],
    ["/articles/1", ["POST", "PUT", "DELETE"], "GET, HEAD"],
    ["/embed/claims", ["POST", "DELETE"], "GET, HEAD"],
    ["/s/0000000000", ["POST", "DELETE"], "GET, HEAD"],
    ["/api/charts/claims", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"], "GET, HEAD"],
    ["/api/evidence/frames", ["POST", "OPTIONS", "TRACE"], "GET, HEAD"],
    ["/api/og/claims", ["POST", "DELETE"], "GET, HEAD"],
    ["/api/short-links", ["GET", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"], "POST"],
    ["/sign-in", ["POST", "DELETE"], "GET, HEAD"],
    ["/api/admin/users", ["PUT", "DELETE", "PATCH"], "GET, HEAD, POST"],
    ["/api/admin/users/some-id", ["GET", "POST", "PUT"], "PATCH, DELETE"],
  ];
  for (const [route, methods, allow] of cases) {
    for (const method of methods) {
      const res = await request.fetch(route, { method });
      expect(res.status(), `${method} ${route}`).toBe(405);
      expect(res.headers()["allow"], `${method} ${route}`).toBe(allow);
    }
  }
  // HEAD still works where GET does.
  expect((await request.head("/claims")).status()).toBe(200);
});

test("og:url and og:image use the configured origin, whatever Host or X-Forwarded-Host say", async ({ request }) => {
  const attempts: Record<string, string>[] = [{ "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }, { host: "evil.example" }];
  for (const headers of attempts) {
    const html = await (await request.get("/claims?scale=linear", { headers })).text();
    expect(html).not.toContain("evil.example");
    const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(og?.startsWith(`${BASE_URL}/api/og/claims?`)).toBe(true);
    expect(/<meta property="og:url" content="([^"]+)"/.exec(html)?.[1]?.replaceAll("&amp;", "&")).toBe(`${BASE_URL}/claims?scale=linear&v=1`);
  }
});

test("another website cannot create short links: its form post and its fetch are refused and store nothing", async ({ page, prisma }) => {
  const marker = "2019-03-23";
  await page.route("http://evil.test/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><form method="POST" action="${BASE_URL}/api/short-links" enctype="text/plain">
        <input name='{"path":"/claims","query":"?from=${marker}","x":"' value='"}'><button>go</button></form>`,
    }),
  );
  await page.goto("http://evil.test/");
  const [response] = await Promise.all([page.waitForResponse(`${BASE_URL}/api/short-links`), page.getByRole("button").click()]);
  expect([403, 415]).toContain(response.status());
  await page.goto("http://evil.test/");
  const fetched = await page.evaluate(async (url) => {
    try {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ path: "/claims", query: "?from=2019-03-23" }) });
      return `status ${res.status}`;
    } catch (e) {
      return `blocked: ${String(e)}`;
    }
  }, `${BASE_URL}/api/short-links`);
  expect(fetched).toMatch(/^blocked/);
  expect(await prisma.shortLink.count({ where: { query: { contains: marker } } })).toBe(0);
});
