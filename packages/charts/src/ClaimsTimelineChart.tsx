/**
 * ClaimsTimelineChart: claimed numbers of fighters over publication date.
 *
 * Both axes carry uncertainty and the chart draws it instead of hiding it:
 * - x: the publication date is an interval. Known to the day -> a point;
 *   known only to the month or year -> a horizontal band across the interval.
 * - y: a claim is a number, a range or an open-ended bound. Exact values are
 *   glyphs; ranges (low < high) are vertical bars; "fewer than 1,000" /
 *   "at least 700" are bars from the known bound toward the open side,
 *   ending in an arrow (the number could be anywhere beyond it).
 * Colour = claimant type or outlet; glyph shape = what the number refers to
 * (remaining, fled, killed...). Percentages are not people: they get their
 * own panel with a linear 0–100 scale, below or beside the people panel.
 *
 * Aggregated mode (`data.bins`): when a view holds more claims than can be
 * drawn one by one, each mark stands for the claims of one colour group
 * whose publication interval centres in one time bin: a vertical bar spans
 * the range of their numbers, a circle sits at their typical value (the
 * geometric mean on a log scale, the mean on a linear one) with its area
 * proportional to the number of claims, and a faint band shows the bin.
 */
import { useMemo, type ReactNode } from "react";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { GlyphCircle, GlyphCross, GlyphDiamond, GlyphSquare, GlyphStar, GlyphTriangle, GlyphWye } from "@visx/glyph";
import { GridRows } from "@visx/grid";
import { Group } from "@visx/group";
import { scaleLinear, scaleLog, scaleUtc } from "@visx/scale";
import { Line } from "@visx/shape";
import { describeDate, formatClaimNumber, formatCompact, parseIsoDay, plural, vocabLabel } from "./format";
import { ChartFrame } from "./internal/ChartFrame";
import { SMALL_FONT_SIZE, tickCount } from "./internal/layout";
import { markContext, markProps, type MarkContext } from "./internal/marks";
import { legendHeight, SwatchLegend, type LegendEntry } from "./internal/SwatchLegend";
import { claimantTypeColor, INK, outletColor } from "./palette";
import { CLAIMANT_TYPES, REFERENTS, type ChartBaseProps, type ClaimBinDatum, type ClaimDatum, type ClaimsData, type Referent } from "./types";

export type ClaimsScale = "log" | "linear";
export type ClaimsColorBy = "claimantType" | "outlet";

export interface ClaimsTimelineChartProps extends ChartBaseProps<ClaimDatum | ClaimBinDatum> {
  data: ClaimsData;
  /** y scale of the people panel; log (default) keeps 50 and 50,000 both readable. */
  scale?: ClaimsScale;
  /** Colour encodes the claimant type (default) or the outlet. */
  colorBy?: ClaimsColorBy;
  /** Where the percentage panel goes when there are percentage claims. Default "below". */
  percentPanel?: "below" | "beside";
  emptyMessage?: string;
}

const DAY_MS = 86_400_000;
/** Length in px of the bar drawn for an open-ended claim, arrow included. */
const ARROW_LEN = 26;
const ARROW_HEAD = 7;
const GLYPH_SIZE = 64;
/** Radius range of aggregated marks' circles (area grows with the number of claims). */
const BIN_RADIUS: [number, number] = [3, 11];
/** Horizontal spread between claims of one article on one date, so they do not hide each other. */
const DODGE = 7;

// ---------------------------------------------------------------------------
// accessors
// ---------------------------------------------------------------------------

const dateStart = (c: ClaimDatum): number => parseIsoDay(c.date.earliest);
/** Exclusive end: the day after `latest`. */
const dateEnd = (c: ClaimDatum): number => parseIsoDay(c.date.latest) + DAY_MS;
const isPointDate = (c: ClaimDatum): boolean => c.date.precision === "day";
const hasNumber = (c: ClaimDatum): boolean => c.low !== null || c.high !== null;
const hasDate = (c: ClaimDatum): boolean => Number.isFinite(dateStart(c)) && Number.isFinite(dateEnd(c));

type ClaimShape = "exact" | "range" | "openBelow" | "openAbove";

/** How the number is drawn: "openBelow" = only an upper bound known ("fewer than 1,000"). */
export function claimShape(c: Pick<ClaimDatum, "low" | "high">): ClaimShape {
  if (c.low === null) return "openBelow";
  if (c.high === null) return "openAbove";
  return c.low === c.high ? "exact" : "range";
}

