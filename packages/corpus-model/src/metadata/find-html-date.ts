/** Publication-date markup a page carries for crawlers; its value is the publisher's own statement. */
export interface HtmlDateRule {
  id: string;
  description: string;
  /** Group 1 is the date value. */
  pattern: RegExp;
}

export const HTML_DATE_RULES: readonly HtmlDateRule[] = [
  { id: "meta-published-time", description: "<meta property=\"article:published_time\">", pattern: /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|og:article:published_time|datePublished|pubdate|publishdate|publish-date|parsely-pub-date|sailthru\.date|dc\.date(?:\.issued)?)["'][^>]*content=["']([^"']+)["']/iu },
  { id: "meta-published-time-rev", description: "<meta content=... property=\"article:published_time\">", pattern: /<meta[^>]+content=["']([^"']+)["'][^>]*(?:property|name|itemprop)=["'](?:article:published_time|datePublished|pubdate)["']/iu },
  { id: "json-ld", description: "JSON-LD \"datePublished\"", pattern: /"datePublished"\s*:\s*"([^"]+)"/u },
  { id: "time-element", description: "<time datetime=...>", pattern: /<time[^>]+datetime=["']([^"']+)["']/iu },
];

/** The first publication date a page declares in its markup, with its offset in raw. */
export function findHtmlDate(raw: string): { value: string; start: number; rule: string } | null {
  for (const rule of HTML_DATE_RULES) {
    const m = rule.pattern.exec(raw);
    if (m?.[1]) return { value: m[1], start: m.index + m[0].indexOf(m[1]), rule: rule.id };
  }
  return null;
}
