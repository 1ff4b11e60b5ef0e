/**
 * A deterministic generator of raw news articles about the ISIS remnant
 * insurgency, for benchmarking `analyzeArticle`. Every article is assembled
 * from sentence templates written for this file (none is copied from the
 * sample corpus) and shaped like scraped pages: headline, optional byline
 * and dateline, paragraphs, captions (sometimes duplicated), share widgets,
 * template placeholders and a "Source:" trailer. About one article in
 * twenty is an HTML page, so the Readability path is exercised too.
 *
 * Determinism: each article draws from its own mulberry32 stream, seeded by
 * mixing the corpus seed with the article index, so article `i` of seed `s`
 * can be regenerated alone with `generateArticle(s, i)`. Nothing here reads
 * Math.random, the clock or the locale.
 */

export interface GeneratedArticle {
  source: string;
  raw: string;
}

export interface GenerateCorpusOptions {
  seed: number;
  count: number;
}

/** The layouts the generator produces; the kind is part of each article's `source`. */
export const ARTICLE_KINDS = ["plain", "dense", "byline", "furniture", "wire", "longquote", "html"] as const;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];

// ---------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a tiny 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the corpus seed and an article index into one well-spread 32-bit seed. */
export function articleSeed(seed: number, index: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Picks by weight: `[[weight, value], ...]`. */
  weighted<T>(items: readonly (readonly [number, T])[]): T {
    const total = items.reduce((s, [w]) => s + w, 0);
    let r = this.next() * total;
    for (const [w, v] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1]![1];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// Vocabulary

const OUTLETS = [
  "Al Jazeera", "Arab News", "Stars and Stripes", "Diyaruna", "Reuters", "The Associated Press", "AFP", "BBC News",
  "Rudaw", "Kurdistan24", "Shafaq News", "Al-Monitor", "The National", "Asharq Al-Awsat", "Al Arabiya", "Middle East Eye",
  "The Defense Post", "Voice of America", "Anadolu Agency", "North Press Agency", "Xinhua", "Press TV", "France 24",
  "The Arab Weekly", "Iraqi News Agency", "Long War Journal", "The Guardian", "Military Times",
] as const;

const WIRES = ["Reuters", "AP", "AFP", "Xinhua", "Anadolu"] as const;

interface Place {
  city: string;
  province: string;
}

const IRAQ_PLACES: readonly Place[] = [
  { city: "Mosul", province: "Nineveh" }, { city: "Kirkuk", province: "Kirkuk" }, { city: "Tikrit", province: "Salahuddin" },
  { city: "Ramadi", province: "Anbar" }, { city: "Fallujah", province: "Anbar" }, { city: "Baqubah", province: "Diyala" },
  { city: "Samarra", province: "Salahuddin" }, { city: "Hawija", province: "Kirkuk" }, { city: "Tal Afar", province: "Nineveh" },
  { city: "Sinjar", province: "Nineveh" }, { city: "Al Qaim", province: "Anbar" }, { city: "Rutba", province: "Anbar" },
  { city: "Baiji", province: "Salahuddin" }, { city: "Khanaqin", province: "Diyala" }, { city: "Tuz Khurmatu", province: "Salahuddin" },
  { city: "Makhmour", province: "Erbil" }, { city: "Haditha", province: "Anbar" }, { city: "Muqdadiyah", province: "Diyala" },
];

const SYRIA_PLACES: readonly Place[] = [
  { city: "Raqqa", province: "Raqqa" }, { city: "Deir ez-Zor", province: "Deir ez-Zor" }, { city: "Hasakah", province: "Hasakah" },
  { city: "Al-Bukamal", province: "Deir ez-Zor" }, { city: "Palmyra", province: "Homs" }, { city: "Hajin", province: "Deir ez-Zor" },
  { city: "Shaddadi", province: "Hasakah" }, { city: "Tabqa", province: "Raqqa" },
];

const TERRAIN = [
  "the Hamrin mountains", "the Anbar desert", "the Wadi Horan valley", "the Makhmour hills", "the orchards along the Diyala river",
  "the Badiya desert", "the Jazeera desert", "the caves of the Qarachogh range", "the farmland south of Kirkuk",
  "the marshes around Lake Tharthar", "the islands of the Tigris", "the Tal Afar plains", "the rugged Mutaibijah basin",
] as const;

const FIRST_MALE = [
  "Ahmed", "Mohammed", "Ali", "Hassan", "Karim", "Saad", "Yahya", "Tahsin", "Omar", "Khalid", "Mustafa", "Jabbar", "Sabah",
  "Nawaf", "Farhad", "Shirwan", "Rebwar", "Hemin", "Sirwan", "Qais", "Raed", "Bashar", "Ziad", "Adnan", "Michael", "John",
  "David", "Thomas", "Charles", "Brian", "Wayne", "Marcus",
] as const;
const FIRST_FEMALE = ["Sarah", "Laura", "Rachel", "Emily", "Hanan", "Zainab", "Nadia", "Layla", "Dilan", "Rasha", "Katherine"] as const;
const SURNAMES = [
  "al-Jubouri", "al-Obeidi", "al-Dulaimi", "al-Zubaidi", "al-Hamdani", "Hussein", "Abdullah", "al-Tamimi", "al-Karkhi",
  "al-Shammari", "al-Bayati", "al-Rawi", "al-Fahdawi", "Mahmoud", "Rasul", "Shwani", "Kakai", "Barwari", "Othman",
  "Miller", "Hart", "Dawson", "Keller", "Brennan", "Whitfield", "Novak", "Garrison", "Pollard", "Ostrander", "Lindqvist",
] as const;

const THINK_TANKS = [
  "the Washington Institute for Near East Policy", "the Institute for the Study of War", "the Center for Global Policy",
  "the Soufan Center", "King's College London", "the Middle East Institute", "George Washington University's Program on Extremism",
  "the Al-Bayan Center for Planning and Studies", "Chatham House", "the International Crisis Group",
] as const;

const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
] as const;
const MONTH_ABBR = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."] as const;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const FIGHTER_NOUNS = [
  "fighters", "militants", "jihadists", "insurgents", "members", "operatives", "gunmen", "extremists", "combatants",
] as const;

