import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  canonicalQuery,
  describeProblems,
  migrateViewState,
  readViewState,
  STATE_VERSION,
  viewOfPath,
  type ViewKey,
} from "../view-state";
import { validateChartParams } from "./api-params";
import { exportFileName } from "./charts";
import { buildCsv } from "./export";
import { base62, isShortId, shortId } from "./short-id";

interface OldLink {
  url: string;
  view: ViewKey;
  canonical: string;
  state: Record<string, unknown>;
}
const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, "../../../../../e2e/sharing/fixtures/old-links.json"), "utf8"),
) as { links: OldLink[] };

describe("versioned view state", () => {
  it.each(fixture.links)("old link $url still resolves to the same view", (link) => {
    const u = new URL(link.url, "http://x");
    expect(viewOfPath(u.pathname)).toBe(link.view);
    const read = readViewState(link.view, u.search);
    expect(read.problems).toEqual([]);
    expect(read.state).toMatchObject(link.state);
    expect(canonicalQuery(link.view, read.state)).toBe(link.canonical);
    // Canonical links are fixed points.
    expect(canonicalQuery(link.view, readViewState(link.view, link.canonical).state)).toBe(link.canonical);
  });

  it("reads a link without v as the oldest version and runs every migration step up to the current one", () => {
    const migrations = {
      1: (p: URLSearchParams) => {
        const c = p.get("colour");
        p.delete("colour");
        if (c) p.set("color", c);
        return p;
      },
      2: (p: URLSearchParams) => {
        if (p.get("scale") === "logarithmic") p.set("scale", "log");
        return p;
      },
    };
    const out = migrateViewState(1, new URLSearchParams("colour=outlet&scale=logarithmic"), migrations, 3);
    expect(Object.fromEntries(out)).toEqual({ color: "outlet", scale: "log", v: "3" });
    // Links already at a later version skip the earlier steps.
    expect(Object.fromEntries(migrateViewState(2, new URLSearchParams("colour=outlet"), migrations, 3))).toEqual({ colour: "outlet", v: "3" });
    // The real chain: current version, v set.
    expect(migrateViewState(1, new URLSearchParams("dim=actors")).get("v")).toBe(String(STATE_VERSION));
  });

  it("reports unknown, malformed, out-of-range and future-version parameters and falls back to defaults", () => {
    const read = readViewState("framing", "?dim=nonsense&from=2020-13-45&outlets=1,999&foo=bar&v=99&utm_source=x", { knownOutletIds: [1, 2] });
    expect(read.state).toMatchObject({ dim: "naming", from: null, outlets: [1] });
    expect(describeProblems(read.problems)).toBe("v=99, dim=nonsense, from=2020-13-45, foo=bar, outlets=999");
    // Parameters of another view are not this view's state.
    expect(readViewState("claims", "?dim=actors").problems.map((p) => p.param)).toEqual(["dim"]);
    // A selection that cannot belong to the view is dropped.
    const sel = readViewState("framing", "?dim=actors&sel=naming:1:ISIS");
    expect(sel.state.sel).toBeNull();
    expect(sel.problems).toEqual([{ param: "sel", value: "naming:1:ISIS", reason: "invalid" }]);
    expect(readViewState("framing", "?dim=actors&sel=actor:1:militants").state.sel).toBe("actor:1:militants");
  });

  it("canonicalises: defaults dropped, lists ordered, full lists collapsed, dates ordered, keys sorted, v included", () => {
    expect(canonicalQuery("claims", readViewState("claims", "?scale=log&outlets=3,1,3&color=outlet").state)).toBe("?color=outlet&outlets=1,3&v=1");
    expect(canonicalQuery("claims", readViewState("claims", "?referents=killed,remaining").state)).toBe("?referents=remaining,killed&v=1");
    expect(canonicalQuery("overview", readViewState("overview", "?from=2021-01-01&to=2020-01-01").state)).toBe("?from=2020-01-01&to=2021-01-01&v=1");
    expect(canonicalQuery("attacks", readViewState("attacks", "").state)).toBe("?v=1");
  });
});

describe("short ids", () => {
  it("are ~10 base62 characters derived from path + canonical query", () => {
    const a = shortId("/claims", "?scale=linear&v=1");
    expect(isShortId(a)).toBe(true);
    expect(a).toHaveLength(10);
    expect(shortId("/claims", "?scale=linear&v=1")).toBe(a);
    expect(shortId("/claims", "?v=1")).not.toBe(a);
    expect(shortId("/attacks", "?scale=linear&v=1")).not.toBe(a);
    expect(base62(new Uint8Array([0, 61]))).toBe("z");
    expect(base62(new Uint8Array([1, 0]))).toBe("48");
  });
});

describe("JSON API parameters", () => {
  it("accepts the view's parameters and fixes dim for framing charts", () => {
    const r = validateChartParams("actors", new URLSearchParams("outlets=1&from=2019-01-01"), [1, 2]);
    expect(r.ok && r.state).toMatchObject({ dim: "actors", outlets: [1], from: "2019-01-01" });
  });

  it.each([
    ["claims", "scale=cubic", "scale"],
    ["claims", "from=2020-13-45", "from"],
    ["claims", "measure=share", "measure"],
    ["attacks", "outlets=999", "outlets"],
    ["naming", "dim=actors", "dim"],
    ["naming", "v=7", "v"],
    ["attacks", "attacks=nukes", "attacks"],
  ])("%s?%s is a 400 naming %s", (chart, query, parameter) => {
    const r = validateChartParams(chart, new URLSearchParams(query), [1, 2]);
    expect(r).toMatchObject({ ok: false, status: 400, parameter });
    expect(!r.ok && r.error).toContain(parameter);
  });

  it("an unknown chart is a 404 naming the chart", () => {
    expect(validateChartParams("pie", new URLSearchParams())).toMatchObject({ ok: false, status: 404, parameter: "chart" });
  });
});

describe("exports", () => {
  it("CSV: header plus one line per table row, quoted where needed", () => {
    const csv = buildCsv({
      columns: [
        { key: "a", label: "Outlet" },
        { key: "b", label: "As written" },
      ],
      rows: [
        { id: "1", cells: { a: "Rudaw", b: 'about "5,000"' } },
        { id: "2", cells: { a: "AP", b: 12 } },
      ],
    });
    expect(csv).toBe('Outlet,As written\r\nRudaw,"about ""5,000"""\r\nAP,12\r\n');
  });

  it("file names carry the chart and the date", () => {
    expect(exportFileName("claims", "csv", new Date(2026, 10, 22))).toBe("framewatch-claims-2026-11-22.csv");
  });
});
