/**
 * ALL dashboard view state lives in the URL, and this is the one module
 * that says how: parameter names, typed parsers, defaults. Pages parse with
 * `loadViewState` (server), client components read/write with
 * `useQueryStates(<group>Parsers)`, and later permalinks, embeds, the JSON
 * API and exports reuse the same parsers and `serializeViewState`.
 *
 * Parsing is pure and never throws: an unknown or malformed value falls back
 * to the parameter's default (arrays drop the items they do not know).
 *
 * Imports come from "nuqs/server", which carries no "use client" marker, so
 * this module works in server components, route handlers, tests and the
 * browser alike.
 */
import {
  createLoader,
  createParser,
  createSearchParamsCache,
  createSerializer,
  parseAsStringLiteral,
  type inferParserType,
} from "nuqs/server";
import { ATTACK_TYPES, CLAIMANT_TYPES, REFERENTS } from "@framewatch/charts";
import type { FactMode, Filters } from "@framewatch/db/queries";

// ---------------------------------------------------------------------------
// vocabularies
// ---------------------------------------------------------------------------

export const FRAMING_DIMENSIONS = ["naming", "actors", "sourcing", "threat", "frames", "loaded"] as const;
export type FramingDimensionKey = (typeof FRAMING_DIMENSIONS)[number];

export const CLAIM_SCALES = ["log", "linear"] as const;
export const CLAIM_COLOR_BY = ["claimantType", "outlet"] as const;
export const ATTACK_MEASURES = ["count", "share"] as const;
export const SOURCING_MODES = ["share", "count"] as const;
export const SPAN_KINDS = ["claims", "attacks", "framing"] as const;
/**
 * Which claims and attacks a view shows (docs/review.md "Modes"): machine
 * facts with the analysts' decisions applied (the default), the machine's
 * alone, or the reviewed ones only. Listed here, not imported from the db
 * package, so the browser bundle stays free of it; `satisfies` keeps them equal.
 */
export const FACT_MODES = ["applied", "machine", "reviewed"] as const satisfies readonly FactMode[];
export const FACT_MODE_LABELS: Record<FactMode, string> = { applied: "Reviews applied", machine: "Machine only", reviewed: "Reviewed only" };
/** Orders of the overview's article list (see listArticles). */
export const ARTICLE_SORTS = ["newest", "oldest", "title"] as const;
export type SpanKindKey = (typeof SPAN_KINDS)[number];

// ---------------------------------------------------------------------------
// custom parsers
// ---------------------------------------------------------------------------

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day "YYYY-MM-DD", kept as a string (serialisable, timezone-free). */
export function parseIsoDayString(value: string): string | null {
  const m = ISO_DAY.exec(value.trim());
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value.trim() ? value.trim() : null;
}

export const parseAsIsoDay = createParser<string>({
  parse: parseIsoDayString,
  serialize: (v) => v,
});

/** Outlet ids (0 = unknown outlet): non-negative integers only, de-duplicated. */
export const parseAsOutletIds = createParser<number[]>({
  parse: (value) => {
    const ids = value
      .split(",")
      .map((s) => s.trim())
      .filter((s) => /^\d{1,9}$/.test(s))
      .map(Number);
    return [...new Set(ids)];
  },
  serialize: (ids) => ids.join(","),
  eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
});

/** A list of known literals; unknown items are dropped, duplicates removed. */
function parseAsLiteralList<const T extends string>(values: readonly T[]) {
  return createParser<T[]>({
    parse: (value) => {
      const items = value.split(",").map((s) => s.trim());
      return [...new Set(items.filter((s): s is T => (values as readonly string[]).includes(s)))];
    },
    serialize: (list) => list.join(","),
    eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
  });
}

/** "START-END" offsets of a sentence in an article body. */
export interface SentenceRange {
  start: number;
  end: number;
}

export function parseSentenceRange(value: string): SentenceRange | null {
  const m = /^(\d{1,9})-(\d{1,9})$/.exec(value.trim());
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start < end ? { start, end } : null;
}

export const parseAsSentenceRange = createParser<SentenceRange>({
  parse: parseSentenceRange,
  serialize: (r) => `${r.start}-${r.end}`,
  eq: (a, b) => a.start === b.start && a.end === b.end,
});

