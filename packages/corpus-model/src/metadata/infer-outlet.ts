import type { CleanedArticle, LocatedEvidence, Outlet } from "../model/types";
import { findOutletByHost, findOutletByName } from "./find-outlet";
import { GENERIC_SOURCES, MEDIA_WORDS, OUTLET_PHRASES } from "./outlet-phrases";

export interface InferOutletInput {
  raw: string;
  cleaned: CleanedArticle;
  url?: string;
  supplied?: string;
}

const located = (text: string, start: number, origin: LocatedEvidence["origin"]): LocatedEvidence => ({
  text,
  start,
  end: origin === "supplied" ? 0 : start + text.length,
  origin,
});
const make = (name: string, span: LocatedEvidence): Outlet => ({ name, evidence: span.text, span });

/**
 * Who published the article. Order of trust: caller-supplied; the page's own
 * publisher metadata (og:site_name); a "Source: X" trailer; a masthead in the
 * page furniture; the URL's domain (the page was fetched from there, so it
 * beats words inside the story); "told X" in the body (a wire named there
 * may only be the copy's origin, so non-wire outlets rank first); an unknown
 * domain, shown as the domain itself ("iraqiwatch.org"). Null when nothing names an outlet.
 */
export function inferOutlet(input: InferOutletInput): Outlet | null {
  const { raw, cleaned, url, supplied } = input;
  if (supplied?.trim()) {
    // A supplied site domain (news-please's source_domain) is named without its "www.".
    const name = supplied.trim().replace(/^www\.(?=[^\s.]+\.[^\s]+$)/iu, "");
    return make(findOutletByName(name)?.name ?? name, located(name, 0, "supplied"));
  }
  return (
    fromSiteName(raw) ??
    fromJsonLdPublisher(raw) ??
    fromSourceTrailer(raw) ??
    fromMasthead(raw, cleaned) ??
    fromTitleSuffix(raw) ??
    fromUrl(url, true) ??
    fromWireDateline(cleaned.body) ??
    fromToldPhrases(cleaned.body) ??
    fromUrl(url, false)
  );
}

function fromSiteName(raw: string): Outlet | null {
  const m = /<meta[^>]+(?:property|name)=["'](?:og:site_name|application-name)["'][^>]*content=["']([^"']{2,60})["']/iu.exec(raw)
    ?? /<meta[^>]+content=["']([^"']{2,60})["'][^>]*(?:property|name)=["']og:site_name["']/iu.exec(raw);
  if (!m?.[1]) return null;
  const value = m[1].trim();
  return make(findOutletByName(value)?.name ?? value, located(value, m.index + m[0].indexOf(m[1]), "raw"));
}

function fromSourceTrailer(raw: string): Outlet | null {
  const re = /^[ \t\u00a0]*((?:source|sources|via)[ \t]*:[ \t]*([^\n]{2,120}?))[ \t\u00a0]*$/gimu;
  const trailers = [...raw.matchAll(re)];
  // The last trailer is the page's own credit; earlier ones may quote other sources.
  for (const m of trailers.reverse()) {
    const value = m[2] ?? "";
    for (const part of value.split(/[,;|]|[ \u00a0]\/[ \u00a0]/u).map((p) => p.trim()).filter(Boolean)) {
      if (GENERIC_SOURCES.test(part)) continue;
      const known = findOutletByName(part);
      const name = known?.name ?? (/^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 6 ? part : null);
      if (name) return make(name, located(m[1]!, m.index + m[0].indexOf(m[1]!), "raw"));
    }
  }
  return null;
}

function fromMasthead(raw: string, cleaned: CleanedArticle): Outlet | null {
  for (const f of cleaned.removed) {
    if (f.reason === "caption" || f.reason === "duplicate-caption" || f.text.split(/\s+/).length > 6) continue;
    // "The Guardian - Back to home", "Rudaw | Kurdistan": the outlet is one of the separated parts.
    const parts = [f.text, ...f.text.split(/[ \u00a0]+[|\u2013\u2014-][ \u00a0]+/u)];
    const known = parts.map((p) => findOutletByName(p.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))).find((o) => o !== null);
    if (!known) continue;
    // Removed-fragment offsets index the raw input only for plain text; for HTML find the words in the raw page.
    const start = cleaned.format === "text" ? f.start : raw.indexOf(f.text);
    if (start >= 0) return make(known.name, located(f.text, start, "raw"));
  }
  return null;
}

// schema.org publisher in JSON-LD: "publisher": {"@type": "Organization", "name": "Military Times"}.
function fromJsonLdPublisher(raw: string): Outlet | null {
  const m = /"publisher"\s*:\s*\{[^{}]{0,300}?"name"\s*:\s*"([^"]{2,60})"/u.exec(raw);
  if (!m?.[1]) return null;
  const value = m[1].trim();
  return make(findOutletByName(value)?.name ?? value, located(value, m.index + m[0].lastIndexOf(m[1]), "raw"));
}

// "<title>Headline | Institute for the Study of War</title>": a known outlet after the last separator.
function fromTitleSuffix(raw: string): Outlet | null {
  const m = /<title[^>]*>([^<]{4,300})<\/title>/iu.exec(raw);
  if (!m?.[1]) return null;
  const parts = m[1].split(/\s+[|\u2013\u2014-]\s+/u);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1]!.trim();
  const known = findOutletByName(last);
  if (!known) return null;
  return make(known.name, located(last, m.index + m[0].lastIndexOf(last), "raw"));
}