/** Glyph per referent: seven d3 symbol shapes, filled, plus three hollow variants. */
const REFERENT_GLYPH: Record<Referent, { shape: "circle" | "triangle" | "diamond" | "cross" | "star" | "square" | "wye"; hollow: boolean }> = {
  remaining: { shape: "circle", hollow: false },
  fled: { shape: "triangle", hollow: false },
  crossed: { shape: "diamond", hollow: false },
  killed: { shape: "cross", hollow: false },
  joined: { shape: "star", hollow: false },
  in_city: { shape: "square", hollow: false },
  cell_size: { shape: "wye", hollow: false },
  peak: { shape: "triangle", hollow: true },
  hypothetical: { shape: "circle", hollow: true },
  other: { shape: "square", hollow: true },
};

const REFERENT_WORDS: Record<Referent, string> = {
  remaining: "remaining",
  fled: "who fled",
  crossed: "who crossed a border",
  killed: "killed",
  joined: "who joined",
  in_city: "in a city",
  cell_size: "per cell",
  peak: "at peak strength",
  hypothetical: "(hypothetical)",
  other: "(other)",
};

function referentOf(c: ClaimDatum): Referent {
  return (REFERENTS as readonly string[]).includes(c.refersTo) ? c.refersTo : "other";
}

export function ReferentGlyph(props: { referent: Referent; color: string; x?: number; y?: number; size?: number }): ReactNode {
  const { referent, color, x = 0, y = 0, size = GLYPH_SIZE } = props;
  const g = REFERENT_GLYPH[referent];
  const paint = g.hollow
    ? { fill: "#FFFFFF", stroke: color, strokeWidth: 1.6 }
    : { fill: color, stroke: "#FFFFFF", strokeWidth: 0.8 };
  const common = { left: x, top: y, size, ...paint };
  switch (g.shape) {
    case "circle":
      return <GlyphCircle {...common} />;
    case "triangle":
      return <GlyphTriangle {...common} />;
    case "diamond":
      return <GlyphDiamond {...common} />;
    case "cross":
      return <GlyphCross {...common} />;
    case "star":
      return <GlyphStar {...common} />;
    case "square":
      return <GlyphSquare {...common} />;
    case "wye":
      return <GlyphWye {...common} />;
  }
}

/** The number in words with its referent: "20,000–30,000 fighters remaining", "25% of fighters killed". */
export function describeClaim(c: ClaimDatum, outletName?: string): string {
  const n = formatClaimNumber(c);
  const what = c.unit === "percent" ? `${n} of fighters ${REFERENT_WORDS[referentOf(c)]}` : `${n} fighters ${REFERENT_WORDS[referentOf(c)]}`;
  const when = c.date.label ?? describeDate(c.date);
  const who = c.claimant ? `${c.claimant} (${vocabLabel(c.claimantType)})` : vocabLabel(c.claimantType);
  return `${who}, in ${outletName ?? c.outlet}, ${when}: ${what}${c.review ? ` (${REVIEW_WORDS[c.review]})` : ""}`;
}

/** A reviewed claim's state in words (tooltips, labels). */
export const REVIEW_WORDS: Record<NonNullable<ClaimDatum["review"]>, string> = {
  accepted: "accepted by an analyst",
  corrected: "corrected by an analyst",
  added: "added by an analyst",
};

/** The ring drawn around reviewed marks (and its legend swatch). */
const REVIEW_RING = { fill: "none", stroke: "#1d1d1f", strokeWidth: 1.4 } as const;

// ---------------------------------------------------------------------------
// scales
// ---------------------------------------------------------------------------

type YScale = (v: number) => number;

interface PanelSpec {
  kind: "people" | "percent";
  left: number;
  top: number;
  width: number;
  height: number;
  claims: ClaimDatum[];
  /** Aggregated marks of this panel (aggregated mode only). */
  bins?: ClaimBinDatum[];
}

const binStart = (b: ClaimBinDatum): number => parseIsoDay(b.start);
const binEnd = (b: ClaimBinDatum): number => parseIsoDay(b.end) + DAY_MS;
/** Where the mark's circle sits: the typical value for the scale. */
const binValue = (b: ClaimBinDatum, scale: ClaimsScale): number => (scale === "log" ? (b.geoMean ?? b.mean) : b.mean);

