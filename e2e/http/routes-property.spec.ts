/**
 * Property-based HTTP test (issue 10): every page and API route of the
 * production dashboard, on the e2e database, under generated requests
 * (valid, boundary and hostile values of each parameter the route reads,
 * unknown parameters, odd path segments, methods, headers and bodies) never
 * answers 5xx and never hangs. Seeded and bounded: the same requests every
 * run, about a minute in all.
 *
 * Requests go through Node's own HTTP client, not a browser or Playwright's
 * request context: it sends any method and header as given and follows no
 * redirect, and it can pick its source address on the loopback network,
 * which keeps the short-link rate limit (per client address) from turning
 * every generated body into a 429 and from spending other specs' allowance.
 */
import http from "node:http";
import fc from "fast-check";
import { FILE_OUTCOMES } from "@framewatch/db/import-history";
import { CHARTS } from "../../apps/dashboard/src/lib/share/charts";
import {
  ARTICLE_SORTS,
  ATTACK_MEASURES,
  CLAIM_COLOR_BY,
  CLAIM_SCALES,
  FACT_MODES,
  FILTER_KEYS,
  FRAMING_DIMENSIONS,
  SOURCING_MODES,
  SPAN_KINDS,
  VIEW_PARAMS,
  type ViewKey,
} from "../../apps/dashboard/src/lib/view-state";
import { BASE_URL } from "../e2e-env";
import { addAccount, expect, test } from "../accounts/fixtures";
import { discoverDashboardRoutes } from "./dashboard-routes";
import { sendRaw, type RawRequest } from "./send-raw";

/** Same requests every run; a failure prints the seed and path fast-check needs to replay it. */
const SEED = 20261129;
/** Runs per route: ~30 routes x 50 requests (about two minutes here), each on a fresh connection. */
const RUNS = 50;
/** "Never a hang": a complete answer within this, on a shared two-core machine. */
const TIMEOUT_MS = 20_000;

/** What the database holds, so generated values include real ones (valid ids, outlets, categories, cursors). */
interface Known {
  outletIds: number[];
  articleIds: number[];
  claimIds: number[];
  /** Finished import runs of the history (the e2e database's start-up import at least): their progress stream answers the summary and ends. */
  runIds: number[];
  shortLinkIds: string[];
  claimants: string[];
  referents: string[];
  attackTypes: string[];
  categories: string[];
  cursors: string[];
  words: string[];
  /** Whether this machine routes all of 127.0.0.0/8 to loopback (Linux does; macOS only 127.0.0.1). */
  loopbackRange: boolean;
  /** Session cookies of a signed-in viewer and admin (writes need one; the generators send them, or none, or a forged one). */
  viewerCookie: string;
  adminCookie: string;
  /** A throwaway viewer account the admin API may change or remove. */
  targetId: string;
}

// ---------------------------------------------------------------------------
// values
// ---------------------------------------------------------------------------

/** Values that broke or could break a parser somewhere: numbers at and past every bound, encodings, injections. */
const HOSTILE = [
  "",
  " ",
  "0",
  "-1",
  "1",
  "01",
  "+1",
  "1.5",
  "1e3",
  "0x10",
  "NaN",
  "Infinity",
  "-0",
  "200",
  "201",
  "2000",
  "2001",
  "999999999",
  "1000000000",
  "2147483648",
  "9007199254740993",
  "99999999999999999999999999",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
  '{"a":1}',
  "__proto__",
  "constructor",
  "toString",
  ",",
  ",,,",
  "1,,2",
  "1,1,1",
  "a,b",
  "2017-02-30",
  "2017-13-01",
  "2017-1-1",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "+275760-09-13",
  "2017-01-01T00:00:00Z",
  "5-3",
  "3-3",
  "0-999999999",
  "999999999-1000000000",
  "claim::1",
  "attack:1:",
  "naming:1:x",
  "frame:99999999999:x",
  "x:y:z",
  ":::",
  "' OR '1'='1",
  "1; DROP TABLE \"Article\"; --",
  "\\",
  "%",
  "%%",
  "%00",
  "%ZZ",
  "%C0%AF",
  "%E0%A4%A",
  "%F0%9F%98",
  "\u0000",
  "\u0007\u001b[31m",
  "\r\nSet-Cookie: a=b",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "../../../../etc/passwd",
  "..%2f..%2f",
  "ü",
  "😀",
  "\u202e\u0645",
  "\ud800",
  "a".repeat(201),
  "A".repeat(501),
  "9".repeat(5000),
  ",".repeat(3000),
  "1,".repeat(2000),
];

/** Anything at all, as text: fast-check's full-unicode and binary strings, plus the list above. */
const anyText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }).map(String) },
);

const isoDay = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const listOf = (values: readonly string[]) => fc.subarray([...values]).map((l) => l.join(","));

