import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  ClaimsTimelineChart,
  DivergingBarChart,
  HeatmapChart,
  NamingSharesChart,
  SmallMultiplesChart,
  StackedBarChart,
} from "@framewatch/charts";
import type { AttackMatrix, ClaimListItem, ClaimsTimeline, OutletFramingResult } from "@framewatch/db/queries";
import {
  buildActorHeatmap,
  buildAttackHeatmap,
  buildClaimsChart,
  buildFramesChart,
  buildLoadedHeatmap,
  buildNamingChart,
  buildSourcingChart,
  buildThreatChart,
  describeBin,
  describeEmptyClaims,
  evidenceId,
  parseEvidenceId,
  threatIndex,
} from ".";

const framing: OutletFramingResult = {
  categories: {
    naming: ["ISIS", "Daesh"],
    actorLabels: ["militants", "remnants"],
    sourcing: ["un", "analyst"],
    policyFrames: ["Economic", "Security and defense"],
    loadedTerms: ["terrorist"],
  },
  outlets: [
    {
      outletId: 1,
      key: "1",
      name: "Alpha",
      articles: 2,
      words: 2000,
      sentences: 40,
      naming: { ISIS: 3, Daesh: 1 },
      actorLabels: { militants: 4, remnants: 0 },
      sourcing: { un: 1, analyst: 3 },
      sourcingTotal: 4,
      threat: { resurgence: 1, defeat: 3 },
      policyFrames: { Economic: 2, "Security and defense": 30 },
      loadedTerms: { terrorist: 5 },
    },
    {
      outletId: 2,
      key: "2",
      name: "Beta",
      articles: 1,
      words: 500,
      sentences: 10,
      naming: { ISIS: 0, Daesh: 0 },
      actorLabels: { militants: 1, remnants: 2 },
      sourcing: {},
      sourcingTotal: 0,
      threat: { resurgence: 0, defeat: 0 },
      policyFrames: { Economic: 0, "Security and defense": 5 },
      loadedTerms: { terrorist: 0 },
    },
  ],
};
const colors = new Map([
  ["1", 0],
  ["2", 4],
]);

describe("framing builders", () => {
  it("naming: raw counts per outlet and term; table lists the non-zero segments with shares", () => {
    const { data, table } = buildNamingChart(framing, colors);
    expect(data.outlets.map((o) => [o.key, o.colorIndex, o.articleCount])).toEqual([
      ["1", 0, 2],
      ["2", 4, 1],
    ]);
    expect(data.cells).toHaveLength(4);
    expect(data.cells[0]).toEqual({ id: "naming:1:ISIS", outlet: "1", term: "ISIS", count: 3 });
    expect(table.rows.map((r) => [r.id, r.cells.share])).toEqual([
      ["naming:1:ISIS", "75%"],
      ["naming:1:Daesh", "25%"],
    ]);
  });

  it("actor labels and loaded terms: summed counts over summed words, per 1,000", () => {
    const a = buildActorHeatmap(framing, colors);
    expect(a.data.cells.find((c) => c.id === "actor:1:militants")).toMatchObject({ value: 2, count: 4 });
    expect(a.data.cells.find((c) => c.id === "actor:2:remnants")).toMatchObject({ value: 4, count: 2 });
    expect(a.table.rows).toHaveLength(a.data.cells.length);
    const l = buildLoadedHeatmap(framing, colors);
    expect(l.data.cells.map((c) => c.value)).toEqual([2.5, 0]);
  });

  it("sourcing: counts per claimant type; shares over the outlet's attributions", () => {
    const { data, table } = buildSourcingChart(framing, colors);
    expect(data.cells.filter((c) => c.count > 0).map((c) => c.id)).toEqual(["sourcing:1:un", "sourcing:1:analyst"]);
    expect(table.rows.map((r) => r.cells.share)).toEqual(["25%", "75%"]);
  });

  it("threat: index from summed hits, 0 when neither", () => {
    expect(threatIndex(1, 3)).toBe(-0.5);
    expect(threatIndex(0, 0)).toBe(0);
    const { data } = buildThreatChart(framing, colors);
    expect(data.bars.map((b) => [b.id, b.value])).toEqual([
      ["threat:1:", -0.5],
      ["threat:2:", 0],
    ]);
  });

  it("policy frames: sentences with the frame over the outlet's sentences", () => {
    const { data } = buildFramesChart(framing, colors);
    expect(data.cells.find((c) => c.id === "frame:1:Security and defense")?.value).toBe(0.75);
    expect(data.cells.find((c) => c.id === "frame:2:Security and defense")?.value).toBe(0.5);
    expect(data.frames).toHaveLength(2);
  });
});

describe("evidence ids", () => {
  it("round-trip and reject malformed input", () => {
    expect(parseEvidenceId(evidenceId("frame", "3", "Security and defense"))).toEqual({ kind: "frame", outletId: 3, category: "Security and defense" });
    expect(parseEvidenceId("threat:2:")).toEqual({ kind: "threat", outletId: 2, category: "" });
    expect(parseEvidenceId("bogus:1:x")).toBeNull();
    expect(parseEvidenceId("naming:x:ISIS")).toBeNull();
    expect(parseEvidenceId(null)).toBeNull();
  });
});

