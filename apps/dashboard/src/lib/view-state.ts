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
import type { Filters } from "@framewatch/db/queries";

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

// ---------------------------------------------------------------------------
// parser groups
// ---------------------------------------------------------------------------

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

/** `/articles/[id]`: target sentence and hidden highlight kinds. */
export const readerParsers = {
  s: parseAsSentenceRange,
  hide: parseAsLiteralList(SPAN_KINDS).withDefault([]),
};

/** Every parameter any view knows (names are unique across groups or mean the same thing). */
export const viewStateParsers = {
  ...filterParsers,
  ...framingParsers,
  ...claimsParsers,
  ...attacksParsers,
  ...readerParsers,
};

export type FilterState = inferParserType<typeof filterParsers>;
export type FramingState = inferParserType<typeof framingParsers>;
export type ClaimsState = inferParserType<typeof claimsParsers>;
export type AttacksState = inferParserType<typeof attacksParsers>;
export type ReaderState = inferParserType<typeof readerParsers>;
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
};
export type ToggleName = keyof typeof toggleParsers;

/** Toggle one value in an "empty = everything" list; the full list collapses back to []. */
export function toggleInList<T>(list: readonly T[], all: readonly T[], value: T): T[] {
  const base = list.length === 0 ? [...all] : [...list];
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  const ordered = all.filter((v) => next.includes(v));
  return ordered.length === all.length ? [] : ordered;
}