/** A selected mark's evidence id: short printable text, else nothing selected. */
export const parseAsMarkId = createParser<string>({
  parse: (value) => (value.length > 0 && value.length <= 200 && ![...value].some((ch) => ch.charCodeAt(0) < 32) ? value : null),
  serialize: (v) => v,
});

/** A search: trimmed, at most 200 characters, no control characters; empty = no search. */
export const parseAsSearch = createParser<string>({
  parse: (value) => {
    const v = value.trim();
    return v.length > 0 && v.length <= 200 && ![...v].some((ch) => ch.charCodeAt(0) < 32) ? v : null;
  },
  serialize: (v) => v,
});

/**
 * A page cursor, opaque to the browser (the database package writes and
 * reads them; a stale or foreign one just shows the first page).
 */
export const parseAsCursor = createParser<string>({
  parse: (value) => (/^[A-Za-z0-9_-]{1,500}$/.test(value) ? value : null),
  serialize: (v) => v,
});

// ---------------------------------------------------------------------------
// parser groups
// ---------------------------------------------------------------------------

/** The fact mode of the views that show claims or attacks (framing is not reviewable). */
export const factsParsers = {
  facts: parseAsStringLiteral(FACT_MODES).withDefault("applied"),
};

/** Filters shared by every view. Empty list = no restriction. */
export const filterParsers = {
  outlets: parseAsOutletIds.withDefault([]),
  from: parseAsIsoDay,
  to: parseAsIsoDay,
  claimants: parseAsLiteralList(CLAIMANT_TYPES).withDefault([]),
  referents: parseAsLiteralList(REFERENTS).withDefault([]),
  attacks: parseAsLiteralList(ATTACK_TYPES).withDefault([]),
};

/** `/framing`: dimension, sourcing mode, selected cell. */
export const framingParsers = {
  dim: parseAsStringLiteral(FRAMING_DIMENSIONS).withDefault("naming"),
  sourcing: parseAsStringLiteral(SOURCING_MODES).withDefault("share"),
  sel: parseAsMarkId,
};

/** `/claims`: y scale, colour, selected claim. */
export const claimsParsers = {
  scale: parseAsStringLiteral(CLAIM_SCALES).withDefault("log"),
  color: parseAsStringLiteral(CLAIM_COLOR_BY).withDefault("claimantType"),
  sel: parseAsMarkId,
};

/** `/attacks`: count or share of the outlet's articles, selected cell. */
export const attacksParsers = {
  measure: parseAsStringLiteral(ATTACK_MEASURES).withDefault("count"),
  sel: parseAsMarkId,
};

/** `/articles/[id]`: target sentence, hidden highlight kinds, and the page of each side panel. */
export const readerParsers = {
  s: parseAsSentenceRange,
  hide: parseAsLiteralList(SPAN_KINDS).withDefault([]),
  claimsCursor: parseAsCursor,
  attacksCursor: parseAsCursor,
  signalsCursor: parseAsCursor,
};

/** `/` (the overview): search and order of the article list. */
export const overviewParsers = {
  q: parseAsSearch,
  sort: parseAsStringLiteral(ARTICLE_SORTS).withDefault("newest"),
};

/** The page of a view's list (articles, evidence of the selected mark, claims). */
export const listParsers = {
  cursor: parseAsCursor,
};

/** Every parameter any view knows (names are unique across groups or mean the same thing). */
export const viewStateParsers = {
  ...filterParsers,
  ...factsParsers,
  ...framingParsers,
  ...claimsParsers,
  ...attacksParsers,
  ...readerParsers,
  ...overviewParsers,
  ...listParsers,
};

export type FilterState = inferParserType<typeof filterParsers>;
export type FramingState = inferParserType<typeof framingParsers>;
export type ClaimsState = inferParserType<typeof claimsParsers>;
export type AttacksState = inferParserType<typeof attacksParsers>;
export type ReaderState = inferParserType<typeof readerParsers>;
export type OverviewState = inferParserType<typeof overviewParsers>;
export type ViewState = inferParserType<typeof viewStateParsers>;