/** A value the parameter can legitimately take (real ids and categories from the database). */
function validValue(param: string, known: Known): fc.Arbitrary<string> {
  const ids = (list: number[]) => (list.length ? fc.subarray(list.map(String), { minLength: 1 }).map((l) => l.join(",")) : fc.constant("1"));
  const cursor = known.cursors.length ? fc.constantFrom(...known.cursors) : fc.base64String({ maxLength: 40 });
  switch (param) {
    case "outlets":
      return ids(known.outletIds);
    case "from":
    case "to":
      return isoDay;
    case "claimants":
      return listOf(known.claimants);
    case "referents":
      return listOf(known.referents);
    case "attacks":
      return listOf(known.attackTypes);
    case "dim":
      return fc.constantFrom(...FRAMING_DIMENSIONS);
    case "sourcing":
      return fc.constantFrom(...SOURCING_MODES);
    case "scale":
      return fc.constantFrom(...CLAIM_SCALES);
    case "color":
      return fc.constantFrom(...CLAIM_COLOR_BY);
    case "measure":
      return fc.constantFrom(...ATTACK_MEASURES);
    case "facts":
      return fc.constantFrom(...FACT_MODES);
    case "sort":
      return fc.constantFrom(...ARTICLE_SORTS);
    case "hide":
      return listOf(SPAN_KINDS);
    case "sel":
      return fc.oneof(
        fc
          .tuple(fc.constantFrom("naming", "actor", "sourcing", "threat", "frame", "loaded", "attack"), fc.constantFrom(...known.outletIds, 0), fc.constantFrom(...known.categories, ""))
          .map(([kind, outlet, category]) => `${kind}:${outlet}:${category}`),
        fc.constantFrom(...known.claimIds, 1, -1).map((id) => `claim::${id}`),
      );
    case "q":
      return known.words.length ? fc.subarray(known.words, { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")) : fc.constant("isis");
    case "s":
      return fc.tuple(fc.nat(20_000), fc.integer({ min: 1, max: 500 })).map(([start, len]) => `${start}-${start + len}`);
    case "cursor":
    case "detached":
    case "claimsCursor":
    case "attacksCursor":
    case "signalsCursor":
      return cursor;
    case "limit":
      return fc.integer({ min: 1, max: 200 }).map(String);
    case "before":
      return fc.integer({ min: 1, max: 100_000 }).map(String);
    case "v":
      return fc.constant("1");
    case "format":
      return fc.constantFrom("svg", "png");
    case "outcome":
      return fc.constantFrom(...FILE_OUTCOMES);
    case "page":
      return fc.integer({ min: 1, max: 5 }).map(String);
    case "merge":
    case "into":
      return known.outletIds.length ? fc.constantFrom(...known.outletIds.map(String)) : fc.constant("1");
    case "merged":
      return fc.constant("1");
    case "kind":
      return fc.constantFrom("claim", "attack");
    default:
      return anyText;
  }
}

/** Unknown parameter names, tracking parameters pages ignore, and names that are special somewhere. */
const unknownParam = fc.constantFrom("utm_source", "fbclid", "foo", "__proto__", "constructor", "a[b]", "outlets[]", "_rsc", "__nextDataReq", "nxtPchart", "x".repeat(300), "", "%", "😀");

/**
 * A query for a route reading `params`: each parameter absent, valid or
 * hostile, sometimes repeated, plus unknown ones. Keys and values are
 * percent-encoded, except a few raw values that are themselves encodings.
 */
function queryFor(params: readonly string[], known: Known, clean = false): fc.Arbitrary<string> {
  if (clean) {
    // Only absent or valid values: what the dashboard's own links send, so the route's real answers are reached too.
    const own = params.map((p) => fc.option(validValue(p, known).map((v): [string, string] => [p, v]), { nil: null }));
    return fc.tuple(...own).map((pairs) => {
      const text = pairs
        .filter((x): x is [string, string] => x !== null)
        .map(([k, v]) => `${encode(k)}=${encode(v)}`)
        .join("&");
      return text ? `?${text}` : "";
    });
  }
  const pairs = params.map((p) =>
    fc.oneof(
      { weight: 2, arbitrary: fc.constant<[string, string][]>([]) },
      { weight: 3, arbitrary: validValue(p, known).map((v): [string, string][] => [[p, v]]) },
      { weight: 2, arbitrary: anyText.map((v): [string, string][] => [[p, v]]) },
      { weight: 1, arbitrary: fc.tuple(validValue(p, known), anyText).map(([a, b]): [string, string][] => [[p, a], [p, b]]) },
    ),
  );
  const extra = fc.array(fc.tuple(unknownParam, anyText), { maxLength: 2 });
  const rawTail = fc.constantFrom("", "", "", "&", "&&=", "&=x", "&%", "&a=%ZZ", "&outlets=%E0%A4%A", "#frag");
  return fc.tuple(fc.tuple(...pairs), extra, rawTail, fc.boolean()).map(([own, more, tail, shuffle]) => {
    const all = [...own.flat(), ...more];
    if (shuffle) all.reverse();
    const text = all.map(([k, v]) => `${encode(k)}=${encode(v)}`).join("&") + tail;
    return text ? `?${text}` : "";
  });
}

/** A path segment: a real value, or one that is not (huge, negative, non-numeric, unicode, encodings, traversal). */
function segment(valid: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...valid).map(encode) },
    { weight: 2, arbitrary: anyText.filter((s) => s !== "").map(encode) },
    { weight: 1, arbitrary: fc.constantFrom("%", "%ZZ", "%2F", "%2e%2e", "..", ".", "%00", "%E0%A4%A", "%C0%AF", "a%2Fb", "1%0A", "-1", "1e400", "0x1F", encode("١٢٣"), encode("𝟙𝟚𝟛")) },
  );
}

// ---------------------------------------------------------------------------
// requests
// ---------------------------------------------------------------------------

/**
 * Headers a browser, a proxy or an attacker might send, including the ones
 * Next.js itself reads (RSC, router state, prefetch, the middleware
 * sub-request header of CVE-2025-29927, server-action ids).
 */