/** Log-axis ticks: powers of ten, plus 2x and 5x when the domain spans few decades. */
function logTicks(min: number, max: number, maxTicks: number): number[] {
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  const mults = hi - lo <= 2 && maxTicks >= (hi - lo) * 3 ? [1, 2, 5] : [1];
  const out: number[] = [];
  for (let k = lo; k <= hi; k++) for (const m of mults) out.push(m * 10 ** k);
  const inside = out.filter((t) => t >= min * 0.999 && t <= max * 1.001);
  if (inside.length <= maxTicks) return inside;
  const every = Math.ceil(inside.length / maxTicks);
  return inside.filter((_, i) => i % every === 0);
}

function peopleDomain(numbers: readonly (number | null)[], scale: ClaimsScale): [number, number] {
  const values = numbers.filter((v): v is number => v !== null && Number.isFinite(v));
  if (scale === "linear") {
    const max = Math.max(0, ...values);
    return [0, max > 0 ? max * 1.05 : 1];
  }
  // Log: zero and negatives cannot be placed; they are clamped to the bottom of the domain.
  const positive = values.filter((v) => v > 0);
  if (positive.length === 0) return [1, 10];
  let lo = 10 ** Math.floor(Math.log10(Math.min(...positive)));
  let hi = 10 ** Math.ceil(Math.log10(Math.max(...positive)));
  if (lo === hi) {
    lo /= 10;
    hi *= 10;
  }
  return [lo, hi];
}

// ---------------------------------------------------------------------------
// chart
// ---------------------------------------------------------------------------