/** Parse any search-params input (URL, URLSearchParams, record, string, promise). Never throws. */
export const loadViewState = createLoader(viewStateParsers);
/** Per-request cache for server components deeper in the tree. */
export const viewStateCache = createSearchParamsCache(viewStateParsers);
/** Build a query string from (partial) view state; defaults are left out. */
export const serializeViewState = createSerializer(viewStateParsers, { clearOnDefault: true });

/** The typed `Filters` the db queries take. */
export function toFilters(state: FilterState): Filters {
  let { from, to } = state;
  if (from && to && from > to) [from, to] = [to, from];
  return {
    outletIds: state.outlets,
    from,
    to,
    claimantTypes: state.claimants,
    referents: state.referents,
    attackTypes: state.attacks,
  };
}

/** True when any shared filter is set. */
export function hasActiveFilters(state: FilterState): boolean {
  return (
    state.outlets.length > 0 ||
    state.from !== null ||
    state.to !== null ||
    state.claimants.length > 0 ||
    state.referents.length > 0 ||
    state.attacks.length > 0
  );
}

/** Query string carrying only the shared filters (for nav links between views). */
export function filterQuery(state: FilterState): string {
  return createSerializer(filterParsers, { clearOnDefault: true })(state);
}

/** The single-choice parameters a segmented toggle can drive. */
export const toggleParsers = {
  dim: framingParsers.dim,
  sourcing: framingParsers.sourcing,
  scale: claimsParsers.scale,
  color: claimsParsers.color,
  measure: attacksParsers.measure,
  sort: overviewParsers.sort,
  facts: factsParsers.facts,
};
export type ToggleName = keyof typeof toggleParsers;

/** Toggle one value in an "empty = everything" list; the full list collapses back to []. */
export function toggleInList<T>(list: readonly T[], all: readonly T[], value: T): T[] {
  const base = list.length === 0 ? [...all] : [...list];
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  const ordered = all.filter((v) => next.includes(v));
  return ordered.length === all.length ? [] : ordered;
}

// ---------------------------------------------------------------------------
// versioned links, per-view parameters, notices and canonical form
// ---------------------------------------------------------------------------

/**
 * Version of the URL-state schema. Bump it when a parameter is renamed, its
 * values change meaning or a default changes, and add a step to
 * `STATE_MIGRATIONS` that rewrites links written at the previous version.
 * A link without `v` is read as the oldest known version.
 */
export const STATE_VERSION = 1;
export const OLDEST_STATE_VERSION = 1;

/** Raw query parameters, as strings (what links carry). */
export type RawParams = URLSearchParams;

/** `STATE_MIGRATIONS[n]` turns parameters written at version n into version n + 1. */
export type StateMigration = (params: RawParams) => RawParams;
export const STATE_MIGRATIONS: Readonly<Record<number, StateMigration>> = {
  // Example for the day version 2 exists:
  // 1: (p) => { rename(p, "color", "colour"); return p; },
};

/**
 * Rewrites parameters written at `version` into the current version, step by
 * step. Unknown or future versions are read as the current one. Pure: the
 * input is not modified; the result carries `v` = current version.
 */
export function migrateViewState(
  version: number,
  params: RawParams,
  migrations: Readonly<Record<number, StateMigration>> = STATE_MIGRATIONS,
  current: number = STATE_VERSION,
): RawParams {
  let p = new URLSearchParams(params);
  p.delete("v");
  for (let n = Math.max(OLDEST_STATE_VERSION, Math.min(version, current)); n < current; n++) {
    const step = migrations[n];
    if (step) p = step(new URLSearchParams(p));
  }
  p.set("v", String(current));
  return p;
}

export const VIEWS = ["overview", "framing", "claims", "attacks", "article"] as const;
export type ViewKey = (typeof VIEWS)[number];

