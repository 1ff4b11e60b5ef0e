import { describe, expect, it } from "vitest";
import { takePageParams, validateChartParams, validateListParams } from "./api-params";
import { pageRows } from "./page-rows";

describe("paging the JSON API", () => {
  const rows = Array.from({ length: 11 }, (_, i) => ({ id: `r${i}` }));

  it("pages a chart's table rows forwards and backwards by row id, without gaps or repeats", () => {
    const forward: string[] = [];
    let page = pageRows(rows, { limit: 4, cursor: null });
    const pages = [page];
    forward.push(...page.rows.map((r) => r.id));
    while (page.next) {
      page = pageRows(rows, { limit: 4, cursor: page.next });
      pages.push(page);
      forward.push(...page.rows.map((r) => r.id));
    }
    expect(forward).toEqual(rows.map((r) => r.id));
    expect(pages.map((p) => p.rows.length)).toEqual([4, 4, 3]);
    expect(pages[0]!.prev).toBeNull();
    const back = pageRows(rows, { limit: 4, cursor: pages[2]!.prev });
    expect(back.rows.map((r) => r.id)).toEqual(["r4", "r5", "r6", "r7"]);
    expect(pageRows(rows, { limit: 4, cursor: back.prev }).rows.map((r) => r.id)).toEqual(["r0", "r1", "r2", "r3"]);
    expect(pageRows(rows, { limit: 50, cursor: null })).toMatchObject({ total: 11, next: null, prev: null });
  });

  it("checks limit and cursor, and names them when they are wrong", () => {
    expect(takePageParams(new URLSearchParams("limit=10&x=1"), 200, 50)).toMatchObject({ ok: true, page: { limit: 10, cursor: null } });
    expect(takePageParams(new URLSearchParams(""), 200, 50)).toMatchObject({ ok: true, page: { limit: 50 } });
    for (const bad of ["limit=0", "limit=201", "limit=ten", "limit=-3"]) {
      expect(takePageParams(new URLSearchParams(bad), 200, 50)).toMatchObject({ ok: false, status: 400, parameter: "limit" });
    }
    expect(takePageParams(new URLSearchParams("cursor=%25%25"), 200, 50)).toMatchObject({ ok: false, parameter: "cursor" });
    expect(validateChartParams("claims", new URLSearchParams("limit=5000"))).toMatchObject({ ok: false, parameter: "limit" });
    expect(validateChartParams("claims", new URLSearchParams("limit=20&scale=linear"))).toMatchObject({ ok: true, page: { limit: 20 } });
  });

  it("list endpoints accept the view's parameters and refuse the rest", () => {
    expect(validateListParams("overview", new URLSearchParams("q=mosul&sort=title&limit=3"))).toMatchObject({ ok: true, state: { q: "mosul", sort: "title" }, page: { limit: 3 } });
    expect(validateListParams("overview", new URLSearchParams("sort=loudest"))).toMatchObject({ ok: false, parameter: "sort" });
    expect(validateListParams("overview", new URLSearchParams("page=2"))).toMatchObject({ ok: false, parameter: "page" });
    expect(validateListParams("claims", new URLSearchParams("scale=log"), { allowed: ["outlets"] })).toMatchObject({ ok: false, parameter: "scale" });
  });
});