function claim(over: Partial<ClaimListItem>): ClaimListItem {
  return {
    id: 1,
    articleId: 7,
    ordinal: 0,
    articleTitle: "T",
    outletId: 1,
    outletName: "Alpha",
    low: 1000,
    high: 1000,
    qualifier: "about",
    unit: "people",
    claimant: "UN monitors",
    claimantType: "un",
    refersTo: "remaining",
    quantityText: "about 1,000",
    section: "body",
    sentence: "About 1,000 fighters remain.",
    sentenceStart: 10,
    sentenceEnd: 38,
    publishedDate: "2020-02",
    publishedPrecision: "month",
    publishedEarliest: "2020-02-01",
    publishedLatest: "2020-02-29",
    review: "unreviewed",
    ...over,
  };
}

describe("claims builder", () => {
  // The timeline lists only placeable claims; `kept - plotted` are the ones it cannot place.
  const list: ClaimsTimeline = {
    mode: "claims",
    claims: [claim({})],
    inArticles: 5,
    hiddenByReferent: 2,
    hiddenByClaimantType: 0,
    kept: 3,
    plotted: 1,
  };
  const outlets = [{ id: 1, name: "Alpha", colorIndex: 0, articles: 2 }];

  it("plots claims with a date and a number, keeps the sentence offsets, labels the date", () => {
    const m = buildClaimsChart(list, outlets);
    expect(m.data.claims).toHaveLength(1);
    expect(m.data.claims[0]).toMatchObject({
      id: "claim::1",
      articleId: "7",
      outlet: "1",
      sentenceStart: 10,
      sentenceEnd: 38,
      section: "body",
      date: { earliest: "2020-02-01", latest: "2020-02-29", precision: "month", label: "February 2020" },
    });
    expect(m.unplaced).toBe(2);
    expect(m.table.rows.map((r) => r.id)).toEqual(["claim::1"]);
    expect(m.table.rows[0]!.cells.written).toBe("about 1,000");
    expect(m.data.outlets).toEqual([{ key: "1", name: "Alpha", articleCount: 2, colorIndex: 0 }]);
  });

  it("carries a reviewed claim's state to its mark and table row, and says the fact mode", () => {
    const m = buildClaimsChart({ ...list, claims: [claim({ review: "corrected" }), claim({ id: -9, review: "added" })], plotted: 2 }, outlets, "claimantType", "machine");
    expect(m.data.claims.map((c) => [c.id, c.review])).toEqual([
      ["claim::1", "corrected"],
      ["claim::-9", "added"],
    ]);
    expect(m.table.rows.map((r) => r.cells.review)).toEqual(["corrected", "added by an analyst"]);
    expect(m.table.caption).toContain("machine facts only");
    // Unreviewed claims keep their former shape.
    expect(buildClaimsChart(list, outlets).data.claims[0]).not.toHaveProperty("review");
  });

  it("aggregated mode: one mark and one table row per bin, labelled with the bin", () => {
    const bins: ClaimsTimeline = {
      mode: "bins",
      binMonths: 3,
      bins: [
        { id: "bin:un:people:2019-04-01", group: "un", unit: "people", start: "2019-04-01", end: "2019-06-30", count: 700, min: 10, max: 9000, mean: 2000, geoMean: 400 },
        { id: "bin:1:percent:2019-04-01", group: "analyst", unit: "percent", start: "2019-04-01", end: "2019-06-30", count: 3, min: 5, max: 50, mean: 20, geoMean: null },
      ],
      inArticles: 800,
      hiddenByReferent: 0,
      hiddenByClaimantType: 0,
      kept: 790,
      plotted: 703,
    };
    const m = buildClaimsChart(bins, outlets);
    expect(m.mode).toBe("bins");
    expect(m.data.claims).toEqual([]);
    expect(m.data.bins?.map((b) => b.label)).toEqual(["Q2 2019", "Q2 2019"]);
    expect(m.table.rows.map((r) => r.id)).toEqual(m.data.bins?.map((b) => b.id));
    expect(m.table.rows[0]!.cells).toMatchObject({ group: "UN", claims: 700, min: 10, typical: 400, max: 9000 });
    expect(m.table.rows[1]!.cells.typical).toBe(20);
    expect(m.unplaced).toBe(87);
    expect(describeBin("2019-01-01", 1)).toBe("January 2019");
    expect(describeBin("2019-07-01", 6)).toBe("H2 2019");
    expect(describeBin("2015-01-01", 60)).toBe("2015–2019");
    expect(describeBin("2019-03-01", 2)).toBe("Mar–Apr 2019");
  });

  it("says why it is empty", () => {
    expect(describeEmptyClaims({ inArticles: 3, hiddenByReferent: 3, hiddenByClaimantType: 0, unplaced: 0 })).toBe(
      "No claims match these filters: 3 claims hidden by the referent filter.",
    );
    expect(describeEmptyClaims({ inArticles: 0, hiddenByReferent: 0, hiddenByClaimantType: 0, unplaced: 0 })).toMatch(/no fighter-number claims/);
  });
});