const headerValue = fc.oneof(
  fc.constantFrom("", "1", "0", "null", "[]", "{}", '["",{}]', "%", "../", "evil.example", "http://evil.example", "a".repeat(4000), "gzip, deflate, br", "*/*", "text/x-component", "bytes=0-0,-1,5-1", "middleware:middleware:middleware:middleware:middleware", "proxy:proxy:proxy:proxy:proxy", "src/proxy", "\u00ff\u00fe"),
  // Node sends only visible ASCII and Latin-1 in header values; anything else is not a header at all.
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 60 }).filter((s) => s.trim() === s),
);
const HEADER_NAMES = [
  "host",
  "x-forwarded-host",
  "x-forwarded-for",
  "x-forwarded-proto",
  "x-real-ip",
  "origin",
  "referer",
  "sec-fetch-site",
  "cookie",
  "accept",
  "accept-encoding",
  "accept-language",
  "range",
  "if-none-match",
  "if-modified-since",
  "content-type",
  "user-agent",
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-url",
  "next-action",
  "x-middleware-subrequest",
  "x-nextjs-data",
  "x-invoke-path",
  "x-now-route-matches",
  "purpose",
  "x-http-method-override",
];
const headersArb = fc.dictionary(fc.constantFrom(...HEADER_NAMES), headerValue, { maxKeys: 4 }).map((headers) =>
  // Only what Node's client can put on the wire (it refuses some values outright, e.g. an empty Host).
  Object.fromEntries(Object.entries(headers).filter(([name, value]) => sendable(name, value))),
);
function sendable(name: string, value: string): boolean {
  try {
    http.validateHeaderValue(name, value);
    return !(name === "host" && value === "");
  } catch {
    return false;
  }
}

const METHODS = ["GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "TRACK", "PROPFIND", "FOO"];
const anyBody = fc.option(
  fc.oneof(
    fc.constantFrom("", "null", "{}", "[]", '"x"', "1", "{", '{"path":"/claims"}', "a=b&c=d"),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? "null"),
    fc.string({ unit: "binary", maxLength: 200 }),
  ),
  { nil: undefined },
);

/** The short-link API's bodies: valid views and states, wrong shapes, wrong types, deep nesting, too large. */
function shortLinkBody(known: Known): fc.Arbitrary<string> {
  const path = fc.constantFrom("/", "/claims", "/framing", "/attacks", "/articles/1", "/embed/claims", "/s/abc", "//evil.example", "https://evil.example/claims", "/claims/../framing", "", "claims", "/%2e%2e/");
  const view = fc.constantFrom<ViewKey>("overview", "framing", "claims", "attacks");
  const state = view.chain((v) => queryFor(VIEW_PARAMS[v], known));
  return fc.oneof(
    { weight: 4, arbitrary: fc.tuple(path, state).map(([p, q]) => JSON.stringify({ path: p, query: q })) },
    { weight: 2, arbitrary: fc.tuple(path, state).map(([p, q]) => JSON.stringify({ url: `${p}${q}` })) },
    { weight: 1, arbitrary: fc.record({ path: fc.jsonValue({ maxDepth: 2 }), query: fc.jsonValue({ maxDepth: 2 }) }).map((r) => JSON.stringify(r)) },
    { weight: 1, arbitrary: fc.constantFrom("null", "[]", "{}", '""', "0", "true", "{", '{"path":', '{"__proto__":{"path":"/claims"}}', "[".repeat(5000) + "]".repeat(5000)) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20_000 }).map((n) => JSON.stringify({ path: "/claims", query: `?q=${"x".repeat(n)}` })) },
  );
}

interface RouteSpec {
  /** The requests to send to the route, drawn with values from what the database holds. */
  request: (known: Known) => fc.Arbitrary<RawRequest>;
  /**
   * Why every request is refused (a write that needs a signed-in account, which these requests do not carry): the
   * route is held to "never a 5xx", to a 401 among its answers and to no success, instead of to reaching a 2xx.
   */
  refusedWithout?: string;
}

/** Outlet names and ids, valid and not: what the admin's outlet forms send and what they must refuse. */
function outletBody(known: Known, kind: "rename" | "merge"): fc.Arbitrary<string> {
  const id = fc.oneof(fc.constantFrom(...known.outletIds, 1), fc.integer({ min: -5, max: 2 ** 32 }), fc.double(), fc.constantFrom(null, "1", true, [], {}));
  const valid =
    kind === "rename"
      ? fc.oneof(fc.constantFrom("Al Jazeera", "The Tigris Ledger", "", " ", "a\nb", "x".repeat(300)), anyText).map((name) => JSON.stringify({ name }))
      : fc.tuple(id, id, fc.oneof(fc.nat(50), id)).map(([from, into, confirm]) => JSON.stringify({ from, into, confirm }));
  return fc.oneof(
    { weight: 4, arbitrary: valid },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "null", "[]", '{"__proto__":{"name":"x"}}', "[".repeat(5000) + "]".repeat(5000), JSON.stringify({ name: "x".repeat(10_000) })) },
  );
}

const OUTLETS_NEED_ADMIN = "renaming and merging outlets need an admin's session; these requests carry none";

/** Requests without a session to a write route (POST, JSON), as its page sends them and otherwise: all refused. */
function signedOutWriteRoute(refusedWithout: string, path: (known: Known) => fc.Arbitrary<string>, body: (known: Known) => fc.Arbitrary<string>): RouteSpec {
  return {
    refusedWithout,
    request: (known) =>
      fc
        .tuple(
          path(known),
          fc.constantFrom("POST", "POST", "POST", "POST", "GET", "PUT", "DELETE", "OPTIONS"),
          body(known),
          fc.constantFrom("application/json", "application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", ""),
          fc.constantFrom<string | null>(BASE_URL, BASE_URL, null, "null", "http://evil.example"),
          headersArb,
        )
        .map(([target, method, body, contentType, origin, headers]): RawRequest => ({
          method,
          target,
          headers: { ...headers, "content-type": contentType, ...(origin ? { origin } : {}) },
          body: method === "GET" ? undefined : Buffer.from(body),
        })),
  };
}

/**
 * Requests to a read-only route: half what the dashboard's own links send
 * (GET, valid or absent parameters), half anything (hostile values, unknown
 * parameters, other methods, headers and bodies).
 */
function readRoute(params: readonly string[], path: (known: Known) => fc.Arbitrary<string>): RouteSpec {
  return {
    request: (known) =>
      fc.oneof(
        fc.tuple(path(known), queryFor(params, known, true)).map(([p, q]): RawRequest => ({ method: "GET", target: `${p}${q}`, headers: {} })),
        fc
          .tuple(path(known), queryFor(params, known), fc.constantFrom(...METHODS), headersArb, anyBody)
          .map(([p, q, method, headers, body]): RawRequest => ({
            method,
            target: `${p}${q}`,
            headers,
            body: body === undefined || method === "GET" || method === "HEAD" ? undefined : Buffer.from(body, "latin1"),
          })),
      ),
  };
}