// A wire credit in the opening dateline: "BAGHDAD (Reuters) -", "BAGHDAD (AP) —", "(CNN)", "TEHRAN (Tasnim) –", "Deir Ezzor, SANA-".
function fromWireDateline(body: string): Outlet | null {
  const head = body.slice(0, 300);
  const m = /^[^\n]{0,60}?\(([\p{L}][\p{L}\p{N} .&'-]{0,30})\)[ \u00a0]*(?:[-–—:]|(?=\p{Lu}))/u.exec(head)
    ?? /^\p{Lu}[\p{L}' -]{1,30},[ \u00a0]*(\p{Lu}[\p{L}\p{N}]{1,20})[ \u00a0]*[-–—]/u.exec(head);
  if (!m?.[1]) return null;
  const known = findOutletByName(m[1]);
  if (!known) return null;
  return make(known.name, located(m[0].slice(0, m[0].indexOf(m[1]) + m[1].length + (m[0][m[0].indexOf(m[1]) + m[1].length] === ")" ? 1 : 0)), 0, "body"));
}

function fromUrl(url: string | undefined, knownOnly: boolean): Outlet | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(/^[a-z]+:\/\//i.test(url) ? url : `https://${url}`).hostname.toLowerCase();
  } catch {
    return null;
  }
  const domain = host.replace(/^(?:www|m|amp|english|en)\./, "");
  const known = findOutletByHost(host);
  if (known) return make(known.name, located(domain, 0, "supplied"));
  if (knownOnly) return null;
  // An unknown site is named by its domain: a guessed name ("Iraqiwatch") would look like a known outlet's.
  if (!domain.includes(".")) return null;
  return make(domain, located(domain, 0, "supplied"));
}

function fromToldPhrases(body: string): Outlet | null {
  interface Hit { name: string; wire: boolean; known: boolean; span: LocatedEvidence; count: number }
  const hits = new Map<string, Hit>();
  for (const phrase of OUTLET_PHRASES) {
    for (const m of body.matchAll(phrase.pattern)) {
      const run = (m[1] ?? "").replace(/[.’'-]+$/u, "");
      const resolved = resolveRun(run);
      if (!resolved) continue;
      const evidenceText = m[0].slice(0, m[0].indexOf(m[1]!) + resolved.length);
      const prev = hits.get(resolved.name);
      if (prev) prev.count++;
      else hits.set(resolved.name, { ...resolved, span: located(evidenceText, m.index, "body"), count: 1 });
    }
  }
  const ranked = [...hits.values()].sort(
    (a, b) => Number(a.wire) - Number(b.wire) || Number(b.known) - Number(a.known) || b.count - a.count,
  );
  const best = ranked[0];
  return best ? make(best.name, best.span) : null;
}

// The longest prefix of the capitalised run that names an outlet ("Arab News on" -> "Arab News").
function resolveRun(run: string): { name: string; wire: boolean; known: boolean; length: number } | null {
  const words = run.split(/[ \u00a0]+/u);
  for (let n = Math.min(words.length, 6); n >= 1; n--) {
    const candidate = words.slice(0, n).join(" ");
    const known = findOutletByName(candidate);
    if (known) return { name: known.name, wire: known.wire ?? false, known: true, length: lengthOfWords(run, n) };
  }
  const trimmed = words.slice(0, 6).join(" ");
  if (MEDIA_WORDS.test(trimmed)) return { name: trimmed.replace(/^[Tt]he /, "The "), wire: false, known: false, length: lengthOfWords(run, Math.min(words.length, 6)) };
  return null;
}

function lengthOfWords(run: string, n: number): number {
  const re = /\S+/gu;
  let end = 0;
  for (let i = 0; i < n; i++) {
    const m = re.exec(run);
    if (!m) break;
    end = m.index + m[0].length;
  }
  // "told Diyaruna." ends the sentence: the stop is not part of the name.
  while (end > 0 && /[.,:;’'-]/u.test(run[end - 1]!)) end--;
  return end;
}
