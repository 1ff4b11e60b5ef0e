/**
 * Makes rendered SVG markup stable and readable for snapshots:
 * - numbers with more than two decimals are rounded to two (floating-point
 *   noise in scales and d3 symbol paths differs across platforms);
 * - generated ids are renumbered in order of appearance ("id-1", "id-2"...)
 *   and every reference to them (url(#…), href="#…", aria-labelledby,
 *   aria-describedby, aria-controls, for) is rewritten to match, so changing
 *   an `idPrefix` or a marker naming scheme does not churn every snapshot;
 * - one tag per line, so snapshot diffs point at the changed mark.
 */

const LONG_DECIMAL = /-?\d+\.\d{3,}(?:e[-+]?\d+)?/g;
const ID_ATTR = /\bid="([^"]*)"/g;
const ID_LIST_ATTR = /\b(aria-labelledby|aria-describedby|aria-controls|aria-owns|for)="([^"]*)"/g;

export function roundDecimals(markup: string): string {
  return markup.replace(LONG_DECIMAL, (m) => {
    const n = Math.round(Number(m) * 100) / 100;
    return Object.is(n, -0) ? "0" : String(n);
  });
}

export function renumberIds(markup: string): string {
  const map = new Map<string, string>();
  for (const m of markup.matchAll(ID_ATTR)) {
    const id = m[1];
    if (id !== undefined && !map.has(id)) map.set(id, `id-${map.size + 1}`);
  }
  if (map.size === 0) return markup;
  const rename = (id: string): string => map.get(id) ?? id;
  return markup
    .replace(ID_ATTR, (_, id: string) => `id="${rename(id)}"`)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
    .replace(/href="#([^"]+)"/g, (_, id: string) => `href="#${rename(id)}"`)
    .replace(ID_LIST_ATTR, (_, attr: string, list: string) => `${attr}="${list.split(/\s+/).map(rename).join(" ")}"`);
}

export function normalizeSvg(markup: string): string {
  return renumberIds(roundDecimals(markup)).replace(/></g, ">\n<").trim() + "\n";
}