// ---------------------------------------------------------------------------
// Numbers

/** "1,200": digits grouped by commas, without the locale. */
function withCommas(n: number): string {
  const s = String(Math.trunc(n));
  return s.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const SMALL_WORDS = [
  "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
] as const;
const TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"] as const;

/** English words for 0..999,999 ("two hundred", "three thousand five hundred", "forty-two"). */
function toWords(n: number): string {
  if (n < 20) return SMALL_WORDS[n]!;
  if (n < 100) return TENS_WORDS[Math.floor(n / 10)]! + (n % 10 ? `-${SMALL_WORDS[n % 10]!}` : "");
  if (n < 1000) return `${SMALL_WORDS[Math.floor(n / 100)]!} hundred` + (n % 100 ? ` ${toWords(n % 100)}` : "");
  return `${toWords(Math.floor(n / 1000))} thousand` + (n % 1000 ? ` ${toWords(n % 1000)}` : "");
}

/** A plausible count of fighters, by order of magnitude. */
function fighterCount(rng: Rng): number {
  return rng.weighted<() => number>([
    [3, () => rng.int(2, 60)],
    [4, () => rng.int(1, 19) * 50],
    [4, () => rng.int(1, 30) * 100],
    [3, () => rng.int(2, 30) * 500],
    [1, () => rng.int(100, 9999)],
  ])();
}

/** A number as a journalist would write it: digits (mostly with commas) or, when round, words. */
function writeNumber(rng: Rng, n: number, capital = false): string {
  let s: string;
  const round = n < 20 || (n < 1000 && n % 100 === 0) || (n % 1000 === 0 && n <= 20000);
  if (round && rng.chance(n < 10 ? 0.8 : 0.35)) s = n === 1000 && rng.chance(0.5) ? "a thousand" : toWords(n);
  else if (n >= 1000 && n < 10000 && rng.chance(0.1)) s = String(n);
  else s = withCommas(n);
  return capital ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

/** A quantity phrase of fighters: the number with its qualifier and noun. */
function fighterQuantity(rng: Rng, group: string, capital = false): string {
  const noun = rng.chance(0.3) ? `${group} ${rng.pick(FIGHTER_NOUNS)}` : rng.pick(FIGHTER_NOUNS);
  const n = fighterCount(rng);
  const form = rng.weighted<string>([
    [5, "exact"], [4, "about"], [3, "at_least"], [3, "more_than"], [2, "fewer_than"], [2, "up_to"], [1, "no_more_than"],
    [4, "range"], [3, "vague"], [1, "words_range"],
  ]);
  let phrase: string;
  switch (form) {
    case "exact":
      phrase = `${writeNumber(rng, n)} ${noun}`;
      break;
    case "about":
      phrase = `${rng.pick(["about", "around", "roughly", "approximately", "some", "an estimated", "nearly", "almost", "close to"])} ${writeNumber(rng, n)} ${noun}`;
      break;
    case "at_least":
      phrase = `${rng.pick(["at least", "no fewer than", "a minimum of"])} ${writeNumber(rng, n)} ${noun}`;
      break;
    case "more_than":
      phrase = `${rng.pick(["more than", "over", "upwards of", "in excess of"])} ${writeNumber(rng, n)} ${noun}`;
      break;
    case "fewer_than":
      phrase = `${rng.pick(["fewer than", "less than", "under"])} ${writeNumber(rng, n)} ${noun}`;
      break;
    case "up_to":
      phrase = `${rng.pick(["up to", "as many as"])} ${writeNumber(rng, n)} ${noun}`;
      break;
    case "no_more_than":
      phrase = `${rng.pick(["no more than", "at most", "not more than"])} ${writeNumber(rng, n)} ${noun}`;
      break;
    case "range": {
      const hi = n + Math.max(1, Math.round(n * rng.pick([0.2, 0.5, 1, 2])));
      const a = withCommas(n);
      const b = withCommas(hi);
      phrase = rng.weighted<string>([
        [3, `${a} to ${b} ${noun}`],
        [2, `${a}-${b} ${noun}`],
        [1, `${a}–${b} ${noun}`],
        [3, `between ${a} and ${b} ${noun}`],
        [1, `from ${a} to ${b} ${noun}`],
        [1, `somewhere between ${a} and ${b} ${noun}`],
      ]);
      break;
    }
    case "words_range":
      phrase = rng.pick([
        `two to three thousand ${noun}`, `five or six hundred ${noun}`, `ten to fifteen thousand ${noun}`,
        `three or four hundred ${noun}`, `twenty to thirty ${noun}`,
      ]);
      break;
    default:
      phrase = rng.pick([
        `dozens of ${noun}`, `hundreds of ${noun}`, `a few hundred ${noun}`, `a few thousand ${noun}`, `several thousand ${noun}`,
        `tens of thousands of ${noun}`, `thousands of ${noun}`, `a handful of ${noun}`, `several hundred ${noun}`,
        `scores of ${noun}`,
      ]);
  }
  return capital ? phrase.charAt(0).toUpperCase() + phrase.slice(1) : phrase;
}

// ---------------------------------------------------------------------------
// Per-article context

interface Person {
  name: string;
  surname: string;
  pronoun: "he" | "she";
}

interface Claimant {
  /** As named in running text, e.g. "the US-led coalition" or "Brig. Gen. X, a spokesman for ...". */
  text: string;
  /** Short second reference ("al-Obeidi", "the coalition", "officials"). */
  short: string;
  pronoun: "he" | "she" | "they";
}

interface Ctx {
  rng: Rng;
  group: string;
  /** The group's other names the article sometimes uses. */
  altGroups: string[];
  country: "Iraq" | "Syria";
  place: Place;
  places: Place[];
  outlet: string;
  year: number;
  month: number;
  day: number;
  curly: boolean;
  lastClaimant: Claimant | null;
}

function person(rng: Rng): Person {
  const female = rng.chance(0.2);
  const first = female ? rng.pick(FIRST_FEMALE) : rng.pick(FIRST_MALE);
  const surname = rng.pick(SURNAMES);
  return { name: `${first} ${surname}`, surname, pronoun: female ? "she" : "he" };
}

function oq(ctx: Ctx): string {
  return ctx.curly ? "“" : '"';
}
function cq(ctx: Ctx): string {
  return ctx.curly ? "”" : '"';
}
function apos(ctx: Ctx): string {
  return ctx.curly ? "’" : "'";
}

function groupName(ctx: Ctx): string {
  const { rng } = ctx;
  if (ctx.altGroups.length > 0 && rng.chance(0.2)) return rng.pick(ctx.altGroups);
  return ctx.group;
}

function city(ctx: Ctx): string {
  return ctx.rng.chance(0.5) ? ctx.place.city : ctx.rng.pick(ctx.places).city;
}

function province(ctx: Ctx): string {
  return ctx.rng.chance(0.5) ? ctx.place.province : ctx.rng.pick(ctx.places).province;
}

function claimant(ctx: Ctx): Claimant {
  const { rng } = ctx;
  const p = person(rng);
  const kind = rng.weighted<string>([
    [3, "un"], [4, "coalition"], [5, "iraqi"], [3, "pmu"], [3, "kurdish"], [4, "analyst"], [3, "local"], [1, "media"],
  ]);
  const prov = province(ctx);
  const table: Record<string, Claimant[]> = {
    un: [
      { text: "a UN monitoring team", short: "the monitors", pronoun: "they" },
      { text: "the UN Security Council's sanctions monitoring team", short: "the team", pronoun: "they" },
      { text: "United Nations experts", short: "the experts", pronoun: "they" },
      { text: "UN monitors", short: "the monitors", pronoun: "they" },
      { text: `${p.name}, a UN counter-terrorism official`, short: p.surname, pronoun: p.pronoun },
    ],
    coalition: [
      { text: "the US-led coalition", short: "the coalition", pronoun: "they" },
      { text: `Col. ${p.name}, a spokesman for the US-led coalition`, short: p.surname, pronoun: p.pronoun },
      { text: "Operation Inherent Resolve", short: "the coalition", pronoun: "they" },
      { text: "the Pentagon", short: "the Pentagon", pronoun: "they" },
      { text: "a senior U.S. military official", short: "the official", pronoun: "he" },
      { text: "U.S. Central Command", short: "CENTCOM", pronoun: "they" },
    ],
    iraqi: [
      { text: "the Iraqi military", short: "the military", pronoun: "they" },
      { text: "Iraq's Joint Operations Command", short: "the command", pronoun: "they" },
      { text: `Brig. Gen. ${p.name}, a spokesman for the Iraqi armed forces`, short: p.surname, pronoun: p.pronoun },
      { text: "Iraqi intelligence officials", short: "the officials", pronoun: "they" },
      { text: `Maj. Gen. ${p.name}, commander of the ${prov} Operations Command`, short: p.surname, pronoun: p.pronoun },
      { text: "the Iraqi Counter-Terrorism Service", short: "the service", pronoun: "they" },
      { text: "an Iraqi army officer", short: "the officer", pronoun: "he" },
    ],
    pmu: [
      { text: `${p.name}, a commander in the Popular Mobilization Forces`, short: p.surname, pronoun: p.pronoun },
      { text: `PMU commander ${p.name}`, short: p.surname, pronoun: p.pronoun },
      { text: "the Hashd al-Shaabi", short: "the Hashd", pronoun: "they" },
      { text: `a Popular Mobilisation Units commander in ${prov}`, short: "the commander", pronoun: "he" },
    ],
    kurdish: [
      { text: "Peshmerga officials", short: "the officials", pronoun: "they" },
      { text: "the Kurdistan Region's Ministry of Peshmerga", short: "the ministry", pronoun: "they" },
      { text: "the Syrian Democratic Forces", short: "the SDF", pronoun: "they" },
      { text: `SDF spokesman ${p.name}`, short: p.surname, pronoun: p.pronoun },
      { text: `${p.name}, a Peshmerga commander near ${city(ctx)}`, short: p.surname, pronoun: p.pronoun },
      { text: "Kurdish counter-terrorism officials", short: "the officials", pronoun: "they" },
    ],
    analyst: [
      { text: `security analyst ${p.name}`, short: p.surname, pronoun: p.pronoun },
      { text: `${p.name}, a researcher at ${rng.pick(THINK_TANKS)}`, short: p.surname, pronoun: p.pronoun },
      { text: "analysts", short: "the analysts", pronoun: "they" },
      { text: `${p.name}, who studies jihadist movements at ${rng.pick(THINK_TANKS)}`, short: p.surname, pronoun: p.pronoun },
      { text: `${p.name}, an expert on armed groups`, short: p.surname, pronoun: p.pronoun },
    ],
    local: [
      { text: `the mayor of ${city(ctx)}`, short: "the mayor", pronoun: "he" },
      { text: `${p.name}, a provincial council member in ${prov}`, short: p.surname, pronoun: p.pronoun },
      { text: `a tribal sheikh from ${city(ctx)}`, short: "the sheikh", pronoun: "he" },
      { text: `local officials in ${prov}`, short: "the officials", pronoun: "they" },
      { text: `${p.name}, the district governor of ${city(ctx)}`, short: p.surname, pronoun: p.pronoun },
    ],
    media: [
      { text: `a report by ${rng.pick(OUTLETS)}`, short: "the report", pronoun: "they" },
      { text: `the group${apos(ctx)}s own propaganda outlets`, short: "the group", pronoun: "they" },
    ],
  };
  return rng.pick(table[kind]!);
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A speech verb after the claimant at the end of a sentence ("..., X said."). */
function saidAfter(rng: Rng): string {
  return rng.pick(["said", "said", "said", "added", "noted", "estimated", "told reporters", "said in a statement"]);
}

/** A speech verb introducing the claim ("X said that ..."). */
function saidBefore(rng: Rng): string {
  return rng.pick(["said", "said", "said that", "estimated that", "reported that", "has said", "believes"]);
}

/** The claimant as a sentence subject: an appositive ("X, a researcher at Y") needs its closing comma. */
function subj(who: Claimant): string {
  return who.text.includes(", ") ? `${who.text},` : who.text;
}

// ---------------------------------------------------------------------------
// Dates

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function weekday(year: number, month: number, day: number): string {
  return WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()]!;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${s}`;
}

/** A time phrase placing an event shortly before publication. */
function timePhrase(ctx: Ctx): string {
  const { rng } = ctx;
  const d = Math.max(1, ctx.day - rng.int(0, 6));
  const wd = weekday(ctx.year, ctx.month, d);
  return rng.weighted<string>([
    [3, `on ${wd}`],
    [2, `on ${wd} (${MONTHS[ctx.month]} ${ordinal(d)})`],
    [2, `on ${wd}, ${MONTHS[ctx.month]} ${d}`],
    [2, `on ${MONTH_ABBR[ctx.month]} ${d}`],
    [1, `on ${MONTHS[ctx.month]} ${d}, ${ctx.year}`],
    [1, "last week"],
    [1, "earlier this month"],
    [1, "yesterday"],
    [1, "this week"],
    [1, "overnight"],
    [1, `late on ${wd}`],
  ]);
}

function pastTime(ctx: Ctx): string {
  const { rng } = ctx;
  const y = ctx.year - rng.int(1, 4);
  return rng.pick([
    `in ${MONTHS[rng.int(0, 11)]} ${y}`, `in ${y}`, "last year", "earlier this year", `since ${y}`, "last month",
    `on ${MONTHS[rng.int(0, 11)]} ${rng.int(1, 28)}, ${y}`, `in the summer of ${y}`,
  ]);
}

// ---------------------------------------------------------------------------
// Sentences

function predicate(ctx: Ctx): string {
  const { rng } = ctx;
  const c = city(ctx);
  return rng.pick([
    `remain active in ${ctx.country}`,
    `are still hiding in ${rng.pick(TERRAIN)}`,
    `are believed to be operating in ${province(ctx)} province`,
    `remain at large across Iraq and Syria`,
    `fled ${c} before government forces retook it`,
    `escaped into the desert after the fall of ${c}`,
    `have crossed the border from Syria into Iraq ${rng.pick(["in recent months", "this year", "since the spring", "over the past year"])}`,
    `slipped across the frontier in the past ${rng.int(2, 11)} months`,
    `were killed in airstrikes ${pastTime(ctx)}`,
    `have been killed or captured ${pastTime(ctx)}`,
    `joined the group from abroad`,
    `are holed up in villages around ${c}`,
    `still move freely between ${c} and ${rng.pick(TERRAIN)}`,
    `are now organised in sleeper cells`,
    `could regroup if pressure eases`,
  ]);
}

function claimSentence(ctx: Ctx): string {
  const { rng } = ctx;
  const g = groupName(ctx);
  const who = claimant(ctx);
  const q = fighterQuantity(rng, g);
  const v = saidAfter(rng);
  const vb = saidBefore(rng);
  const pred = predicate(ctx);
  const o = oq(ctx);
  const c = cq(ctx);
  ctx.lastClaimant = who;
  return rng.weighted<() => string>([
    [4, () => `${cap(q)} ${pred}, ${subj(who)} ${v}.`],
    [4, () => `${cap(subj(who))} ${vb} ${q} ${pred}.`],
    [3, () => `According to ${who.text}, ${q} ${pred}.`],
    [3, () => `${cap(subj(who))} told ${ctx.outlet} that ${q} ${pred}.`],
    [3, () => `${o}${cap(q)} ${pred},${c} ${subj(who)} said.`],
    [2, () => `${o}We think ${q} ${pred},${c} ${subj(who)} told ${ctx.outlet}.`],
    [2, () => `${cap(subj(who))} estimated that ${q} ${pred}, though ${who.pronoun === "they" ? "they" : who.pronoun} cautioned that the figure was hard to verify.`],
    [2, () => `There are ${q} ${rng.pick(["in", "across", "around"])} ${province(ctx)} alone, ${subj(who)} ${v}.`],
    [2, () => `${cap(q)} ${pred}, according to ${who.text}.`],
    [1, () => `${cap(subj(who))} put the number of ${g} ${rng.pick(FIGHTER_NOUNS)} still at large at ${writeNumber(rng, fighterCount(rng))}.`],
    [2, () => `${cap(subj(who))} said ${rng.pick(["about", "around", "roughly", "nearly", "some"])} ${rng.int(2, 9) * 10}${rng.pick([" percent", " per cent", "%"])} of the group${apos(ctx)}s ${rng.pick(FIGHTER_NOUNS)} ${pred}.`],
    [2, () => `The group now operates in cells of ${rng.int(2, 6)} to ${rng.int(7, 15)} ${rng.pick(FIGHTER_NOUNS)}, ${subj(who)} ${v}.`],
    [1, () => `At its peak, ${g} commanded ${fighterQuantity(rng, g)} across Iraq and Syria, ${subj(who)} ${v}.`],
    [1, () => `If even ${q} were to escape from the camps, the consequences would be serious, ${subj(who)} warned.`],
    [1, () => `${o}Our estimate is that ${q} ${pred}. That is not a small number,${c} ${subj(who)} said.`],
  ])();
}

/** A quote continuing the last speaker, attributed by pronoun. */
function followUpQuote(ctx: Ctx): string {
  const { rng } = ctx;
  const who = ctx.lastClaimant;
  const pro = who ? (who.pronoun === "they" ? "officials" : who.pronoun) : "he";
  const o = oq(ctx);
  const c = cq(ctx);
  const g = groupName(ctx);
  const q = rng.chance(0.5) ? fighterQuantity(rng, g) : null;
  const inner = q
    ? rng.pick([
        `We believe ${q} ${predicate(ctx)}`,
        `Maybe ${q} are left, maybe more`,
        `They have ${q} and they are patient`,
      ])
    : rng.pick([
        "They are waiting for the right moment",
        `The threat has not disappeared, it has changed shape`,
        `We cannot hold every valley and every village at once`,
        `They know the terrain better than anyone`,
        `People here are still afraid to talk`,
        `Without intelligence from the villages we are blind`,
      ]);
  return rng.weighted<string>([
    [3, `${o}${inner},${c} ${pro} said.`],
    [2, `${o}${inner},${c} ${pro} added. ${o}${rng.pick(["It is a long fight", "Nobody should declare victory", "We need more support"])}.${c}`],
    [1, `${o}${inner}.${c}`],
    [1, `${who ? cap(who.short) : "The officer"} said: ${o}${inner}.${c}`],
  ]);
}

function attackSentence(ctx: Ctx): string {
  const { rng } = ctx;
  const g = groupName(ctx);
  const c = city(ctx);
  const t = timePhrase(ctx);
  const victims = writeNumber(rng, rng.int(1, 24));
  const who = rng.pick(["soldiers", "policemen", "members of the security forces", "civilians", "PMF fighters", "shepherds", "farmers", "tribal fighters"]);
  return rng.pick([
    `A roadside bomb struck an army patrol near ${c} ${t}, killing ${victims} ${who}, police said.`,
    `Militants detonated an improvised explosive device as a convoy passed outside ${c} ${t}.`,
    `A car bomb exploded at a crowded market in ${c} ${t}, wounding ${victims} people.`,
    `A suicide bomber blew himself up at a checkpoint on the road to ${c}, security sources said.`,
    `Gunmen kidnapped ${victims} ${who} from a village south of ${c} ${t}.`,
    `${cap(g)} militants abducted a local mukhtar and his two sons near ${c}, according to residents.`,
    `A sniper shot dead a soldier manning a watchtower in ${province(ctx)} ${t}.`,
    `Insurgents stormed a village near ${c}, opening fire on residents and setting homes alight.`,
    `${cap(g)} claimed responsibility for an attack on a police post in ${c} that killed ${victims} ${who}.`,
    `Fighters ambushed a PMF unit on a desert road ${t}, an official said.`,
    `The militants assassinated a village chief who had cooperated with the army.`,
    `Attackers set fire to wheat fields and blew up an electricity pylon near ${c}.`,
    `Mortar rounds landed near a military base outside ${c} ${t}, causing no casualties.`,
    `The group has carried out hit-and-run attacks on isolated checkpoints almost every week.`,
    `Gunmen riding motorcycles attacked a checkpoint in ${province(ctx)}, killing ${victims} ${who}.`,
    `Two IEDs went off in quick succession on the outskirts of ${c} ${t}.`,
    `Hostages taken in the raid were later released after ransom was paid, relatives said.`,
    `An explosion ripped through a bus carrying pilgrims near ${c} ${t}.`,
  ]);
}

function trapSentence(ctx: Ctx): string {
  const { rng } = ctx;
  const c = city(ctx);
  return rng.pick([
    `About ${withCommas(rng.pick([2500, 3000, 5200, 900]))} US troops remain in ${ctx.country} under an agreement with ${ctx.country === "Iraq" ? "Baghdad" : "local partners"}.`,
    `The ministry deployed ${withCommas(rng.int(10, 80) * 100)} soldiers and ${rng.int(10, 60)} armoured vehicles to the area.`,
    `More than ${withCommas(rng.int(2, 15) * 100)} civilians were killed during the battle for ${c}.`,
    `Around ${rng.pick(["1.2 million", "800,000", "250,000", "two million"])} people remain displaced across the country.`,
    `The government has pledged $${rng.int(2, 900)} million to rebuild ${c}, but little has been spent.`,
    `A new border fence costing $${rng.int(2, 9)}m will stretch for ${rng.int(100, 600)} kilometres.`,
    `Only ${rng.int(10, 90)}km of the fence has been built so far.`,
    `The frontier runs for more than ${rng.int(3, 6)}00 km through open desert.`,
    `Several officers who spoke on condition of anonymity said morale was low.`,
    `Several villages along the river have been emptied of their residents.`,
    `A ${rng.int(19, 60)}-year-old shepherd said he now grazes his flock only at midday.`,
    `About ${rng.int(5, 9)}0 percent of the old city was destroyed in the fighting.`,
    `The camp holds some ${withCommas(rng.int(20, 60) * 1000)} women and children, most of them Iraqi and Syrian.`,
    `The ${ordinal(rng.int(5, 20))} Division took over responsibility for the sector ${pastTime(ctx)}.`,
    `Unemployment among young men in ${province(ctx)} is estimated at ${rng.int(20, 45)} percent.`,
    `The court sentenced ${writeNumber(rng, rng.int(2, 30))} defendants ${pastTime(ctx)}, a judicial source said.`,
    `The ${rng.int(120, 400)}-kilometre road between ${c} and the border is patrolled only by day.`,
    `Electricity reaches the district for about ${rng.int(4, 12)} hours a day.`,
    `Resolution ${rng.int(2100, 2600)} was adopted by the Security Council ${pastTime(ctx)}.`,
  ]);
}

function backgroundSentence(ctx: Ctx): string {
  const { rng } = ctx;
  const g = groupName(ctx);
  const c = city(ctx);
  return rng.pick([
    `${cap(g)} lost the last of its territory in ${rng.pick(["Baghouz", "Mosul", "Raqqa", "Hajin"])} ${pastTime(ctx)}, but its remnants have not gone away.`,
    `Officials warn that the group is regrouping in remote areas where the state has little presence.`,
    `The insurgency is a shadow of what it once was, yet attacks have become more frequent in recent months.`,
    `Baghdad declared victory over ${g} in December 2017 after a three-year campaign.`,
    `The terrorists exploit the gaps between the areas held by the army and those held by Kurdish forces.`,
    `Residents of ${c} say the militants come at night to collect money from farmers.`,
    `Reconstruction in ${c} has been slow, and many families still live in damaged homes.`,
    `Security experts describe the current phase as a war of attrition rather than a resurgence.`,
    `The liberation of ${c} left much of its infrastructure in ruins.`,
    `Political rivalries in Baghdad have delayed the appointment of permanent security chiefs.`,
    `Aid groups say the humanitarian situation in the camps is deteriorating.`,
    `The extremist group once ruled over millions of people in a self-declared caliphate.`,
    `Sleeper cells remain the main threat, according to most assessments.`,
    `The withdrawal of foreign troops has raised fears of a comeback.`,
    `Local people accuse some security units of corruption and abuse, which they say feeds resentment.`,
    `The area is a patchwork of disputed territories claimed by both Baghdad and Erbil.`,
    `The so-called Islamic State still publishes claims of attacks through its Amaq agency.`,
    `Many of the group${apos(ctx)}s former members are held in prisons run by the SDF in north-east Syria.`,
    `Farmers in ${province(ctx)} have abandoned fields that lie too close to the hills.`,
    `Border guards use thermal cameras and drones to watch the crossings at night.`,
    `The militants have shifted from holding ground to a classic guerrilla campaign.`,
    `Oil smuggling and extortion still provide the group with steady income.`,
  ]);
}

function quoteSentence(ctx: Ctx): string {
  const { rng } = ctx;
  const p = person(rng);
  const o = oq(ctx);
  const c = cq(ctx);
  const role = rng.pick([
    `a farmer from ${city(ctx)}`, `a police captain in ${city(ctx)}`, "a resident", `a shopkeeper in ${city(ctx)}`,
    "a member of parliament", `a teacher who returned to ${city(ctx)} last year`,
  ]);
  ctx.lastClaimant = { text: p.name, short: p.surname, pronoun: p.pronoun };
  const inner = rng.pick([
    "We sleep with one eye open",
    "The army comes in the morning and leaves before dark",
    "Everyone knows where they hide, but nobody dares to say",
    "Things are better than two years ago, but it is not peace",
    `They came to my cousin${apos(ctx)}s house and asked for food`,
    "We want jobs, not only checkpoints",
    "My brother was taken at a fake checkpoint and we never heard from him again",
    "The young men here have nothing to do, and that is dangerous",
    "At night you hear engines in the valley and you know it is them",
    "The government remembers us only when there is an explosion",
    "We rebuilt the school twice",
    "They do not need many men to frighten a whole district",
  ]);
  return rng.pick([
    `${o}${inner},${c} said ${p.name}, ${role}.`,
    `${o}${inner},${c} ${p.name}, ${role}, told ${ctx.outlet}.`,
    `${p.name}, ${role}, said: ${o}${inner}.${c}`,
  ]);
}

type SentenceMaker = (ctx: Ctx) => string;

const SENTENCE_MIX: readonly (readonly [number, SentenceMaker])[] = [
  [5, claimSentence],
  [2, followUpQuote],
  [4, attackSentence],
  [3, trapSentence],
  [6, backgroundSentence],
  [2, quoteSentence],
];

// ---------------------------------------------------------------------------
// Headlines, bylines, datelines, furniture

function headline(ctx: Ctx): string {
  const { rng } = ctx;
  const g = ctx.group;
  const c = ctx.place.city;
  const p = ctx.place.province;
  const n = withCommas(fighterCount(rng));
  const where = rng.pick([c, p, `${p} province`, `northern ${ctx.country}`, `eastern ${ctx.country}`, `rural ${c}`, rng.pick(TERRAIN).replace(/^the /, "")]);
  return rng.pick([
    `${g} ${rng.pick(["remnants", "cells", "militants", "insurgents", "fighters", "sleeper cells"])} ${rng.pick([
      "step up attacks", "regroup", "target shepherds", "target village chiefs", "extort farmers", "stage night raids",
      `kill ${rng.int(2, 12)} soldiers`, "ambush army patrol", "return to old haunts", "lie low", "burn crops",
    ])} in ${where}`,
    `${rng.pick(["Iraqi", "Kurdish", "Coalition", "SDF", "PMF", "Joint"])} ${rng.pick(["raid", "sweep", "offensive", "airstrikes", "operation"])} ${rng.pick(["targets", "hits", "kills", "nets"])} ${g} ${rng.pick(["hideouts", "commanders", "cells", "suspects", "tunnels"])} in ${where}`,
    `${rng.pick([ctx.country, "Officials", "Analysts", "Commanders", "Tribal leaders"])} ${rng.pick(["warn", "fear", "see signs"])} of ${g} resurgence in ${where} as ${rng.pick(["troops leave", "winter sets in", "budget talks stall", "elections near", "coalition draws down", "camps empty"])}`,
    `Up to ${n} ${g} fighters still active in ${ctx.country}, ${rng.pick(["UN says", "report says", "officials say", "coalition says"])}`,
    `Inside the hunt for ${g} ${rng.pick(["sleeper cells", "commanders", "tunnels", "weapons caches", "financiers"])} ${rng.pick(["near", "around", "south of", "north of"])} ${c}`,
    `${rng.pick(["Iraqi", "Kurdish", "Coalition", "Syrian"])} forces launch operation against ${g} in ${rng.pick(TERRAIN)}`,
    `How ${g} ${rng.pick(["survives", "hides", "recruits", "raises money", "moves fighters", "picks its targets"])} in ${where}`,
    `${cap(rng.pick(["roadside bomb", "car bomb", "ambush", "sniper attack", "night raid"]))} kills ${rng.int(2, 15)} near ${c}`,
    `${g} ${rng.pick(["prisoners", "detainees", "families", "returnees"])} in ${where} pose ${rng.pick(["growing", "lasting", "new"])} risk, ${rng.pick(["SDF", "analysts", "UN monitors", "officials"])} warn`,
    `${rng.pick(["Residents", "Farmers", "Shepherds", "Returnees", "Families", "Shopkeepers"])} in ${where} fear ${rng.pick(["return", "comeback", "night visits", "revenge"])} of ${g}`,
    `${ctx.country}: ${n} ${g} suspects ${rng.pick(["detained", "arrested", "questioned"])} in ${p} sweep`,
    `${rng.pick(["Years", "Months", "Long"])} after ${rng.pick(["defeat", "liberation", "the caliphate fell"])}, ${g} still ${rng.pick(["haunts", "stalks", "menaces"])} ${where}`,
    `${g} ${rng.pick(["cells", "fighters", "remnants"])} exploit ${rng.pick(["security gap", "power vacuum", "political rivalry"])} between Baghdad and Erbil in ${where}`,
    `The long tail of the war on ${g}: ${rng.pick(["a report from", "notes from", "dispatch from"])} ${c}`,
  ]);
}

function bylineLine(ctx: Ctx): string {
  const { rng } = ctx;
  const a = person(rng).name;
  const b = person(rng).name;
  return rng.pick([
    `By ${a}`, `By ${a} and ${b}`, `${a} | ${ctx.outlet}`, `By ${a}, ${ctx.outlet}`, "Staff Writer", `${a}\nCorrespondent`,
  ]);
}

function datelinePrefix(ctx: Ctx, wire: string | null): string {
  const { rng } = ctx;
  const c = ctx.place.city;
  const where = rng.chance(0.5) ? c.toUpperCase() : c;
  const country = ctx.country;
  if (wire) return `${where.toUpperCase()}, ${country} (${wire}) - `;
  return rng.pick([
    `${where}, ${country} — `,
    `${where.toUpperCase()}: `,
    `${where}, ${country} – `,
    `${ctx.country === "Iraq" ? "BAGHDAD" : "DAMASCUS"}: `,
    `${where} (${country}) -- `,
  ]);
}

function caption(ctx: Ctx): string {
  const { rng } = ctx;
  const d = `${MONTHS[rng.int(0, 11)]} ${rng.int(1, 28)}, ${ctx.year - rng.int(0, 2)}`;
  return rng.pick([
    `Iraqi soldiers patrol the outskirts of ${ctx.place.city} on ${d}. (Photo: ${rng.pick(["AFP", "Reuters", "AP"])})`,
    `A fighter of the Popular Mobilization Forces stands guard in ${ctx.place.province}, ${d}. [Photo courtesy of the PMF media office]`,
    `Members of the Syrian Democratic Forces search a house in ${rng.pick(SYRIA_PLACES).city}. [File photo]`,
    `Smoke rises after an airstrike on a suspected hideout in ${rng.pick(TERRAIN)}, posted on ${d}. [Photo courtesy of the Iraqi Ministry of Defence]`,
    `Displaced families queue for food at a camp near ${ctx.place.city}. Photo: ${person(rng).name}/${ctx.outlet}`,
  ]);
}

function topFurniture(ctx: Ctx): string[] {
  const { rng } = ctx;
  return rng.pick([
    ["No Script", "", "Please Wait...", "", `${ctx.outlet} Telegram`],
    ["Skip to main content", "Menu", "Search"],
    [`Home > Middle East > ${ctx.country}`],
    [`${ctx.country} News`],
    ["Advertisement"],
    [`folder_openMiddle East... access_time${rng.int(2, 7)} years ago`, "starAdd to favorites"],
  ]);
}

function midFurniture(ctx: Ctx): string {
  const { rng } = ctx;
  return rng.pick([
    "Advertisement",
    "Share this article",
    "Facebook Twitter WhatsApp Email",
    `Read more: ${headline(ctx)}`,
    `Related: ${headline(ctx)}`,
    "Continue reading below",
    "{{ad_slot}}",
    "Tweet",
  ]);
}

function bottomFurniture(ctx: Ctx, title: string): string[] {
  const { rng } = ctx;
  const lines: string[] = [];
  if (rng.chance(0.35)) lines.push("Click here to read more.");
  if (rng.chance(0.7)) lines.push(`Source: ${rng.chance(0.15) ? "News Agencies, Edited by website team" : ctx.outlet}`);
  const extras = rng.shuffle([
    ["Do you like this article?"],
    [`${rng.int(0, 40)} Comment(s)`],
    ["Comment Policy * Denotes Required Field 1500 / 1500"],
    [title, "-", "{{#bullets}}", "- {{value}} {{/bullets}}"],
    ["Comments"],
    [`Tags: ${ctx.group}, ${ctx.country}, ${ctx.place.province}`],
    [`© ${ctx.year} ${ctx.outlet}. All rights reserved.`],
    ["Subscribe to our newsletter", "Please Wait..."],
    ["Share", "Facebook", "Twitter", "WhatsApp"],
  ]);
  for (const e of extras.slice(0, rng.int(0, 3))) lines.push(...e);
  return lines;
}

// ---------------------------------------------------------------------------
// Article assembly

function makeCtx(rng: Rng): Ctx {
  const country = rng.chance(0.75) ? "Iraq" : "Syria";
  const pool = country === "Iraq" ? IRAQ_PLACES : SYRIA_PLACES;
  const place = rng.pick(pool);
  const places = rng.shuffle(pool).slice(0, 4);
  const allGroups = ["ISIS", "ISIL", "Daesh", "IS", "Islamic State", "the Islamic State group"];
  const group = rng.weighted<string>([[5, "ISIS"], [3, "ISIL"], [3, "Daesh"], [2, "IS"], [3, "Islamic State"]]);
  const altGroups = rng.chance(0.5) ? rng.shuffle(allGroups.filter((g) => g !== group)).slice(0, rng.int(1, 3)) : [];
  const year = rng.int(2017, 2024);
  const month = rng.int(0, 11);
  const day = rng.int(1, daysInMonth(year, month));
  return {
    rng,
    group,
    altGroups,
    country,
    place,
    places: [place, ...places],
    outlet: rng.pick(OUTLETS),
    year,
    month,
    day,
    curly: rng.chance(0.6),
    lastClaimant: null,
  };
}

/** Paragraphs of prose totalling about `targetWords` words. */
function paragraphs(ctx: Ctx, targetWords: number, longQuote: boolean): string[] {
  const { rng } = ctx;
  const out: string[] = [];
  let words = 0;
  // The lede: usually a claim or an attack, so short articles still carry facts.
  out.push(rng.chance(0.5) ? claimSentence(ctx) : `${attackSentence(ctx)} ${backgroundSentence(ctx)}`);
  words += out[0]!.split(/\s+/).length;
  while (words < targetWords) {
    if (longQuote && rng.chance(0.08)) {
      // News style for multi-paragraph quotes: the opening mark repeats, the closing mark only at the end.
      const p = person(rng);
      const o = oq(ctx);
      const c = cq(ctx);
      const parts = [
        `${o}${backgroundSentence(ctx)} ${backgroundSentence(ctx)}`,
        `${o}${claimSentence(ctx).replace(/["“”]/g, "")} ${trapSentence(ctx)}`,
        `${o}${attackSentence(ctx)}${c} said ${p.name}, a former ${rng.pick(["intelligence officer", "army colonel", "police chief"])}.`,
      ];
      for (const part of parts) {
        out.push(part);
        words += part.split(/\s+/).length;
      }
      continue;
    }
    const n = rng.weighted<number>([[3, 1], [4, 2], [3, 3], [1, 4], [1, 6]]);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(rng.weighted(SENTENCE_MIX)(ctx));
    const para = sentences.join(" ");
    out.push(para);
    words += para.split(/\s+/).length;
  }
  return out;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function pickKind(rng: Rng): ArticleKind {
  return rng.weighted<ArticleKind>([
    [5, "plain"], [3, "dense"], [4, "byline"], [4, "furniture"], [2, "wire"], [1, "longquote"], [1.2, "html"],
  ]);
}

/** Article `index` of the corpus with seed `seed`; identical to `generateCorpus({ seed, count })[index]`. */
export function generateArticle(seed: number, index: number): GeneratedArticle & { kind: ArticleKind; title: string } {
  const rng = new Rng(articleSeed(seed, index));
  const kind = pickKind(rng);
  const ctx = makeCtx(rng);
  // Skewed towards shorter pieces: median about 550 words, range 150..1,500.
  const targetWords = Math.round(150 + 1350 * Math.pow(rng.float(), 1.7));
  const title = headline(ctx);
  const wire = kind === "wire" ? rng.pick(WIRES) : null;
  const paras = paragraphs(ctx, targetWords, kind === "longquote" || rng.chance(0.05));
  if (kind !== "dense" && rng.chance(0.6)) paras[0] = datelinePrefix(ctx, wire) + paras[0]!;
  else if (wire) paras[0] = datelinePrefix(ctx, wire) + paras[0]!;

  // Captions: some placed once, some repeated (galleries render each caption twice).
  const captions: string[] = [];
  const nCaptions = rng.weighted<number>([[4, 0], [3, 1], [2, 2], [1, 4]]);
  for (let i = 0; i < nCaptions; i++) captions.push(caption(ctx));

  const source = `generated/s${seed}/${String(index).padStart(5, "0")}-${kind}.${kind === "html" ? "html" : "txt"}`;

  if (kind === "html") {
    const body: string[] = [];
    body.push(`<h1>${escapeHtml(title)}</h1>`);
    if (rng.chance(0.6)) body.push(`<p class="byline">${escapeHtml(bylineLine(ctx).replace("\n", " "))}</p>`);
    paras.forEach((p, i) => {
      body.push(`<p>${escapeHtml(p)}</p>`);
      if (captions.length > 0 && i % 4 === 1) {
        const cap = captions[(i >> 2) % captions.length]!;
        body.push(`<figure><img src="/img/${i}.jpg" alt=""><figcaption>${escapeHtml(cap)}</figcaption></figure>`);
      }
    });
    const iso = `${ctx.year}-${String(ctx.month + 1).padStart(2, "0")}-${String(ctx.day).padStart(2, "0")}`;
    const meta = rng.chance(0.5) ? `<meta property="article:published_time" content="${iso}T08:00:00Z">` : "";
    const raw = [
      "<!doctype html>",
      `<html><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${escapeHtml(ctx.outlet)}</title>${meta}</head>`,
      `<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/mideast">Middle East</a></nav>`,
      `<article>${body.join("\n")}</article>`,
      `<aside><h3>Most read</h3><ul><li><a href="/a">${escapeHtml(headline(ctx))}</a></li><li><a href="/b">${escapeHtml(headline(ctx))}</a></li></ul></aside>`,
      `<footer><p>© ${ctx.year} ${escapeHtml(ctx.outlet)}</p><script>window.dataLayer=[];</script></footer>`,
      "</body></html>",
    ].join("\n");
    return { source, raw, kind, title };
  }

  const lines: string[] = [];
  if (kind === "furniture") lines.push(...topFurniture(ctx));
  lines.push(title);
  if (kind === "furniture" && rng.chance(0.5)) lines.push(title); // masthead repeats the headline
  if (rng.chance(0.3)) lines.push(cap(`${backgroundSentence(ctx)}`)); // standfirst
  if (kind === "byline" || kind === "wire" || rng.chance(0.2)) lines.push(bylineLine(ctx));
  if (rng.chance(0.15)) lines.push(`Published ${MONTHS[ctx.month]} ${ctx.day}, ${ctx.year}`);

  let captionAt = 0;
  paras.forEach((p, i) => {
    lines.push(p);
    if (captions.length > 0 && i > 0 && i % 3 === 0) {
      const cap = captions[captionAt++ % captions.length]!;
      lines.push(cap);
      if (rng.chance(0.5)) lines.push(cap); // duplicated caption
    }
    if ((kind === "furniture" || rng.chance(0.05)) && rng.chance(0.12)) lines.push(midFurniture(ctx));
  });
  lines.push(...bottomFurniture(ctx, title));

  const sep = kind === "dense" ? "\n" : rng.chance(0.85) ? "\n\n" : "\n\n\n";
  return { source, raw: lines.join(sep), kind, title };
}

/** `count` articles for `seed`; the same seed always yields the same corpus. */
export function generateCorpus({ seed, count }: GenerateCorpusOptions): GeneratedArticle[] {
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const { source, raw } = generateArticle(seed, i);
    out.push({ source, raw });
  }
  return out;
}