/** The shared filter parameters. */
export const FILTER_KEYS = Object.keys(filterParsers) as (keyof typeof filterParsers)[];
/** The parameters each view understands (besides `v`). */
export const VIEW_PARAMS: Record<ViewKey, readonly (keyof typeof viewStateParsers)[]> = {
  overview: [...FILTER_KEYS, "facts", "q", "sort", "cursor"],
  framing: [...FILTER_KEYS, "dim", "sourcing", "sel", "cursor"],
  claims: [...FILTER_KEYS, "facts", "scale", "color", "sel", "cursor"],
  attacks: [...FILTER_KEYS, "facts", "measure", "sel", "cursor"],
  article: ["s", "hide", "claimsCursor", "attacksCursor", "signalsCursor"],
};

/** The view a path shows, or null for paths that are not views. */
export function viewOfPath(path: string): ViewKey | null {
  if (path === "/" || path === "") return "overview";
  if (path === "/framing") return "framing";
  if (path === "/claims") return "claims";
  if (path === "/attacks") return "attacks";
  if (/^\/articles\/\d{1,9}$/.test(path)) return "article";
  return null;
}

/** Tracking parameters other sites append to links: ignored silently. */
const IGNORED_PARAM = /^(utm_[a-z_]+|fbclid|gclid|mc_cid|mc_eid|ref)$/;

/** A parameter the page could not use and reset to its default. */
export interface StateProblem {
  param: string;
  value: string;
  reason: "unknown" | "invalid" | "out-of-range" | "version";
}

/** Anything Next or a caller hands us as search params, as URLSearchParams (arrays keep their first value). */
export function toSearchParams(input: URLSearchParams | string | Record<string, string | string[] | undefined>): URLSearchParams {
  if (input instanceof URLSearchParams) return new URLSearchParams(input);
  if (typeof input === "string") return new URLSearchParams(input.startsWith("?") ? input.slice(1) : input);
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (first !== undefined) p.append(k, first);
  }
  return p;
}

const EVIDENCE_KIND_OF_DIM: Record<FramingDimensionKey, string> = {
  naming: "naming",
  actors: "actor",
  sourcing: "sourcing",
  threat: "threat",
  frames: "frame",
  loaded: "loaded",
};

/** Whether a selected-mark id can belong to the view (the mark may still be absent under the filters). */
export function selFitsView(view: ViewKey, state: Pick<ViewState, "dim">, sel: string): boolean {
  const m = /^([a-z]+):(\d{0,9}):(.*)$/s.exec(sel);
  if (!m) return false;
  // Negative ids: claims an analyst added (the negated id of the add decision).
  if (view === "claims") return m[1] === "claim" && m[2] === "" && /^-?\d{1,9}$/.test(m[3]!);
  if (m[2] === "") return false;
  if (view === "attacks") return m[1] === "attack" && m[3] !== "";
  if (view === "framing") return m[1] === EVIDENCE_KIND_OF_DIM[state.dim];
  return false;
}

export interface ReadViewStateOptions {
  /** Outlet ids that exist; others are reported as out of range and dropped. */
  knownOutletIds?: readonly number[];
}

export interface ReadViewState {
  state: ViewState;
  /** The version the link was written in (before migration). */
  version: number;
  /** Parameters that were not understood and fell back to their default. */
  problems: StateProblem[];
}

function readVersion(raw: URLSearchParams, problems: StateProblem[]): number {
  const v = raw.get("v");
  if (v === null) return OLDEST_STATE_VERSION;
  if (!/^\d{1,4}$/.test(v) || Number(v) < OLDEST_STATE_VERSION) {
    problems.push({ param: "v", value: v, reason: "version" });
    return OLDEST_STATE_VERSION;
  }
  if (Number(v) > STATE_VERSION) {
    problems.push({ param: "v", value: v, reason: "version" });
    return STATE_VERSION;
  }
  return Number(v);
}

/**
 * How the pages read a link: migrate from its version, parse, and list every
 * parameter that was unknown, malformed or out of range (those fall back to
 * defaults; the page shows a notice). Never throws.
 */
