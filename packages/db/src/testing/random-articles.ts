import type { ArticleSeed } from "./seed-articles";

/**
 * Random articles for tests of the rollups and the reads built on them: a few outlets (and the unknown one),
 * publication intervals of every shape the extractor produces plus awkward ones (across months and years, undated),
 * and random claims, attacks, group names and framing signals. Deterministic for a seed, so a failure reproduces.
 */

/** A small deterministic PRNG, so a failure reproduces. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}

const OUTLETS = ["Alpha News", "Beta Wire", "Gamma Times", null] as const;
const TYPES = ["un", "us_coalition", "iraqi_gov_military", "analyst", "unknown"];
const REFERENTS = ["remaining", "killed", "fled", "other"];
const ATTACKS = ["bombing_explosion", "armed_assault", "kidnapping", "unknown"];
const SIGNALS: [string, string][] = [
  ["naming", "ISIS"],
  ["naming", "Daesh"],
  ["actor_label", "militants"],
  ["sourcing", "un"],
  ["sourcing", "analyst"],
  ["threat", "resurgence"],
  ["threat", "defeat"],
  ["policy_frame", "Security and defense"],
  ["loaded_term", "terror"],
];

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);

/** Publication intervals of every shape the extractor produces, and some awkward ones (across months and years). */
function interval(r: ReturnType<typeof rng>): ArticleSeed["published"] {
  const y = 2019 + r.int(3);
  const m = 1 + r.int(12);
  const d = 1 + r.int(28);
  switch (r.int(7)) {
    case 0:
      return null;
    case 1:
      return { earliest: day(y, m, 1), latest: day(y, m + 1, 0), precision: "month" };
    case 2:
      return { earliest: day(y, 1, 1), latest: day(y, 12, 31), precision: "year" };
    case 3:
      // Spans a month end.
      return { earliest: day(y, m, 20 + r.int(8)), latest: day(y, m + 1, 1 + r.int(10)), precision: "month" };
    case 4:
      // A year counted from a day, as date constraints sometimes give.
      return { earliest: day(y, m, d), latest: day(y + 1, m, d - 1), precision: "year" };
    default:
      return { earliest: day(y, m, d), latest: day(y, m, d), precision: "day" };
  }
}

export function randomArticle(r: ReturnType<typeof rng>): ArticleSeed {
  const number = () => (r.int(5) === 0 ? 0 : Math.round(10 ** (1 + r.next() * 4)));
  return {
    outlet: r.pick(OUTLETS),
    published: interval(r),
    wordCount: 100 + r.int(900),
    sentenceCount: 5 + r.int(40),
    groupTerms: r.int(3) === 0 ? {} : { ISIS: r.int(6), Daesh: r.int(3) },
    claims: Array.from({ length: r.int(5) }, () => {
      const shape = r.int(5);
      const lo = number();
      return {
        low: shape === 0 ? null : shape === 4 && r.int(2) === 0 ? null : lo,
        high: shape === 1 ? null : shape === 2 ? lo * 2 + 1 : shape === 4 ? null : lo,
        unit: r.int(6) === 0 ? ("percent" as const) : ("people" as const),
        claimantType: r.pick(TYPES),
        refersTo: r.pick(REFERENTS),
      };
    }),
    attacks: Array.from({ length: r.int(4) }, () => ({ type: r.pick(ATTACKS) })),
    signals: Array.from({ length: r.int(8) }, () => {
      const [dimension, category] = r.pick(SIGNALS);
      return { dimension, category };
    }),
  };
}