const fixed = (p: string) => () => fc.constant(p);

/** Percent-encodes the UTF-8 bytes of any string (a lone surrogate included, which encodeURIComponent refuses). */
function encode(text: string): string {
  let out = "";
  for (const byte of Buffer.from(text, "utf8")) {
    const ch = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
const VIEW_OF_CHART = (chart: string): ViewKey => ((FRAMING_DIMENSIONS as readonly string[]).includes(chart) ? "framing" : (chart as ViewKey));
/** Chart routes: the chart in the path, and the parameters of its view (plus the API's limit/cursor, and og's format). */
function chartRoute(prefix: string, extra: readonly string[], sel: "none" | "mark"): RouteSpec {
  const viewParams = (chart: string) => {
    const view = VIEW_OF_CHART(chart);
    return Object.hasOwn(VIEW_PARAMS, view) ? VIEW_PARAMS[view] : VIEW_PARAMS.claims;
  };
  return {
    request: (known) =>
      fc.oneof(
        // A real chart with valid parameters (and, for evidence lists, a mark id of the chart's own kind).
        fc.constantFrom(...CHARTS).chain((chart) =>
          fc
            .tuple(
              queryFor([...viewParams(chart), ...extra].filter((p) => p !== "sel" && p !== "cursor"), known, true),
              sel === "mark"
                ? fc.tuple(fc.constantFrom(...known.outletIds), fc.constantFrom(...known.categories, ...known.attackTypes)).map(([o, c]) => `sel=${encode(`${MARK_KIND[chart]}:${o}:${c}`)}`)
                : fc.constant(""),
            )
            .map(([q, mark]): RawRequest => ({ method: "GET", target: `${prefix}/${chart}${q}${mark ? `${q ? "&" : "?"}${mark}` : ""}`, headers: {} })),
        ),
        // Anything: odd chart names, every parameter of the view valid or not, other methods and headers.
        segment(CHARTS).chain((chart) => readRoute([...viewParams(safeDecode(chart)), ...extra], fixed(`${prefix}/${chart}`)).request(known)),
      ),
  };
}
/** The kind of mark ids each chart's evidence list takes (sel=<kind>:<outlet id>:<category>). */
const MARK_KIND: Record<string, string> = { naming: "naming", actors: "actor", sourcing: "sourcing", threat: "threat", frames: "frame", loaded: "loaded", attacks: "attack", claims: "claim" };
function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * A client address for a short-link request: one of ~250 on the loopback
 * network, so the rate limit (a burst of 20 per address, tested on its own
 * elsewhere) lets the bodies through to validation. Without that range, the
 * default address, and the limit answers 429 (still never a 5xx).
 */
function clientAddress(known: Known, n: number): string | undefined {
  return known.loopbackRange ? `127.0.${Math.floor(n / 50) + 1}.${n}` : undefined;
}

const LIST = ["limit", "cursor", "v"];

const FORGED_COOKIES = ["", "better-auth.session_token=forged.signature", "better-auth.session_token=%ZZ"];
/** A session cookie: a real one (viewer or admin), none, or a forged one. */
const cookieArb = (known: Known) => fc.constantFrom(known.viewerCookie, known.adminCookie, known.adminCookie, ...FORGED_COOKIES);

/**
 * Requests to a write route: what the dashboard's own pages send (JSON, same origin, a real session) with bodies
 * drawn from `body`, and anything (other methods, content types, origins, cookies, hostile bodies).
 */
function writeRoute(
  methods: readonly string[],
  path: (known: Known) => fc.Arbitrary<string>,
  body: (known: Known) => fc.Arbitrary<string>,
  /** "none": never a real session (Better Auth's sign-out would end the sessions the other routes use). */
  sessions: "real" | "none" = "real",
): RouteSpec {
  const cookies = (known: Known) => (sessions === "real" ? cookieArb(known) : fc.constantFrom(...FORGED_COOKIES));
  return {
    request: (known) =>
      fc.oneof(
        fc.tuple(fc.constantFrom(...methods), path(known), body(known), fc.integer({ min: 2, max: 250 })).map(
          ([method, target, b, host]): RawRequest => ({
            method,
            target,
            headers: { "content-type": "application/json", origin: BASE_URL, ...(sessions === "real" ? { cookie: known.adminCookie } : {}) },
            body: method === "GET" || method === "HEAD" ? undefined : Buffer.from(b),
            localAddress: clientAddress(known, host),
          }),
        ),
        fc
          .tuple(
            fc.constantFrom(...methods, ...METHODS),
            path(known),
            fc.oneof(body(known), anyBody.map((b) => b ?? "")),
            fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", ""),
            fc.constantFrom<string | null>(BASE_URL, BASE_URL, null, "null", "http://evil.example"),
            cookies(known),
            headersArb,
            fc.integer({ min: 2, max: 250 }),
          )
          .map(([method, target, b, contentType, origin, cookie, headers, host]): RawRequest => ({
            method,
            target,
            headers: { ...headers, "content-type": contentType, ...(origin ? { origin } : {}), ...(cookie ? { cookie } : {}) },
            body: method === "GET" || method === "HEAD" ? undefined : Buffer.from(b, "latin1"),
            localAddress: clientAddress(known, host),
          })),
      ),
  };
}

/** Bodies for the account API: real-looking accounts (with the property run's own addresses, removed afterwards) and near misses. */
const accountBody = () =>
  fc.oneof(
    fc
      .tuple(fc.nat(1_000_000), fc.constantFrom("viewer", "editor", "admin", "owner", "", "ADMIN"), fc.option(anyText, { nil: undefined }))
      .map(([n, role, name]) => JSON.stringify({ email: `${PROPERTY_ACCOUNT_PREFIX}${n}@example.org`, role, name })),
    fc.tuple(anyText, anyText).map(([email, role]) => JSON.stringify({ email, role })),
    fc.constantFrom("{}", "[]", "null", "{", '{"role": 5}'),
  );
const roleBody = () => fc.oneof(fc.constantFrom(JSON.stringify({ role: "viewer" })), anyText.map((role) => JSON.stringify({ role })), fc.constantFrom("{}", "[]", "{"));
/** Accounts the generators may create; deleted after the run. */
const PROPERTY_ACCOUNT_PREFIX = "e2e-property-";
/**
 * A multipart/form-data body as a browser's FormData encodes it (names with `"`, CR and LF percent-encoded, as the
 * HTML standard says), and its Content-Type with the boundary. Written out by hand: fast-check draws synchronously.
 */
function multipart(parts: { files: { name: string; text: string }[]; options?: string; urls?: string }): { body: Buffer; type: string } {
  const boundary = "----FramewatchPropertyBoundary7MA4YWxkTrZu0gW";
  const escape = (v: string) => v.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  const chunks: string[] = [];
  for (const f of parts.files) {
    chunks.push(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${escape(f.name)}"\r\nContent-Type: application/octet-stream\r\n\r\n${f.text}\r\n`);
  }
  for (const [field, value] of [["options", parts.options], ["urls", parts.urls]] as const) {
    if (value !== undefined) chunks.push(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"\r\n\r\n${value}\r\n`);
  }
  chunks.push(`--${boundary}--\r\n`);
  return { body: Buffer.from(chunks.join(""), "utf8"), type: `multipart/form-data; boundary=${boundary}` };
}

/** Upload requests: real multipart forms (good and bad files, options, URLs incl. private ones), other methods, non-multipart bodies. */
function uploadRequest(): fc.Arbitrary<RawRequest> {
  const name = fc.constantFrom("feed.csv", "news.jsonl", "a.json", "a.tsv", "export.txt", "page.html", "a.zip", "../../etc/passwd", "..", "", "pasted URLs", "ü😀.csv", "a\\b.csv", 'quo"te.csv');
  const text = fc.oneof(fc.constantFrom("text,outlet\nBody,Rudaw\n", '{"maintext":"Body","outlet":"Rudaw"}\n{bad', "[]", "PK\u0003\u0004", ""), anyText);
  const options = fc.option(fc.oneof(fc.constantFrom('[{"format":"csv","map":{"text":"text"}}]', '[{"format":"exe"}]', '[{"map":{"colour":"x"}}]', "[null,null,null]", "{", "null", '"x"'), anyText), { nil: undefined });
  const urls = fc.option(fc.constantFrom("http://127.0.0.1:1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "file:///etc/passwd", "not a url", "# comment"), { nil: undefined });
  return fc.oneof(
    fc
      .tuple(fc.array(fc.tuple(name, text), { maxLength: 3 }), options, urls, fc.constantFrom<string | null>(BASE_URL, null, "http://evil.example"), fc.constantFrom("", "", "?x=1", "/"), headersArb)
      .map(([files, o, u, origin, tail, headers]): RawRequest => {
        const { body, type } = multipart({ files: files.map(([n, t]) => ({ name: n, text: t })), options: o, urls: u });
        return { method: "POST", target: `/api/imports/upload${tail}`, headers: { ...headers, "content-type": type, ...(origin ? { origin } : {}) }, body };
      }),
    fc
      .tuple(fc.constantFrom("POST", "POST", "GET", "PUT", "OPTIONS"), anyBody, fc.constantFrom("multipart/form-data", "multipart/form-data; boundary=x", "application/json", "text/plain", ""), headersArb)
      .map(([method, body, contentType, headers]): RawRequest => ({
        method,
        target: "/api/imports/upload",
        headers: { ...headers, "content-type": contentType },
        body: body === undefined ? undefined : Buffer.from(body, "latin1"),
      })),
  );
}

/** Every route the dashboard has, and how to generate requests for it. The first test checks this covers them all. */
/** Review decisions as the reader sends them (every action and kind, real fact ids) and otherwise. */
function reviewBody(known: Known): fc.Arbitrary<string> {
  const id = fc.oneof(fc.constantFrom(...known.claimIds, 1), fc.integer({ min: -5, max: 2 ** 32 }), fc.constantFrom(null, "1", true, [], {}));
  const decision = fc.record(
    {
      articleId: fc.oneof(fc.constantFrom(...known.articleIds, 1), fc.integer({ min: -5, max: 2 ** 32 })),
      kind: fc.constantFrom("claim", "attack", "signal", ""),
      action: fc.constantFrom("accept", "reject", "correct", "add", "delete"),
      factId: id,
      addedId: id,
      basedOn: fc.oneof(fc.constant(null), id),
      reason: fc.constantFrom("not-militants", "not-a-claim", "duplicate", "wrong-article", "other", "meh", null),
      fields: fc.oneof(
        fc.record({ claimantType: fc.constantFrom("un", "analyst", "aliens"), low: fc.oneof(fc.nat(10_000), fc.double()), high: fc.constantFrom(null, 5, -1) }, { requiredKeys: [] }),
        fc.record({ type: fc.constantFrom("kidnapping", "piracy") }),
        fc.jsonValue({ maxDepth: 2 }),
      ),
      anchor: fc.record({ sentenceStart: fc.nat(5000), sentenceEnd: fc.nat(5000), anchorStart: fc.nat(5000), anchorEnd: fc.nat(5000) }),
      note: anyText,
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 4, arbitrary: decision.map((d) => JSON.stringify(d)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.constantFrom("", "{", "null", "[]", '{"__proto__":{"basedOn":null}}', "[".repeat(5000) + "]".repeat(5000), JSON.stringify({ note: "x".repeat(10_000) })) },
  );
}

const ROUTES: Record<string, RouteSpec> = {
  "/": readRoute(VIEW_PARAMS.overview, fixed("/")),
  "/framing": readRoute(VIEW_PARAMS.framing, fixed("/framing")),
  "/claims": readRoute(VIEW_PARAMS.claims, fixed("/claims")),
  "/attacks": readRoute(VIEW_PARAMS.attacks, fixed("/attacks")),
  "/articles/[id]": readRoute(VIEW_PARAMS.article, (k) => segment(k.articleIds.map(String)).map((id) => `/articles/${id}`)),
  "/s/[id]": readRoute([], (k) => segment(k.shortLinkIds).map((id) => `/s/${id}`)),
  "/embed/[chart]": chartRoute("/embed", [], "none"),
  "/api/articles": readRoute([...VIEW_PARAMS.overview, ...LIST], fixed("/api/articles")),
  // `facts` (the fact mode) on claims and attacks; signals have none and refuse it.
  "/api/articles/[id]/[facts]": readRoute([...LIST, "facts"], (k) =>
    fc.tuple(segment(k.articleIds.map(String)), segment(["claims", "attacks", "signals"])).map(([id, facts]) => `/api/articles/${id}/${facts}`),
  ),
  "/api/articles/[id]/review": readRoute([], (k) => segment(k.articleIds.map(String)).map((id) => `/api/articles/${id}/review`)),
  "/api/articles/[id]/history": readRoute(["limit", "before"], (k) => segment(k.articleIds.map(String)).map((id) => `/api/articles/${id}/history`)),
  // Recording a review decision needs an editor's session, which these requests never carry: every one is refused.
  "/api/reviews": signedOutWriteRoute(
    "review decisions need an editor's session; these requests carry none (a real one would change what other specs see)",
    () => fc.constantFrom("/api/reviews", "/api/reviews/", "/api/reviews?x=1"),
    reviewBody,
  ),
  "/api/claims": readRoute([...FILTER_KEYS, "facts", ...LIST], fixed("/api/claims")),
  "/api/claims/[id]": readRoute([], (k) => segment(k.claimIds.map(String)).map((id) => `/api/claims/${id}`)),
  "/api/charts/[chart]": chartRoute("/api/charts", LIST, "none"),
  "/api/evidence/[chart]": chartRoute("/api/evidence", LIST, "mark"),
  "/api/og/[chart]": chartRoute("/api/og", ["format"], "none"),
  "/sign-in": readRoute(["next"], fixed("/sign-in")),
  "/account": readRoute(["next"], fixed("/account")),
  "/admin/users": readRoute([], fixed("/admin/users")),
  // Better Auth: the session (200, null when signed out), sign-in and sign-out, change-password, and unknown paths.
  "/api/auth/[...all]": writeRoute(
    ["GET", "POST"],
    () => fc.constantFrom("/api/auth/get-session", "/api/auth/get-session", "/api/auth/sign-in/email", "/api/auth/sign-out", "/api/auth/change-password", "/api/auth/sign-up/email", "/api/auth/nothing", "/api/auth/%ZZ"),
    () => fc.oneof(fc.tuple(anyText, anyText).map(([email, password]) => JSON.stringify({ email, password })), fc.tuple(anyText, anyText).map(([currentPassword, newPassword]) => JSON.stringify({ currentPassword, newPassword })), anyText),
    "none",
  ),
  "/api/admin/users": writeRoute(["GET", "POST"], () => fc.constantFrom("/api/admin/users", "/api/admin/users/"), accountBody),
  // A throwaway account of its own: the generated DELETEs may remove it.
  "/api/admin/users/[id]": writeRoute(["PATCH"], (k) => segment([k.targetId]).map((id) => `/api/admin/users/${id}`), roleBody),
  "/imports/new": readRoute([], fixed("/imports/new")),
  "/api/imports/[id]/events": readRoute([], (k) => segment(k.runIds.map(String)).map((id) => `/api/imports/${id}/events`)),
  "/api/imports/upload": {
    request: () => uploadRequest(),
    refusedWithout: "uploads need an editor's session; these requests carry none (a real upload would add articles other specs count)",
  },
  "/imports": readRoute(["cursor"], fixed("/imports")),
  "/imports/[id]": readRoute(["outcome", "cursor"], (k) => segment(k.runIds.map(String)).map((id) => `/imports/${id}`)),
  "/api/imports": readRoute(LIST, fixed("/api/imports")),
  "/quality": readRoute([], fixed("/quality")),
  "/api/quality": readRoute([], fixed("/api/quality")),
  "/review": readRoute(["kind", "outlets", "from", "to", "claimants", "attacks", "cursor", "detached"], fixed("/review")),
  "/api/review/queue": readRoute(["kind", "outlets", "from", "to", "claimants", "attacks", ...LIST], fixed("/api/review/queue")),
  "/api/review/detached": readRoute(LIST, fixed("/api/review/detached")),
  "/api/imports/[id]": readRoute(["outcome", ...LIST], (k) => segment(k.runIds.map(String)).map((id) => `/api/imports/${id}`)),
  // Reading what a deletion removes is open; the POST needs an admin's session, which these requests never have:
  // every one must be refused (401, 403, 4xx for a bad body), never a 5xx, and nothing is ever deleted.
  "/api/imports/[id]/deletion": {
    request: (known) =>
      fc.oneof(
        readRoute([], (k) => segment(k.runIds.map(String)).map((id) => `/api/imports/${id}/deletion`)).request(known),
        fc
          .tuple(
            segment(known.runIds.map(String)),
            fc.oneof(
              fc.nat(1_000_000).map((n) => JSON.stringify({ confirm: n })),
              fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify({ confirm: v })),
              fc.constantFrom("", "{", "null", "[]", '{"confirm":1e400}', '{"confirm":-1}', "x".repeat(5000)),
            ),
            fc.constantFrom("application/json", "text/plain", ""),
            fc.constantFrom<string | null>(BASE_URL, null, "http://evil.example", "null"),
            headersArb,
          )
          .map(([id, body, contentType, origin, headers]): RawRequest => ({
            method: "POST",
            target: `/api/imports/${id}/deletion`,
            headers: { ...headers, "content-type": contentType, ...(origin ? { origin } : {}) },
            body: Buffer.from(body),
          })),
      ),
  },
  "/admin/outlets": readRoute(["q", "page", "merge", "into", "merged"], fixed("/admin/outlets")),
  "/api/outlets/[id]": signedOutWriteRoute(OUTLETS_NEED_ADMIN, (k) => segment(k.outletIds.map(String)).map((id) => `/api/outlets/${id}`), (k) => outletBody(k, "rename")),
  "/api/outlets/merge": signedOutWriteRoute(
    OUTLETS_NEED_ADMIN,
    () => fc.constantFrom("/api/outlets/merge", "/api/outlets/merge/", "/api/outlets/merge?x=1"),
    (k) => outletBody(k, "merge"),
  ),
  "/api/short-links": {
    request: (known) =>
      fc.oneof(
        // What the share button sends: a view and its state, JSON, same origin.
        fc
          .tuple(fc.constantFrom<[string, ViewKey]>(["/", "overview"], ["/framing", "framing"], ["/claims", "claims"], ["/attacks", "attacks"]), fc.integer({ min: 2, max: 250 }))
          .chain(([[path, view], host]) =>
            queryFor(VIEW_PARAMS[view], known, true).map(
              (query): RawRequest => ({
                method: "POST",
                target: "/api/short-links",
                headers: { "content-type": "application/json", origin: BASE_URL, cookie: known.viewerCookie },
                body: Buffer.from(JSON.stringify({ path, query })),
                localAddress: clientAddress(known, host),
              }),
            ),
          ),
        fc
          .tuple(
            fc.constantFrom("POST", "POST", "POST", "POST", "POST", "GET", "PUT", "OPTIONS", "TRACE"),
            fc.constantFrom("", "", "", "?x=1", "/", "?%ZZ"),
            shortLinkBody(known),
            fc.constantFrom("application/json", "application/json", "application/json; charset=utf-8", "APPLICATION/JSON", "text/plain", "application/x-www-form-urlencoded", "", "application/json; charset=latin1"),
            fc.constantFrom<string | null>(BASE_URL, BASE_URL, null, "null", "http://evil.example", "http://127.0.0.1:1", "%"),
            headersArb,
            fc.integer({ min: 2, max: 250 }),
            cookieArb(known),
          )
          .map(([method, tail, body, contentType, origin, headers, host, cookie]) => ({
            method,
            target: `/api/short-links${tail}`,
            headers: { ...headers, "content-type": contentType, ...(origin ? { origin } : {}), ...(cookie ? { cookie } : {}) },
            body: Buffer.from(body),
            localAddress: clientAddress(known, host),
          })),
      ),
  },
};

// ---------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------

test.describe("every route under generated requests: never a 5xx, never a hang", () => {
  // ~18 properties of RUNS requests, plus shrinking if one fails.
  test.describe.configure({ timeout: 300_000 });
  let known: Known;
  let linksBefore = new Set<string>();

  test.beforeAll(async ({ prisma, browser, signIn }) => {
    // Sessions for the write routes, as the accounts fixture makes them (corpus user add, own password).
    const sessionOf = async (role: "viewer" | "admin") => {
      const context = await browser.newContext({ baseURL: BASE_URL });
      const page = await context.newPage();
      const account = await signIn(page, role);
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      await context.close();
      return { account, cookie };
    };
    const viewer = await sessionOf("viewer");
    const admin = await sessionOf("admin");
    const target = addAccount("viewer", "property-target");
    const distinct = async (rows: Promise<Record<string, unknown>[]>, key: string) => [...new Set((await rows).map((r) => String(r[key])))].filter(Boolean);
    linksBefore = new Set((await prisma.shortLink.findMany({ select: { id: true } })).map((l) => l.id));
    const articles = await prisma.article.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" }, take: 20 });
    // A real link and real cursors, as the API hands them out.
    const link = await sendRawJson("POST", "/api/short-links", { path: "/claims", query: "?scale=linear" }, viewer.cookie);
    const cursors: string[] = [];
    // Finished runs: a progress stream of a finished run answers its summary and ends.
    const runIds = (await prisma.importRun.findMany({ where: { finishedAt: { not: null } }, select: { id: true }, orderBy: { id: "desc" }, take: 20 })).map((r) => r.id);
    for (const target of ["/api/articles?limit=1", "/api/claims?limit=1", `/api/articles/${articles[0]?.id ?? 1}/signals?limit=1`, "/api/imports?limit=1", `/api/imports/${runIds[0] ?? 1}?limit=1`]) {
      const page = (await sendRawJson("GET", target)) as { next?: string | null } | null;
      if (page?.next) cursors.push(page.next);
    }
    known = {
      outletIds: (await prisma.outlet.findMany({ select: { id: true } })).map((o) => o.id),
      articleIds: articles.map((a) => a.id),
      runIds: runIds.length ? runIds : [1],
      claimIds: (await prisma.fighterClaim.findMany({ select: { id: true }, take: 20 })).map((c) => c.id),
      shortLinkIds: [(link as { id?: string } | null)?.id ?? "0000000000"],
      claimants: await distinct(prisma.fighterClaim.findMany({ select: { claimantType: true }, distinct: ["claimantType"] }), "claimantType"),
      referents: await distinct(prisma.fighterClaim.findMany({ select: { refersTo: true }, distinct: ["refersTo"] }), "refersTo"),
      attackTypes: await distinct(prisma.attackMention.findMany({ select: { type: true }, distinct: ["type"] }), "type"),
      categories: await distinct(prisma.framingSignal.findMany({ select: { category: true }, distinct: ["category"], take: 30 }), "category"),
      cursors,
      words: articles.flatMap((a) => (a.title ?? "").split(/\s+/)).filter((w) => /^\p{L}{3,}$/u.test(w)).slice(0, 20),
      loopbackRange: (await sendRaw(BASE_URL, { method: "HEAD", target: "/", headers: {}, localAddress: "127.0.1.2" }, TIMEOUT_MS)).status > 0,
      viewerCookie: viewer.cookie,
      adminCookie: admin.cookie,
      targetId: (await prisma.$queryRaw<{ id: string }[]>`SELECT id FROM "user" WHERE email = ${target.email}`)[0]!.id,
    };
    expect(known.articleIds.length, "the e2e database holds the bundled corpus").toBeGreaterThan(0);
    expect(runIds.length, "the bundled corpus came in by an import run").toBeGreaterThan(0);
  });

  test.afterAll(async ({ prisma }) => {
    // Later specs compare pages with the database: leave only the links that were there.
    const links = await prisma.shortLink.findMany({ select: { id: true } });
    await prisma.shortLink.deleteMany({ where: { id: { in: links.map((l) => l.id).filter((id) => !linksBefore.has(id)) } } });
    await prisma.$executeRaw`DELETE FROM "user" WHERE email LIKE ${`${PROPERTY_ACCOUNT_PREFIX}%`}`;
  });

  test("the property test covers every page and API route the dashboard has", () => {
    // A new route fails here until it gets a generator in ROUTES.
    expect(Object.keys(ROUTES).sort()).toEqual(discoverDashboardRoutes());
  });

  for (const [route, spec] of Object.entries(ROUTES)) {
    test(`${route}: no 5xx, an answer within ${TIMEOUT_MS / 1000} s`, async () => {
      const seen = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(spec.request(known), async (req) => {
          const reply = await sendRaw(BASE_URL, req, TIMEOUT_MS);
          seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
          const shown = `${req.method} ${req.target.slice(0, 300)} ${JSON.stringify(req.headers).slice(0, 300)}${req.body ? ` body ${req.body.toString("latin1").slice(0, 200)}` : ""}`;
          expect(reply.status, `no answer (${reply.error}): ${shown}`).toBeGreaterThan(0);
          expect(reply.status, shown).toBeLessThan(500);
        }),
        // Bounded even while shrinking a failure: the counterexample found so far is printed.
        { seed: SEED, numRuns: RUNS, endOnFailure: false, interruptAfterTimeLimit: 120_000, markInterruptAsFailure: true },
      );
      // Nothing tested is no test: the generators must reach the route's real answers, not only refusals.
      test.info().annotations.push({ type: "statuses", description: JSON.stringify(Object.fromEntries(seen)) });
      if (spec.refusedWithout) {
        // Without an account a write is refused by authorization (401) among other 4xx, and never succeeds (a 308 to
        // the path without its trailing slash is Next's, before the route: no success either).
        expect(seen.has(401), `never refused as signed out: ${JSON.stringify(Object.fromEntries(seen))}`).toBe(true);
        expect([...seen.keys()].filter((s) => s < 300), `${spec.refusedWithout}: ${JSON.stringify(Object.fromEntries(seen))}`).toEqual([]);
      } else {
        expect([...seen.keys()].some((s) => s >= 200 && s < 400), `only refusals: ${JSON.stringify(Object.fromEntries(seen))}`).toBe(true);
      }
    });
  }

  test("no generated request deleted anything: the deletion route needs an admin's session, which none had", async ({ prisma }) => {
    expect(await prisma.importRun.count({ where: { deletedAt: { not: null } } })).toBe(0);
  });

  test("no generated request recorded a review decision: POST /api/reviews needs an editor's session, which none had", async ({ prisma }) => {
    expect(await prisma.reviewDecision.count()).toBe(0);
  });

  test("TRACE, CONNECT and unknown methods on every route answer 405 (never 500, 400 or silence), and the server still answers afterwards", async () => {
    for (const route of Object.keys(ROUTES)) {
      const target = route.replace("[chart]", "claims").replace("[facts]", "claims").replace("[id]", String(known.articleIds[0]));
      const trace = await sendRaw(BASE_URL, { method: "TRACE", target, headers: {} }, TIMEOUT_MS);
      expect(trace.status, `TRACE ${target}`).toBe(405);
      // Sent over a bare socket: Node's client treats CONNECT as a tunnel, and TRACK and FOO are unknown to Node's server parser.
      for (const method of ["CONNECT", "TRACK", "FOO"]) {
        expect(await sendRequestLine(method, target), `${method} ${target}`).toMatch(/^HTTP\/1\.1 405 /);
      }
    }
    expect((await sendRaw(BASE_URL, { method: "GET", target: "/", headers: {} }, TIMEOUT_MS)).status).toBe(200);
  });
});

async function sendRawJson(method: string, target: string, body?: unknown, cookie = ""): Promise<unknown> {
  const res = await fetch(`${BASE_URL}${target}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json", origin: BASE_URL }), ...(cookie ? { cookie } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.ok ? ((await res.json()) as unknown) : null;
}

/** One request written as raw bytes (request line and Host), and everything the server sent back until it closed. */
async function sendRequestLine(method: string, target: string): Promise<string> {
  const net = await import("node:net");
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${url.host}\r\nConnection: close\r\n\r\n`));
    let data = "";
    socket.setEncoding("utf8");
    socket.on("data", (c) => (data += c));
    socket.on("end", () => resolve(data));
    socket.on("error", reject);
    socket.setTimeout(TIMEOUT_MS, () => reject(new Error(`${method} ${target}: no answer`)));
  });
}
