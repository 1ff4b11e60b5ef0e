import type { CleanedArticle, LocatedEvidence } from "../model/types";
import { dayIndex, daysInMonth, isValidDate } from "./calendar";
import { URL_DATE_RULES } from "./url-date-rules";

/** A date read from a URL: one day, or a whole month for "/2018/09/" paths. */
export interface UrlDate {
  first: number;
  last: number;
  rule: string;
  /** The URL the date was read from, and where: supplied metadata, or offsets into raw / the body. */
  url: string;
  span: LocatedEvidence;
}

const URL = /\bhttps?:\/\/[^\s"'<>()\]]+/giu;
// A line that only gives the page's address, labelled ("URL: https://...") or, near the top, bare.
const LABELLED_URL_LINE = /^[ \t\u00a0]*(?:url|page url|permalink|canonical(?: url)?|original url)[ \t\u00a0]*:[ \t\u00a0]*(https?:\/\/\S+)[ \t\u00a0]*$/gimu;
const BARE_URL_LINE = /^[ \t\u00a0]*(https?:\/\/\S+)[ \t\u00a0]*$/u;
/** Lines at the top of a text where a bare URL is the page's own (below, it is a link the page shows). */
const TOP_LINES = 5;
const CANONICAL = /<(?:link[^>]+rel=["']canonical["'][^>]*href|meta[^>]+property=["']og:url["'][^>]*content)=["']([^"']+)["']/iu;

/** The date in a URL's path, or null. Query strings and fragments are not read. */
export function parseUrlDate(url: string): { first: number; last: number; rule: string; index: number; text: string } | null {
  const pathStart = url.search(/[^/:]\/(?!\/)/u) + 1;
  if (pathStart <= 0) return null;
  const tail = url.slice(pathStart);
  const path = tail.split(/[?#]/u, 1)[0] ?? "";
  for (const rule of URL_DATE_RULES) {
    const m = rule.pattern.exec(path);
    if (!m) continue;
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = m[3] === undefined ? null : Number(m[3]);
    if (d !== null && !isValidDate(y, mo, d)) continue;
    const first = dayIndex(y, mo, d ?? 1);
    const last = d === null ? dayIndex(y, mo, daysInMonth(y, mo)) : first;
    const lead = /^[_-]/u.test(m[0]) ? 1 : 0;
    return { first, last, rule: rule.id, index: pathStart + m.index + lead, text: m[0].slice(lead) };
  }
  return null;
}

/**
 * The date in the page's own URL: the one supplied with the article, else a
 * canonical link in HTML, else a line of the text that gives only a URL
 * ("URL: https://..."), as search engines and clippings print it.
 */
export function findPageUrlDate(raw: string, suppliedUrl?: string): UrlDate | null {
  if (suppliedUrl) {
    const p = parseUrlDate(suppliedUrl);
    return p ? { first: p.first, last: p.last, rule: p.rule, url: suppliedUrl, span: { text: p.text, start: 0, end: 0, origin: "supplied" } } : null;
  }
  const canonical = CANONICAL.exec(raw);
  const candidates: { url: string; start: number }[] = [];
  if (canonical?.[1]) candidates.push({ url: canonical[1], start: canonical.index + canonical[0].indexOf(canonical[1]) });
  for (const m of raw.matchAll(LABELLED_URL_LINE)) candidates.push({ url: m[1]!, start: m.index + m[0].indexOf(m[1]!) });
  let at = 0;
  for (let i = 0, seen = 0; i < 40 && seen < TOP_LINES && at < raw.length; i++) {
    const nl = raw.indexOf("\n", at);
    const line = raw.slice(at, nl < 0 ? raw.length : nl);
    if (line.trim()) {
      seen++;
      const m = BARE_URL_LINE.exec(line);
      if (m) candidates.push({ url: m[1]!, start: at + m[0].indexOf(m[1]!) });
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  for (const c of candidates) {
    const p = parseUrlDate(c.url);
    if (p) return { first: p.first, last: p.last, rule: p.rule, url: c.url, span: { text: p.text, start: c.start + p.index, end: c.start + p.index + p.text.length, origin: "raw" } };
  }
  return null;
}

/**
 * Dated URLs the article cites: links inside its sentences and "Source:
 * https://..." credits of copy taken from elsewhere. Offsets index the body,
 * or raw for the credit lines cleaning removed.
 */
export function findCitedUrlDates(cleaned: CleanedArticle): UrlDate[] {
  const out: UrlDate[] = [];
  const read = (text: string, offset: number, origin: "body" | "raw") => {
    for (const m of text.matchAll(URL)) {
      const p = parseUrlDate(m[0]);
      if (!p) continue;
      const start = offset + m.index + p.index;
      out.push({ first: p.first, last: p.last, rule: p.rule, url: m[0], span: { text: p.text, start, end: start + p.text.length, origin } });
    }
  };
  if (cleaned.body.includes("http")) read(cleaned.body, 0, "body");
  if (cleaned.format === "text") for (const f of cleaned.removed) if (f.reason === "source-trailer") read(f.text, f.start, "raw");
  return out;
}