export function ClaimsTimelineChart(props: ClaimsTimelineChartProps): ReactNode {
  const {
    data,
    width,
    height,
    scale = "log",
    colorBy = "claimantType",
    percentPanel = "below",
    idPrefix = "fw-claims",
    svgRole = "img",
  } = props;

  // Claims without any number or with an unreadable date cannot be placed; they are
  // counted in the description instead of drawn at a made-up position.
  const aggregated = data.bins !== undefined;
  const drawable = useMemo(() => (aggregated ? [] : data.claims.filter((c) => hasNumber(c) && hasDate(c))), [aggregated, data.claims]);
  const people = useMemo(() => drawable.filter((c) => c.unit !== "percent"), [drawable]);
  const percent = useMemo(() => drawable.filter((c) => c.unit === "percent"), [drawable]);
  const bins = useMemo(
    () => (data.bins ?? []).filter((b) => b.count > 0 && Number.isFinite(binStart(b)) && Number.isFinite(binEnd(b))),
    [data.bins],
  );
  const peopleBins = useMemo(() => bins.filter((b) => b.unit !== "percent"), [bins]);
  const percentBins = useMemo(() => bins.filter((b) => b.unit === "percent"), [bins]);

  // colour
  const outletInfo = useMemo(() => new Map((data.outlets ?? []).map((o, i) => [o.key, { name: o.name, colorIndex: o.colorIndex ?? i }])), [data.outlets]);
  const outletOrder = useMemo(() => {
    const keys: string[] = (data.outlets ?? []).map((o) => o.key);
    for (const c of data.claims) if (!keys.includes(c.outlet)) keys.push(c.outlet);
    if (colorBy === "outlet") for (const b of data.bins ?? []) if (!keys.includes(b.group)) keys.push(b.group);
    return keys;
  }, [data.outlets, data.claims, data.bins, colorBy]);
  const groupColor = (group: string): string =>
    colorBy === "outlet" ? outletColor(outletInfo.get(group)?.colorIndex ?? outletOrder.indexOf(group)) : claimantTypeColor(group);
  const colorOf = (c: ClaimDatum): string => groupColor(colorBy === "outlet" ? c.outlet : c.claimantType);
  const outletName = (key: string): string => outletInfo.get(key)?.name ?? key;

  // legends (colour, then shape), sized before the plot so the plot gets the rest
  const colorEntries: LegendEntry[] = useMemo(() => {
    if (colorBy === "outlet") {
      const used = new Set(aggregated ? bins.map((b) => b.group) : drawable.map((c) => c.outlet));
      return outletOrder
        .filter((k) => used.has(k))
        .map((k) => ({ key: `outlet:${k}`, label: outletInfo.get(k)?.name ?? k, color: outletColor(outletInfo.get(k)?.colorIndex ?? outletOrder.indexOf(k)) }));
    }
    const used = new Set(aggregated ? bins.map((b) => b.group) : drawable.map((c) => c.claimantType as string));
    const order = [...CLAIMANT_TYPES, ...[...used].filter((t) => !(CLAIMANT_TYPES as readonly string[]).includes(t))];
    return order.filter((t) => used.has(t)).map((t) => ({ key: `type:${t}`, label: vocabLabel(t), color: claimantTypeColor(t) }));
  }, [colorBy, aggregated, bins, drawable, outletOrder, outletInfo]);
  const shapeEntries: LegendEntry[] = useMemo(() => {
    // Only data holding reviewed claims gets the entry: unreviewed charts look as they always did.
    const reviewed: LegendEntry[] = (aggregated ? bins.some((b) => (b.reviewed ?? 0) > 0) : drawable.some((c) => c.review))
      ? [{ key: "review", label: aggregated ? "Holds reviewed claims" : "Reviewed by an analyst", color: INK.muted, swatch: <circle cx={6} cy={6} r={5} {...REVIEW_RING} /> }]
      : [];
    if (aggregated) {
      if (bins.length === 0) return [];
      return [
        { key: "bin:typical", label: "Typical number (area = claims)", color: INK.muted, swatch: <circle cx={6} cy={6} r={5} fill={INK.muted} /> },
        { key: "bin:range", label: "Range of the numbers", color: INK.muted, swatch: <line x1={6} x2={6} y1={0} y2={12} stroke={INK.muted} strokeWidth={3} /> },
        ...reviewed,
      ];
    }
    const used = new Set(drawable.map(referentOf));
    return [
      ...REFERENTS.filter((r) => used.has(r)).map((r) => ({
        key: `ref:${r}`,
        label: vocabLabel(r),
        color: INK.muted,
        swatch: <ReferentGlyph referent={r} color={INK.muted} x={6} y={6} size={48} />,
      })),
      ...reviewed,
    ];
  }, [aggregated, bins, drawable]);
  const colorLegendH = legendHeight(colorEntries, width - 8);
  const shapeLegendH = legendHeight(shapeEntries, width - 8);

  // bounds
  const margin = { top: colorLegendH + shapeLegendH + 12, right: 16, bottom: 30, left: 64 };
  const plotW = Math.max(0, width - margin.left - margin.right);
  const plotH = Math.max(0, height - margin.top - margin.bottom);
  const gap = 28;
  const panels: PanelSpec[] = [];
  const hasPeople = people.length > 0 || peopleBins.length > 0;
  const hasPercent = percent.length > 0 || percentBins.length > 0;
  if (hasPeople && hasPercent) {
    if (percentPanel === "beside") {
      const pw = Math.max(0, Math.round((plotW - gap - margin.left) * 0.7));
      panels.push({ kind: "people", left: margin.left, top: margin.top, width: pw, height: plotH, claims: people });
      panels.push({ kind: "percent", left: margin.left + pw + gap + margin.left, top: margin.top, width: Math.max(0, plotW - pw - gap - margin.left), height: plotH, claims: percent });
    } else {
      const ph = Math.max(0, Math.round((plotH - gap) * 0.7));
      panels.push({ kind: "people", left: margin.left, top: margin.top, width: plotW, height: ph, claims: people });
      panels.push({ kind: "percent", left: margin.left, top: margin.top + ph + gap, width: plotW, height: Math.max(0, plotH - ph - gap), claims: percent });
    }
  } else if (hasPeople) {
    panels.push({ kind: "people", left: margin.left, top: margin.top, width: plotW, height: plotH, claims: people });
  } else if (hasPercent) {
    panels.push({ kind: "percent", left: margin.left, top: margin.top, width: plotW, height: plotH, claims: percent });
  }
  if (aggregated) for (const p of panels) p.bins = p.kind === "people" ? peopleBins : percentBins;

  // memoised scales: one time domain for all panels (each panel maps it to its own width)
  const timeDomain = useMemo((): [number, number] => {
    const starts = aggregated ? bins.map(binStart) : drawable.map(dateStart);
    const ends = aggregated ? bins.map(binEnd) : drawable.map(dateEnd);
    if (starts.length === 0) return [0, DAY_MS];
    const lo = Math.min(...starts);
    const hi = Math.max(...ends);
    // Pad so a single day is not drawn on the frame, and so one datum gets a readable month of context.
    const pad = Math.max((hi - lo) * 0.04, 15 * DAY_MS);
    return [lo - pad, hi + pad];
  }, [aggregated, bins, drawable]);
  const yDomainPeople = useMemo(
    () => peopleDomain(aggregated ? peopleBins.flatMap((b) => [b.min, b.max]) : people.flatMap((c) => [c.low, c.high]), scale),
    [aggregated, peopleBins, people, scale],
  );
  const maxBinCount = Math.max(1, ...bins.map((b) => b.count));

  if (width <= 0 || height <= 0) return null;

  const undrawn = aggregated ? 0 : data.claims.length - drawable.length;
  const emptyMessage = aggregated
    ? bins.length === 0
      ? (props.emptyMessage ?? "No fighter-number claims in these articles.")
      : null
    : data.claims.length === 0
      ? (props.emptyMessage ?? "No fighter-number claims in these articles.")
      : drawable.length === 0
        ? (props.emptyMessage ?? `None of the ${plural(data.claims.length, "claim")} has both a number and a readable date.`)
        : null;

  const ctx = markContext(props, aggregated ? bins.map((b) => b.id) : drawable.map((c) => c.id));
  const arrowColors = [...new Set(drawable.filter((c) => claimShape(c).startsWith("open")).map(colorOf))];
  const arrowId = (color: string): string => `${idPrefix}-arrow-${arrowColors.indexOf(color)}`;

  const title = props.title ?? "Claimed numbers of ISIS fighters over time";
  const binClaims = bins.reduce((n, b) => n + b.count, 0);
  const description =
    props.description ??
    (aggregated
      ? [
          `${plural(binClaims, "claim")} in ${plural(bins.length, "aggregated mark")}, one per ${colorBy === "outlet" ? "outlet" : "claimant type"} and time bin`,
          bins.length > 0 ? `, published ${describeBinRange(bins)}` : "",
          `. A bar spans the range of the numbers claimed; a circle sits at the typical number on a ${scale} scale, its area proportional to the number of claims. Select a mark to zoom into its dates and ${colorBy === "outlet" ? "outlet" : "claimant type"}.`,
        ].join("")
      : null) ??
    [
      `${plural(drawable.length, "claim")} from ${plural(new Set(drawable.map((c) => c.outlet)).size, "outlet")}`,
      drawable.length > 0 ? ` published ${describeRange(drawable)}` : "",
      people.length > 0 ? `; ${plural(people.length, "number")} of people on a ${scale} scale` : "",
      percent.length > 0 ? `; ${plural(percent.length, "percentage")} in a separate 0–100% panel ${panels.length > 1 ? percentPanel : ""}`.trimEnd() : "",
      `. Colour shows the ${colorBy === "outlet" ? "outlet" : "claimant type"}, glyph shape what the number refers to; vertical bars are ranges, arrows open-ended bounds, horizontal bands dates known only to the month or year.`,
      undrawn > 0 ? ` ${plural(undrawn, "claim")} without a number or date not drawn.` : "",
    ].join("");

  return (
    <ChartFrame
      kind="claims-timeline"
      width={width}
      height={height}
      idPrefix={idPrefix}
      title={title}
      description={description}
      role={svgRole}
      emptyMessage={emptyMessage}
      defs={arrowColors.map((color) => (
        <marker
          key={color}
          id={arrowId(color)}
          viewBox="0 0 10 10"
          refX={0}
          refY={5}
          markerUnits="userSpaceOnUse"
          markerWidth={ARROW_HEAD + 2}
          markerHeight={ARROW_HEAD + 2}
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" fill={color} />
        </marker>
      ))}
    >
      <SwatchLegend
        entries={colorEntries}
        width={width - 8}
        left={4}
        top={4}
        label={colorBy === "outlet" ? "Legend: colour = outlet" : "Legend: colour = claimant type"}
      />
      <SwatchLegend entries={shapeEntries} width={width - 8} left={4} top={4 + colorLegendH} label={aggregated ? "Legend: what an aggregated mark shows" : "Legend: shape = what the number refers to"} />
      {panels.map((p, i) => (
        <ClaimsPanel
          key={p.kind}
          panel={p}
          isLast={i === panels.length - 1 || percentPanel === "beside"}
          timeDomain={timeDomain}
          yDomain={p.kind === "people" ? yDomainPeople : [0, 100]}
          yScaleType={p.kind === "people" ? scale : "linear"}
          colorOf={colorOf}
          outletName={outletName}
          arrowId={arrowId}
          ctx={ctx}
          groupColor={groupColor}
          groupName={(g) => (colorBy === "outlet" ? outletName(g) : vocabLabel(g))}
          groupOrder={colorEntries.map((e) => e.key.replace(/^(outlet|type):/, ""))}
          binRadius={(count) => BIN_RADIUS[0] + (BIN_RADIUS[1] - BIN_RADIUS[0]) * Math.sqrt(count / maxBinCount)}
        />
      ))}
    </ChartFrame>
  );
}

