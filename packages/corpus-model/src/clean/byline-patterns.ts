import type { LineRule } from "./line-rule";

// A personal name: capitalised words, allowing Arabic particles ("al-Taie", "bin", "Abu").
const NAME = String.raw`\p{Lu}[\p{L}'’.\-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.\-]*|[ae]l-[\p{L}'’\-]+|bin|ibn|abu|de|da|van|von|and|&))*`;

/** Byline lines: credited authors and desk labels, kept as metadata instead of body text. */
export const BYLINE_PATTERNS: readonly LineRule[] = [
  {
    id: "by-name",
    reason: "byline",
    description: "\"By <Name>\" (optionally \", <role/place>\")",
    pattern: new RegExp(String.raw`^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Rr]eporting by)[ \u00a0]+${NAME}(?:(?:[ \u00a0]*[,|–—-][ \u00a0]*|[ \u00a0]+in[ \u00a0]+).{0,60})?$`, "u"),
    maxWords: 14,
  },
  {
    id: "desk-label",
    reason: "byline",
    description: "A desk credit instead of a name (\"Local Editor\", \"Staff Writer\", \"Editorial Team\")",
    pattern: /^(?:(?:local|staff|senior|special|foreign|our|web|news|online|desk|political|security|defen[cs]e|middle east)\s+)?(?:editor|writer|reporter|correspondent|desk|team|staff)s?(?:\s+(?:editor|writer|reporter|team))?$|^(?:editorial|news|web|website)\s+(?:staff|team|desk)$|^newsroom$/iu,
    maxWords: 4,
  },
  {
    id: "edited-by",
    reason: "byline",
    description: "\"Edited by ...\" credit line",
    pattern: /^(?:edited|compiled|translated|prepared) by\s+.{2,50}$/iu,
    maxWords: 8,
  },
  {
    id: "contributed",
    reason: "byline",
    description: "\"X contributed to this report\" trailer",
    pattern: /^.{2,80}\bcontributed (?:to )?(?:this )?report(?:ing)?\.?$/iu,
    maxWords: 16,
  },
];

/** "Source: X" / "Via: X" trailers naming where the copy came from; removed from body, read by outlet inference. */
export const SOURCE_TRAILER: LineRule = {
  id: "source-trailer",
  reason: "source-trailer",
  description: "\"Source: X\" trailer crediting the copy to an outlet or agency",
  pattern: /^(?:source|sources|via|courtesy of|credit)\s*:\s*\S.*$/iu,
  maxWords: 16,
};
