import { describe, expect, it } from "vitest";
import { ClaimsTimelineChart, claimShape } from "./ClaimsTimelineChart";
import { CLAIM_BINS, CLAIMS, makeClaim, OUTLETS } from "./testing/fixtures";
import { normalizeSvg } from "./testing/normalize-svg";
import { countMarks, markIds, render } from "./testing/render";

const attr = (html: string, id: string, name: string): string | undefined => {
  const m = new RegExp(`<g[^>]*data-id="${id}"[^>]*>`).exec(html);
  return m ? new RegExp(`${name}="([^"]*)"`).exec(m[0])?.[1] : undefined;
};

/** The <line> drawn for part `part` inside the claim `id`. */
function partLine(html: string, id: string, part: string): { y1: number; y2: number } | null {
  const start = html.indexOf(`data-id="${id}"`);
  const end = html.indexOf("</g>", html.indexOf("</g>", start) + 1);
  const chunk = html.slice(start, end);
  const m = new RegExp(`<line[^>]*y1="([-\\d.]+)"[^>]*y2="([-\\d.]+)"[^>]*data-part="${part}"`).exec(chunk);
  return m ? { y1: Number(m[1]), y2: Number(m[2]) } : null;
}

describe("ClaimsTimelineChart", () => {
  it("matches the snapshot (log, colour by claimant type)", async () => {
    const html = render(<ClaimsTimelineChart data={{ claims: CLAIMS, outlets: OUTLETS }} width={720} height={440} selectedId="c-range" />);
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/claims-log.svg");
  });

  it("matches the snapshot (linear, colour by outlet, percent panel beside)", async () => {
    const html = render(
      <ClaimsTimelineChart data={{ claims: CLAIMS, outlets: OUTLETS }} width={720} height={400} scale="linear" colorBy="outlet" percentPanel="beside" idPrefix="c2" />,
    );
    await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/claims-linear-beside.svg");
  });

  it("draws nothing at zero size", () => {
    expect(render(<ClaimsTimelineChart data={{ claims: CLAIMS }} width={0} height={400} />)).toBe("");
  });

  it("shows why it is empty", () => {
    const html = render(<ClaimsTimelineChart data={{ claims: [] }} width={500} height={300} />);
    expect(html).toContain('data-empty-state="true"');
    expect(html).toContain("No fighter-number claims in these articles.");
    const noNumber = render(<ClaimsTimelineChart data={{ claims: [makeClaim({ id: "z", low: null, high: null, qualifier: "vague" })] }} width={500} height={300} />);
    expect(noNumber).toContain("None of the 1 claim has both a number and a readable date.");
  });

  it("draws exactly one mark per claim", () => {
    const html = render(<ClaimsTimelineChart data={{ claims: CLAIMS }} width={720} height={440} />);
    expect(countMarks(html, "claim")).toBe(CLAIMS.length);
    expect(markIds(html, "claim").sort()).toEqual(CLAIMS.map((c) => c.id).sort());
    expect(html).toContain('role="img"');
    expect(html).toContain('tabindex="0"');
  });

  it("draws reviewed claims with a ring, a legend entry and their state in the label; aggregated marks count them", () => {
    const reviewed = CLAIMS.map((c, i) => (i === 0 ? { ...c, review: "corrected" as const } : c));
    const html = render(<ClaimsTimelineChart data={{ claims: reviewed, outlets: OUTLETS }} width={720} height={440} />);
    expect(attr(html, reviewed[0]!.id, "data-review")).toBe("corrected");
    expect(html.match(/data-part="reviewed"/g)).toHaveLength(1);
    expect(html).toContain("corrected by an analyst");
    expect(html).toContain("Reviewed by an analyst");
    const plain = render(<ClaimsTimelineChart data={{ claims: CLAIMS, outlets: OUTLETS }} width={720} height={440} />);
    expect(plain).not.toContain('data-part="reviewed"');
    expect(plain).not.toContain("Reviewed by an analyst");

    const bins = CLAIM_BINS.map((b, i) => (i === 0 ? { ...b, reviewed: 2 } : b));
    const agg = render(<ClaimsTimelineChart data={{ claims: [], bins, outlets: OUTLETS }} width={720} height={440} />);
    expect(attr(agg, bins[0]!.id, "data-reviewed")).toBe("2");
    expect(agg).toContain("2 of them reviewed");
    expect(agg).toContain("Holds reviewed claims");
  });

  it("classifies claims by their bounds", () => {
    expect(claimShape({ low: 5, high: 5 })).toBe("exact");
    expect(claimShape({ low: 5, high: 9 })).toBe("range");
    expect(claimShape({ low: null, high: 9 })).toBe("openBelow");
    expect(claimShape({ low: 5, high: null })).toBe("openAbove");
  });

  it("handles open-ended and percent claims on a log scale", () => {
    const html = render(<ClaimsTimelineChart data={{ claims: CLAIMS }} width={720} height={440} scale="log" />);
    expect(html).not.toContain("NaN");
    expect(html).not.toContain("Infinity");
    // Two panels: people (log) and percentages (linear 0–100).
    expect(html).toContain('data-panel="people"');
    expect(html).toContain('data-panel="percent"');
    expect(html).toContain("Fighters (log scale)");
    expect(html).toContain(">100%<");
    // Open-ended bounds end in an arrow marker pointing to the open side.
    expect(html).toMatch(/<marker[^>]*id="fw-claims-arrow-0"/);
    const atLeast = partLine(html, "c-atleast", "open-bound");
    const fewer = partLine(html, "c-fewer", "open-bound");
    expect(atLeast && atLeast.y2 < atLeast.y1).toBe(true); // "at least 700" points up
    expect(fewer && fewer.y2 > fewer.y1).toBe(true); // "fewer than 1,000" points down
    expect(attr(html, "c-fewer", "data-shape")).toBe("openBelow");
    // The percent "at most 25%" claim's arrow stops at 0% on its linear panel.
    const pct = partLine(html, "c-pct-open", "open-bound");
    expect(pct && pct.y2 > pct.y1).toBe(true);
    // Dates known to the month or year are drawn as intervals, days as points.
    expect(partLine(html, "c-fewer", "date-interval")).not.toBeNull();
    expect(partLine(html, "c-range", "date-interval")).toBeNull();
    expect(attr(html, "c-atleast", "data-date-precision")).toBe("year");
    // Words, not just pixels.
    expect(html).toContain('aria-label="Iraqi military spokesman (Iraqi gov. / military), in diyaruna, March 2018: fewer than 1,000 fighters in a city"');
    expect(html).toContain('aria-label="a US official (US / coalition), in reuters, 2 May 2019: 25% of fighters killed"');
  });

  it("places a single claim with padding and clamps zero on a log scale", () => {
    const one = [makeClaim({ id: "only", low: 0, high: 40, qualifier: "between" })];
    const html = render(<ClaimsTimelineChart data={{ claims: one }} width={300} height={200} />);
    expect(countMarks(html, "claim")).toBe(1);
    expect(html).not.toContain("NaN");
    expect(html).not.toContain('data-panel="percent"');
  });

  it("scales to a thousand claims with bounded ticks", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      makeClaim({
        id: `m${i}`,
        low: 10 + ((i * 37) % 50000),
        high: 10 + ((i * 37) % 50000),
        qualifier: "exact",
        articleId: `a${i % 300}`,
        date: { earliest: `20${14 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, latest: `20${14 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`, precision: "day" },
      }),
    );
    const html = render(<ClaimsTimelineChart data={{ claims: many }} width={800} height={400} />);
    expect(countMarks(html, "claim")).toBe(1000);
    expect((html.match(/visx-axis-tick/g) ?? []).length).toBeLessThan(30);
    expect(html).not.toContain("NaN");
  });

  it("keeps outlet colours stable by colorIndex", () => {
    const html = render(<ClaimsTimelineChart data={{ claims: CLAIMS, outlets: OUTLETS }} width={720} height={440} colorBy="outlet" />);
    // Kurdistan24 has colorIndex 3 -> vermillion.
    expect(html).toMatch(/data-id="c-atleast"[\s\S]*?fill="#D55E00"/);
    expect(html).toContain("Kurdistan24 English Service");
  });

  describe("aggregated mode", () => {
    it("matches the snapshot (log, claimant types, percent panel below)", async () => {
      const html = render(<ClaimsTimelineChart data={{ claims: [], bins: CLAIM_BINS, outlets: OUTLETS }} width={720} height={440} idPrefix="agg" />);
      await expect(normalizeSvg(html)).toMatchFileSnapshot("./__snapshots__/claims-aggregated.svg");
    });

    it("draws one mark per bin, none per claim, with the range and the typical value", () => {
      const html = render(<ClaimsTimelineChart data={{ claims: [], bins: CLAIM_BINS }} width={720} height={440} />);
      expect(countMarks(html, "claim-bin")).toBe(CLAIM_BINS.length);
      expect(countMarks(html, "claim")).toBe(0);
      expect(markIds(html, "claim-bin").sort()).toEqual(CLAIM_BINS.map((b) => b.id).sort());
      expect(html).toContain('data-panel="percent"');
      expect(html).not.toContain("NaN");
      // A bin whose claims all say the same number has no range bar.
      const single = html.slice(html.indexOf('data-id="b-un-q2"'), html.indexOf("</g>", html.indexOf('data-id="b-un-q2"')));
      expect(single).not.toContain('data-part="range"');
      expect(html).toMatch(/UN: 40 claims published Q1 2019, numbers from 1k to 30k \(typical 6k\)/);
      expect(html).toContain("Range of the numbers");
    });

    it("puts the circle at the geometric mean on a log scale and the mean on a linear one, with area by count", () => {
      const circle = (html: string, id: string) => {
        const chunk = html.slice(html.indexOf(`data-id="${id}"`));
        const m = /<circle cx="([-\d.]+)" cy="([-\d.]+)" r="([-\d.]+)"[^>]*data-part="typical"/.exec(chunk)!;
        return { y: Number(m[2]), r: Number(m[3]) };
      };
      const log = render(<ClaimsTimelineChart data={{ claims: [], bins: CLAIM_BINS }} width={720} height={440} scale="log" />);
      const linear = render(<ClaimsTimelineChart data={{ claims: [], bins: CLAIM_BINS }} width={720} height={440} scale="linear" />);
      // Q4's mean (14,000) is far above its geometric mean (800): on a log scale the circle sits low, on a linear one high.
      expect(circle(log, "b-an-q4").y).toBeGreaterThan(circle(log, "b-un-q2").y);
      expect(circle(linear, "b-an-q4").y).toBeLessThan(circle(linear, "b-un-q2").y);
      expect(circle(log, "b-an-q4").r).toBeGreaterThan(circle(log, "b-un-q1").r);
      expect(circle(log, "b-un-q1").r).toBeGreaterThan(circle(log, "b-an-q1").r);
    });

    it("colours by outlet and places marks of one bin side by side", () => {
      const bins = CLAIM_BINS.map((b, i) => ({ ...b, group: OUTLETS[i % 2]!.key }));
      const html = render(<ClaimsTimelineChart data={{ claims: [], bins, outlets: OUTLETS }} width={720} height={440} colorBy="outlet" />);
      expect(html).toContain("Al Jazeera");
      const x = (id: string) => Number(/<circle cx="([-\d.]+)"[^>]*data-part="typical"/.exec(html.slice(html.indexOf(`data-id="${id}"`)))![1]);
      expect(x("b-un-q1")).not.toBe(x("b-an-q1"));
    });

    it("says when there is nothing to draw", () => {
      const html = render(<ClaimsTimelineChart data={{ claims: [], bins: [] }} width={500} height={300} />);
      expect(html).toContain("No fighter-number claims in these articles.");
    });
  });
});