function describeBinRange(bins: readonly ClaimBinDatum[]): string {
  const first = bins.reduce((a, b) => (b.start < a.start ? b : a));
  const last = bins.reduce((a, b) => (b.end > a.end ? b : a));
  const a = describeDate({ earliest: first.start, latest: first.start, precision: "day" });
  const b = describeDate({ earliest: last.end, latest: last.end, precision: "day" });
  return a === b ? a : `from ${a} to ${b}`;
}

function describeRange(claims: readonly ClaimDatum[]): string {
  const first = claims.reduce((a, b) => (dateStart(b) < dateStart(a) ? b : a));
  const last = claims.reduce((a, b) => (dateEnd(b) > dateEnd(a) ? b : a));
  const a = first.date.label ?? describeDate(first.date);
  const b = last.date.label ?? describeDate(last.date);
  return a === b ? a : `from ${a} to ${b}`;
}

interface ClaimsPanelProps {
  panel: PanelSpec;
  isLast: boolean;
  timeDomain: [number, number];
  yDomain: [number, number];
  yScaleType: ClaimsScale;
  colorOf: (c: ClaimDatum) => string;
  outletName: (key: string) => string;
  arrowId: (color: string) => string;
  ctx: MarkContext<ClaimDatum | ClaimBinDatum>;
  groupColor: (group: string) => string;
  groupName: (group: string) => string;
  /** Legend order of the colour groups: aggregated marks of one bin sit side by side in it. */
  groupOrder: string[];
  binRadius: (count: number) => number;
}

