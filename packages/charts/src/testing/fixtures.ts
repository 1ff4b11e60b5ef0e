/** Small, hand-made fixtures shaped like the dashboard's DB aggregates. */
import type { ClaimBinDatum, ClaimDatum, FramesData, HeatmapData, NamingSharesData, OutletInfo, SourcingData, ThreatData } from "../types";

export const OUTLETS: OutletInfo[] = [
  { key: "aljazeera", name: "Al Jazeera", colorIndex: 0, articleCount: 12 },
  { key: "diyaruna", name: "Diyaruna", colorIndex: 1, articleCount: 7 },
  { key: "reuters", name: "Reuters", colorIndex: 2, articleCount: 20 },
  { key: "k24", name: "Kurdistan24 English Service", colorIndex: 3, articleCount: 4 },
];

export const NAMING: NamingSharesData = {
  outlets: OUTLETS,
  cells: [
    { id: "n-aj-isis", outlet: "aljazeera", term: "ISIS", count: 30 },
    { id: "n-aj-isil", outlet: "aljazeera", term: "ISIL", count: 10 },
    { id: "n-aj-is", outlet: "aljazeera", term: "Islamic State", count: 2 },
    { id: "n-di-daesh", outlet: "diyaruna", term: "Daesh", count: 41 },
    { id: "n-di-isis", outlet: "diyaruna", term: "ISIS", count: 3 },
    { id: "n-re-is", outlet: "reuters", term: "Islamic State", count: 55 },
    { id: "n-re-isis", outlet: "reuters", term: "ISIS", count: 0 },
    { id: "n-k24-isis", outlet: "k24", term: "ISIS", count: 8 },
    { id: "n-k24-is2", outlet: "k24", term: "IS", count: 1 },
  ],
};

export const HEATMAP: HeatmapData = {
  rows: OUTLETS.slice(0, 3),
  columns: [{ key: "militants" }, { key: "terrorists" }, { key: "jihadists" }, { key: "insurgents" }],
  cells: [
    { id: "h-aj-mil", row: "aljazeera", column: "militants", value: 4.2, count: 21 },
    { id: "h-aj-ter", row: "aljazeera", column: "terrorists", value: 0.4, count: 2 },
    { id: "h-di-ter", row: "diyaruna", column: "terrorists", value: 9.75, count: 30 },
    { id: "h-di-mil", row: "diyaruna", column: "militants", value: 0, count: 0 },
    { id: "h-re-mil", row: "reuters", column: "militants", value: 3.1, count: 40 },
    { id: "h-re-ins", row: "reuters", column: "insurgents", value: 1.333333, count: 17 },
  ],
};

export const THREAT: ThreatData = {
  outlets: OUTLETS,
  bars: [
    { id: "t-aj", outlet: "aljazeera", value: 0.35, resurgence: 27, defeat: 13 },
    { id: "t-di", outlet: "diyaruna", value: -0.6, resurgence: 4, defeat: 16 },
    { id: "t-re", outlet: "reuters", value: 0, resurgence: 5, defeat: 5 },
    { id: "t-k24", outlet: "k24", value: 1, resurgence: 3, defeat: 0 },
  ],
};

export const FRAMES: FramesData = {
  outlets: OUTLETS.slice(0, 3),
  frames: [
    { key: "security", label: "Security and defense" },
    { key: "crime", label: "Crime and punishment" },
    { key: "politics", label: "Political" },
    { key: "capacity", label: "Capacity and resources" },
  ],
  cells: [
    { id: "f-aj-sec", outlet: "aljazeera", frame: "security", value: 0.42, count: 84 },
    { id: "f-di-sec", outlet: "diyaruna", frame: "security", value: 0.61, count: 70 },
    { id: "f-re-sec", outlet: "reuters", frame: "security", value: 0.38, count: 120 },
    { id: "f-aj-cri", outlet: "aljazeera", frame: "crime", value: 0.05, count: 10 },
    { id: "f-di-cri", outlet: "diyaruna", frame: "crime", value: 0.22, count: 25 },
    { id: "f-re-pol", outlet: "reuters", frame: "politics", value: 0.12, count: 38 },
    { id: "f-aj-cap", outlet: "aljazeera", frame: "capacity", value: 0, count: 0 },
  ],
};