describe("attack heatmap builder", () => {
  const matrix: AttackMatrix = {
    types: ["bombing_explosion", "kidnapping"],
    rows: [{ outletId: 1, key: "1", name: "Alpha", articles: 4, mentions: { bombing_explosion: 5, kidnapping: 0 }, articlesWith: { bombing_explosion: 2, kidnapping: 0 }, reviewed: { bombing_explosion: 0, kidnapping: 0 } }],
  };
  it("count mode encodes mentions", () => {
    const { data, table } = buildAttackHeatmap(matrix, "count", colors);
    expect(data.cells.map((c) => [c.id, c.value, c.count])).toEqual([
      ["attack:1:bombing_explosion", 5, 5],
      ["attack:1:kidnapping", 0, 0],
    ]);
    expect(table.rows[0]!.cells).toMatchObject({ mentions: 5, articlesWith: 2, share: "50%" });
  });
  it("says its fact mode and counts reviewed mentions per cell", () => {
    const reviewed: AttackMatrix = { ...matrix, rows: [{ ...matrix.rows[0]!, reviewed: { bombing_explosion: 2, kidnapping: 0 } }] };
    const { data, table } = buildAttackHeatmap(reviewed, "count", colors, "reviewed");
    expect(data.cells.map((c) => c.reviewed)).toEqual([2, undefined]);
    expect(table.rows.map((r) => r.cells.reviewed)).toEqual([2, 0]);
    expect(table.caption).toContain("reviewed facts only");
    expect(buildAttackHeatmap(matrix, "count", colors).table.caption).toContain("reviews applied");
  });
  it("share mode encodes the share of the outlet's articles", () => {
    const { data } = buildAttackHeatmap(matrix, "share", colors);
    expect(data.cells.map((c) => [c.value, c.count])).toEqual([
      [0.5, 2],
      [0, 0],
    ]);
  });
});

describe("builders feed the chart components: marks and data-table rows are the same ids", () => {
  const markIds = (html: string, kind: string) => [...html.matchAll(new RegExp(`data-mark="${kind}" data-id="([^"]+)"`, "g"))].map((m) => m[1]).sort();
  const size = { width: 900, height: 500 };

  it("naming, sourcing, threat, frames, heatmaps, attacks, claims", () => {
    const cases: [string, string, { table: { rows: { id: string }[] } }][] = [];
    const naming = buildNamingChart(framing, colors);
    cases.push([renderToStaticMarkup(createElement(NamingSharesChart, { ...size, data: naming.data })), "naming-segment", naming]);
    const sourcing = buildSourcingChart(framing, colors);
    cases.push([renderToStaticMarkup(createElement(StackedBarChart, { ...size, data: sourcing.data, mode: "share" })), "sourcing-segment", sourcing]);
    const threat = buildThreatChart(framing, colors);
    cases.push([renderToStaticMarkup(createElement(DivergingBarChart, { ...size, data: threat.data })), "threat-bar", threat]);
    const frames = buildFramesChart(framing, colors);
    cases.push([renderToStaticMarkup(createElement(SmallMultiplesChart, { ...size, data: frames.data })), "frame-bar", frames]);
    const actors = buildActorHeatmap(framing, colors);
    cases.push([renderToStaticMarkup(createElement(HeatmapChart, { ...size, data: actors.data, valueFormat: "per1000" })), "heatmap-cell", actors]);
    const attacks = buildAttackHeatmap(
      { types: ["kidnapping"], rows: [{ outletId: 1, key: "1", name: "Alpha", articles: 1, mentions: { kidnapping: 1 }, articlesWith: { kidnapping: 1 }, reviewed: { kidnapping: 0 } }] },
      "share",
      colors,
    );
    cases.push([renderToStaticMarkup(createElement(HeatmapChart, { ...size, data: attacks.data, valueFormat: "share" })), "heatmap-cell", attacks]);
    const claims = buildClaimsChart(
      {
        mode: "claims",
        claims: [claim({}), claim({ id: 4, unit: "percent", low: 25, high: 25, quantityText: "25 percent" })],
        inArticles: 2,
        hiddenByReferent: 0,
        hiddenByClaimantType: 0,
        kept: 2,
        plotted: 2,
      },
      [{ id: 1, name: "Alpha", colorIndex: 0, articles: 2 }],
    );
    cases.push([renderToStaticMarkup(createElement(ClaimsTimelineChart, { ...size, data: claims.data })), "claim", claims]);
    for (const [html, kind, built] of cases) {
      const marks = markIds(html, kind);
      expect(marks.length, kind).toBeGreaterThan(0);
      expect(marks, kind).toEqual(built.table.rows.map((r) => r.id).sort());
    }
  });
});