/** One panel (people or percent): its own y scale, the shared time domain. */
function ClaimsPanel(props: ClaimsPanelProps): ReactNode {
  const { panel, isLast, timeDomain, yDomain, yScaleType, colorOf, outletName, arrowId, ctx, groupColor, groupName, groupOrder, binRadius } = props;
  const { width, height, claims } = panel;

  // Leave room for arrows past the extreme values, only on the sides that need it.
  const padTop = claims.some((c) => claimShape(c) === "openAbove") ? ARROW_LEN + 4 : 8;
  // On a linear scale an upper bound's arrow stops at zero instead (nothing lies below it).
  const padBottom = yScaleType === "log" && claims.some((c) => claimShape(c) === "openBelow") ? ARROW_LEN + 4 : 8;

  const xScale = useMemo(() => scaleUtc<number>({ domain: timeDomain.map((t) => new Date(t)), range: [0, width] }), [timeDomain, width]);
  const yScale = useMemo(() => {
    const range = [Math.max(padTop, height - padBottom), Math.min(padTop, height - padBottom)];
    return yScaleType === "log"
      ? scaleLog<number>({ domain: yDomain, range, clamp: true })
      : scaleLinear<number>({ domain: yDomain, range, nice: panel.kind === "people", clamp: true });
  }, [yScaleType, yDomain, height, padTop, padBottom, panel.kind]);
  const y: YScale = (v) => yScale(yScaleType === "log" ? Math.max(v, yDomain[0]) : v) ?? 0;

  if (width <= 0 || height <= 0) return null;

  const maxYTicks = Math.max(2, Math.floor(height / 28));
  const [ylo, yhi] = yScale.domain() as [number, number];
  const yTicks =
    panel.kind === "percent"
      ? height >= 110
        ? [0, 25, 50, 75, 100]
        : [0, 50, 100]
      : yScaleType === "log"
        ? logTicks(ylo, yhi, maxYTicks)
        : yScale.ticks(Math.min(maxYTicks, tickCount(height, 40)));

  // Dodge claims of the same article and date sideways, in input order.
  const groups = new Map<string, string[]>();
  for (const c of claims) {
    const key = `${c.articleId}|${c.date.earliest}|${c.date.latest}`;
    groups.set(key, [...(groups.get(key) ?? []), c.id]);
  }
  const dodge = (c: ClaimDatum): number => {
    const ids = groups.get(`${c.articleId}|${c.date.earliest}|${c.date.latest}`) ?? [];
    const i = ids.indexOf(c.id);
    return (i - (ids.length - 1) / 2) * DODGE;
  };

  // Bar length (before the arrow head) of an open-ended claim; on a linear
  // scale an upper bound points down to zero at most.
  const yZero = y(yDomain[0]);
  const openLength = (shape: ClaimShape, gy: number): number =>
    shape === "openBelow" && yScaleType === "linear"
      ? Math.max(0, Math.min(ARROW_LEN, yZero - gy) - ARROW_HEAD)
      : ARROW_LEN - ARROW_HEAD;

  const yLabel = panel.kind === "percent" ? "% of fighters" : `Fighters${yScaleType === "log" ? " (log scale)" : ""}`;

  // Aggregated marks of one bin sit side by side, in legend order, within the bin's width.
  const binGroups = new Map<string, string[]>();
  for (const b of panel.bins ?? []) binGroups.set(`${b.start}|${b.end}`, [...(binGroups.get(`${b.start}|${b.end}`) ?? []), b.group]);
  for (const [k, groups] of binGroups) binGroups.set(k, groups.sort((a, b) => groupOrder.indexOf(a) - groupOrder.indexOf(b)));

  return (
    <Group left={panel.left} top={panel.top} data-panel={panel.kind}>
      <GridRows scale={yScale} width={width} tickValues={yTicks} stroke={INK.grid} />
      {(panel.bins ?? []).map((b) => {
        const color = groupColor(b.group);
        const x0 = xScale(new Date(binStart(b))) ?? 0;
        const x1 = xScale(new Date(binEnd(b))) ?? 0;
        const peers = binGroups.get(`${b.start}|${b.end}`) ?? [b.group];
        const step = Math.min(DODGE * 2, Math.max(0, x1 - x0) / (peers.length + 1));
        const cx = (x0 + x1) / 2 + (peers.indexOf(b.group) - (peers.length - 1) / 2) * step;
        const gy = y(binValue(b, yScaleType));
        const unit = panel.kind === "percent" ? "%" : "";
        const typical = formatCompact(binValue(b, yScaleType));
        const label =
          `${groupName(b.group)}: ${plural(b.count, "claim")} published ${b.label ?? `${b.start} to ${b.end}`}, ` +
          `numbers from ${formatCompact(b.min)}${unit} to ${formatCompact(b.max)}${unit} (typical ${typical}${unit})` +
          `${b.reviewed ? `, ${formatCompact(b.reviewed)} of them reviewed` : ""}. Select to zoom in.`;
        const mp = markProps(ctx, "claim-bin", b.id, label, b, { x: panel.left + cx, y: panel.top + gy });
        const selected = ctx.selectedId === b.id;
        return (
          <g key={b.id} {...mp} data-count={b.count} {...(b.reviewed ? { "data-reviewed": b.reviewed } : {})}>
            <circle
              className="fw-halo"
              cx={cx}
              cy={gy}
              r={binRadius(b.count) + 4}
              fill="none"
              stroke={INK.selected}
              strokeWidth={selected ? 2 : 1.5}
              style={selected ? { visibility: "visible" } : undefined}
            />
            <Line from={{ x: x0, y: gy }} to={{ x: Math.max(x0 + 1, x1), y: gy }} stroke={color} strokeOpacity={0.25} strokeWidth={2} data-part="bin-extent" />
            {b.max > b.min ? (
              <Line from={{ x: cx, y: y(b.min) }} to={{ x: cx, y: y(b.max) }} stroke={color} strokeOpacity={0.7} strokeWidth={3} data-part="range" />
            ) : null}
            <circle cx={cx} cy={gy} r={binRadius(b.count)} fill={color} fillOpacity={0.8} stroke="#FFFFFF" strokeWidth={0.8} data-part="typical" />
            {b.reviewed ? <circle cx={cx} cy={gy} r={binRadius(b.count) + 1.5} {...REVIEW_RING} data-part="reviewed" /> : null}
          </g>
        );
      })}
      {claims.map((c) => {
        const color = colorOf(c);
        const shape = claimShape(c);
        const x0 = xScale(new Date(dateStart(c))) ?? 0;
        const x1 = xScale(new Date(dateEnd(c))) ?? 0;
        // Point dates sit mid-day; interval dates put their number at the interval's middle.
        const cx = (x0 + x1) / 2 + dodge(c);
        // y of the glyph: the value, the known bound, or the middle of the range
        // (geometric mean on a log scale, where the visual middle is multiplicative).
        const low = c.low ?? 0;
        const high = c.high ?? 0;
        const yLow = y(low);
        const yHigh = y(high);
        let gy: number;
        if (shape === "exact") gy = yLow;
        else if (shape === "openAbove") gy = yLow;
        else if (shape === "openBelow") gy = yHigh;
        else gy = yScaleType === "log" && low > 0 ? y(Math.sqrt(low * high)) : (yLow + yHigh) / 2;
        const referent = referentOf(c);
        const dashed = c.qualifier === "vague" || c.qualifier === "about" ? "3 2" : undefined;
        const label = describeClaim(c, outletName(c.outlet));
        const mp = markProps(ctx, "claim", c.id, label, c, { x: panel.left + cx, y: panel.top + gy });
        const selected = ctx.selectedId === c.id;
        return (
          <g key={c.id} {...mp} data-shape={shape} data-date-precision={c.date.precision} {...(c.review ? { "data-review": c.review } : {})}>
            <circle
              className="fw-halo"
              cx={cx}
              cy={gy}
              r={9}
              fill="none"
              stroke={INK.selected}
              strokeWidth={selected ? 2 : 1.5}
              // Inline style beats the stylesheet's hidden default, so selection shows even without :focus.
              style={selected ? { visibility: "visible" } : undefined}
            />
            {isPointDate(c) ? null : (
              // Date known only to the month/year: a band across the whole interval, at the claim's height.
              <Line
                from={{ x: x0 + dodge(c), y: gy }}
                to={{ x: Math.max(x0 + 1, x1) + dodge(c), y: gy }}
                stroke={color}
                strokeOpacity={0.45}
                strokeWidth={4}
                strokeLinecap="round"
                data-part="date-interval"
              />
            )}
            {shape === "range" ? (
              <Line from={{ x: cx, y: yLow }} to={{ x: cx, y: yHigh }} stroke={color} strokeWidth={3} strokeDasharray={dashed} data-part="range" />
            ) : null}
            {shape === "openAbove" || shape === "openBelow" ? (
              <Line
                from={{ x: cx, y: gy }}
                to={{ x: cx, y: gy + (shape === "openAbove" ? -1 : 1) * openLength(shape, gy) }}
                stroke={color}
                strokeWidth={3}
                strokeDasharray={dashed}
                markerEnd={`url(#${arrowId(color)})`}
                data-part="open-bound"
              />
            ) : null}
            <ReferentGlyph referent={referent} color={color} x={cx} y={gy} />
            {c.review ? <circle cx={cx} cy={gy} r={7} {...REVIEW_RING} data-part="reviewed" /> : null}
          </g>
        );
      })}
      <AxisLeft
        scale={yScale}
        tickValues={yTicks}
        stroke={INK.axis}
        tickStroke={INK.axis}
        tickLength={4}
        tickFormat={(v) => (panel.kind === "percent" ? `${Number(v)}%` : formatCompact(Number(v)))}
        tickLabelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE, textAnchor: "end", verticalAnchor: "middle", dx: -2 }}
        label={yLabel}
        labelOffset={30}
        labelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE, textAnchor: "middle" }}
      />
      <AxisBottom
        top={height}
        scale={xScale}
        numTicks={tickCount(width, 90)}
        hideTicks={!isLast}
        stroke={INK.axis}
        tickStroke={INK.axis}
        tickFormat={isLast ? (v) => timeTickFormat(xScale, v) : () => ""}
        tickLabelProps={{ fill: INK.muted, fontSize: SMALL_FONT_SIZE, textAnchor: "middle" }}
      />
      {panel.kind === "percent" ? (
        <text x={width} y={-4} textAnchor="end" fontSize={SMALL_FONT_SIZE} fill={INK.muted} aria-hidden="true">
          Percentages (0–100%)
        </text>
      ) : null}
    </Group>
  );
}

/** d3's multi-scale time format ("2019", "March", "Mar 08") from the scale itself. */
function timeTickFormat(scale: { tickFormat: (count?: number) => (d: Date) => string }, v: Date | { valueOf(): number }): string {
  const d = v instanceof Date ? v : new Date(v.valueOf());
  return scale.tickFormat()(d);
}