export function readViewState(
  view: ViewKey,
  input: URLSearchParams | string | Record<string, string | string[] | undefined>,
  options: ReadViewStateOptions = {},
): ReadViewState {
  const raw = toSearchParams(input);
  const problems: StateProblem[] = [];
  const version = readVersion(raw, problems);
  const params = migrateViewState(version, raw);
  const allowed = new Set<string>(VIEW_PARAMS[view]);
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (key === "v" || seen.has(key)) continue;
    seen.add(key);
    if (IGNORED_PARAM.test(key)) continue;
    if (!allowed.has(key)) {
      problems.push({ param: key, value, reason: "unknown" });
      continue;
    }
    const parser = viewStateParsers[key as keyof typeof viewStateParsers] as unknown as { parse: (v: string) => unknown };
    const parsed = parser.parse(value);
    if (Array.isArray(parsed)) {
      const items = new Set(value.split(",").map((s) => s.trim()).filter(Boolean));
      if (parsed.length < items.size) problems.push({ param: key, value, reason: "invalid" });
    } else if (parsed === null && value !== "") {
      problems.push({ param: key, value, reason: "invalid" });
    }
  }
  const parsed = loadViewState(params);
  // Only the view's own parameters count; the rest take their defaults.
  const state = loadViewState("");
  for (const key of VIEW_PARAMS[view]) (state as Record<string, unknown>)[key] = parsed[key];
  if (state.sel !== null && !selFitsView(view, state, state.sel)) {
    if (!problems.some((p) => p.param === "sel")) problems.push({ param: "sel", value: state.sel, reason: "invalid" });
    state.sel = null;
  }
  if (options.knownOutletIds && state.outlets.length > 0) {
    const known = new Set(options.knownOutletIds);
    const unknown = state.outlets.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      problems.push({ param: "outlets", value: unknown.join(","), reason: "out-of-range" });
      state.outlets = state.outlets.filter((id) => known.has(id));
    }
  }
  return { state, version, problems };
}

/**
 * A canonical query with the fact mode written out even when it is the
 * default, for views that have one: the share bar's permalinks say which
 * facts they show, whatever a later default becomes.
 */
export function withExplicitFacts(view: ViewKey, query: string): string {
  if (!VIEW_PARAMS[view].includes("facts") || /[?&]facts=/.test(query)) return query;
  const parts = query.replace(/^\?/, "").split("&").filter(Boolean);
  parts.push(`facts=${factsParsers.facts.defaultValue}`);
  parts.sort((a, b) => (a.split("=")[0]! < b.split("=")[0]! ? -1 : a.split("=")[0]! > b.split("=")[0]! ? 1 : 0));
  return `?${parts.join("&")}`;
}

/** "dim=nonsense, from=2020-13-45" */
export function describeProblems(problems: readonly StateProblem[]): string {
  return problems.map((p) => `${p.param}=${p.value}`).join(", ");
}

function canonicalList<T>(list: readonly T[], all: readonly T[] | null): T[] {
  if (all) {
    const ordered = all.filter((v) => list.includes(v));
    return ordered.length === all.length ? [] : ordered;
  }
  return [...new Set(list)].sort((a, b) => Number(a) - Number(b));
}

/**
 * The canonical query string of a view's state: only the view's parameters,
 * defaults dropped, lists in a fixed order ("everything" collapsed to empty),
 * keys sorted, `v` included. Equal states give equal strings (short-link ids
 * hash it). Starts with "?".
 */
export function canonicalQuery(view: ViewKey, state: Partial<ViewState>): string {
  const full = { ...loadViewState(""), ...state };
  let { from, to } = full;
  if (from && to && from > to) [from, to] = [to, from];
  const picked: Partial<ViewState> = {};
  const normalised: Partial<ViewState> = {
    ...full,
    from,
    to,
    outlets: canonicalList(full.outlets, null),
    claimants: canonicalList(full.claimants, CLAIMANT_TYPES),
    referents: canonicalList(full.referents, REFERENTS),
    attacks: canonicalList(full.attacks, ATTACK_TYPES),
    hide: canonicalList(full.hide, SPAN_KINDS),
  };
  for (const key of VIEW_PARAMS[view]) (picked as Record<string, unknown>)[key] = normalised[key];
  const parts = serializeViewState(picked)
    .replace(/^\?/, "")
    .split("&")
    .filter(Boolean);
  parts.push(`v=${STATE_VERSION}`);
  parts.sort((a, b) => {
    const ka = a.split("=")[0]!;
    const kb = b.split("=")[0]!;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return `?${parts.join("&")}`;
}