export const SOURCING: SourcingData = {
  outlets: OUTLETS,
  cells: [
    { id: "s-aj-un", outlet: "aljazeera", category: "un", count: 6 },
    { id: "s-aj-an", outlet: "aljazeera", category: "analyst", count: 9 },
    { id: "s-aj-gov", outlet: "aljazeera", category: "iraqi_gov_military", count: 4 },
    { id: "s-di-gov", outlet: "diyaruna", category: "iraqi_gov_military", count: 22 },
    { id: "s-di-lo", outlet: "diyaruna", category: "local_official", count: 5 },
    { id: "s-re-us", outlet: "reuters", category: "us_coalition", count: 14 },
    { id: "s-re-un", outlet: "reuters", category: "un", count: 3 },
    { id: "s-k24-ku", outlet: "k24", category: "kurdish", count: 11 },
  ],
};

function claim(partial: Partial<ClaimDatum> & Pick<ClaimDatum, "id" | "low" | "high" | "qualifier">): ClaimDatum {
  return {
    unit: "people",
    quantityText: "",
    claimant: "UN sanctions monitors",
    claimantType: "un",
    refersTo: "remaining",
    outlet: "aljazeera",
    articleId: "a1",
    sentence: "The sentence the number came from.",
    sentenceStart: 0,
    sentenceEnd: 34,
    date: { earliest: "2020-02-10", latest: "2020-02-10", precision: "day" },
    ...partial,
  };
}

export const CLAIMS: ClaimDatum[] = [
  claim({ id: "c-range", low: 20000, high: 30000, qualifier: "between", quantityText: "between 20,000 and 30,000" }),
  claim({
    id: "c-fewer",
    low: null,
    high: 1000,
    qualifier: "fewer_than",
    quantityText: "fewer than 1,000",
    claimant: "Iraqi military spokesman",
    claimantType: "iraqi_gov_military",
    refersTo: "in_city",
    outlet: "diyaruna",
    articleId: "a2",
    date: { earliest: "2018-03-01", latest: "2018-03-31", precision: "month", label: "March 2018" },
  }),
  claim({
    id: "c-atleast",
    low: 700,
    high: null,
    qualifier: "at_least",
    quantityText: "at least 700",
    claimant: "SDF",
    claimantType: "kurdish",
    refersTo: "fled",
    outlet: "k24",
    articleId: "a3",
    date: { earliest: "2019-01-01", latest: "2019-12-31", precision: "year" },
  }),
  claim({ id: "c-exact", low: 2500, high: 2500, qualifier: "about", quantityText: "about 2,500", claimantType: "analyst", claimant: "an analyst", refersTo: "killed", outlet: "reuters", articleId: "a4", date: { earliest: "2021-06-14", latest: "2021-06-14", precision: "day" } }),
  claim({ id: "c-vague", low: 200, high: 999, qualifier: "vague", quantityText: "hundreds", claimantType: "local_official", claimant: "a local official", refersTo: "cell_size", outlet: "reuters", articleId: "a4", date: { earliest: "2021-06-14", latest: "2021-06-14", precision: "day" } }),
  claim({ id: "c-pct", low: 25, high: 25, qualifier: "exact", unit: "percent", quantityText: "25 percent", claimant: "a US official", claimantType: "us_coalition", refersTo: "killed", outlet: "reuters", articleId: "a5", date: { earliest: "2019-05-02", latest: "2019-05-02", precision: "day" } }),
  claim({ id: "c-pct-open", low: null, high: 25, qualifier: "at_most", unit: "percent", quantityText: "no more than 25 percent", claimant: "a US official", claimantType: "us_coalition", refersTo: "hypothetical", outlet: "reuters", articleId: "a6", date: { earliest: "2019-09-01", latest: "2019-09-30", precision: "month" } }),
];

export { claim as makeClaim };

/** Aggregated claims-timeline marks: two claimant types over four quarters, one percentage bin. */
export const CLAIM_BINS: ClaimBinDatum[] = [
  { id: "b-un-q1", group: "un", unit: "people", start: "2019-01-01", end: "2019-03-31", count: 40, min: 1000, max: 30000, mean: 9000, geoMean: 6000, label: "Q1 2019" },
  { id: "b-an-q1", group: "analyst", unit: "people", start: "2019-01-01", end: "2019-03-31", count: 4, min: 500, max: 2000, mean: 1200, geoMean: 1000, label: "Q1 2019" },
  { id: "b-un-q2", group: "un", unit: "people", start: "2019-04-01", end: "2019-06-30", count: 12, min: 2000, max: 2000, mean: 2000, geoMean: 2000, label: "Q2 2019" },
  { id: "b-an-q4", group: "analyst", unit: "people", start: "2019-10-01", end: "2019-12-31", count: 90, min: 10, max: 100000, mean: 14000, geoMean: 800, label: "Q4 2019" },
  { id: "b-un-pct", group: "un", unit: "percent", start: "2019-04-01", end: "2019-06-30", count: 3, min: 20, max: 60, mean: 35, geoMean: 32, label: "Q2 2019" },
];
