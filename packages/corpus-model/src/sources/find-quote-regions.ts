/** A quoted stretch of the body: the text between an opening and a closing quote mark. */
export interface QuoteRegion {
  /** Offset of the first character after the opening mark. */
  start: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  end: number;
  /** The quote was still open at the paragraph end (news style for multi-paragraph quotes). */
  openEnded: boolean;
  /** The opening mark is the first character of its paragraph. */
  opensParagraph: boolean;
  /** Regions chained across paragraphs share a run id. */
  run: number;
}

/**
 * Finds quotations: curly “…” pairs and straight "…" pairs, per paragraph.
 * A quote still open at a paragraph end continues into the next paragraph
 * when that one opens with a quote mark; both then belong to one run, so a
 * single "he said" can attribute them all. Single quotes are ignored: they
 * double as apostrophes and nest inside double quotes.
 */
export function findQuoteRegions(body: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let run = 0;
  let pendingChain = false;
  let paraStart = 0;
  while (paraStart <= body.length) {
    let paraEnd = body.indexOf("\n", paraStart);
    if (paraEnd < 0) paraEnd = body.length;
    const lead = /^[ \t]*/.exec(body.slice(paraStart, paraEnd))![0].length;
    let open: number | null = null;
    let openChar = "";
    let chainedThisPara = false;
    for (let i = paraStart; i < paraEnd; i++) {
      const ch = body[i]!;
      if (open === null && (ch === "“" || ch === '"' || ch === "«")) {
        open = i;
        openChar = ch;
        continue;
      }
      if (open !== null && ((openChar === "“" && ch === "”") || (openChar === '"' && ch === '"') || (openChar === "«" && ch === "»"))) {
        const opensParagraph = open === paraStart + lead;
        if (!(opensParagraph && pendingChain)) run++;
        regions.push({ start: open + 1, end: i, openEnded: false, opensParagraph, run });
        if (opensParagraph && pendingChain) chainedThisPara = true;
        pendingChain = false;
        open = null;
      }
    }
    if (open !== null) {
      const opensParagraph = open === paraStart + lead;
      if (!(opensParagraph && pendingChain)) run++;
      regions.push({ start: open + 1, end: paraEnd, openEnded: true, opensParagraph, run });
      pendingChain = true;
    } else if (!chainedThisPara && body.slice(paraStart, paraEnd).trim() !== "") {
      pendingChain = false;
    }
    paraStart = paraEnd + 1;
  }
  return regions;
}

/** The body with quoted characters blanked out (same length), so speech verbs inside quotes are not read as attributions. */
export function maskQuotes(body: string, regions: readonly QuoteRegion[]): string {
  const chars = body.split("");
  for (const r of regions) for (let i = r.start; i < r.end; i++) if (chars[i] !== "\n") chars[i] = "\u0001";
  return chars.join("");
}
