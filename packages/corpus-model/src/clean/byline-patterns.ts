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
    id: "wire-trailer",
    reason: "byline",
    description: "Wire credits trailer: \"Reporting by X; Writing by Y; Editing by Z\"",
    pattern: /^(?:additional )?(?:reporting|writing|editing|compiled|graphics)(?: and (?:writing|editing))? by\s+\S.*$/iu,
    maxWords: 45,
  },
  {
    id: "name-role",
    reason: "byline",
    description: "Author with a desk role and no \"By\": \"Martin Chulov Middle East correspondent\"",
    pattern: new RegExp(String.raw`^${NAME}[ \u00a0]+(?:(?:senior|chief|special|foreign|staff|political|security|defen[cs]e|diplomatic|international)[ \u00a0]+)?(?:\p{Lu}[\p{L}]+[ \u00a0]+){0,2}(?:correspondent|editor|reporter|writer)$`, "u"),
    maxWords: 8,
  },
  {
    id: "author-label",
    reason: "byline",
    description: "\"Author: X\" / \"Authors: X, Y\"",
    pattern: /^(?:authors?|writers?|reporters?)\s*:\s*\p{Lu}.{1,100}$/iu,
    maxWords: 16,
  },
  {
    id: "with-agency",
    reason: "byline",
    description: "Desk credit shared with an agency: \"DAILY SABAH WITH AA\", \"Staff and agencies\"",
    pattern: /^[\p{L}' ]{2,40}\b(?:with|and) (?:AA|AFP|AP|Reuters|agencies|wires)$/iu,
    maxWords: 6,
  },
  {
    id: "place-author",
    reason: "byline",
    description: "Place and author: \"Baghdad - Fadhel al-Nashmi\"",
    pattern: new RegExp(String.raw`^\p{Lu}[\p{L}'’\-]+(?:[ \u00a0]\p{Lu}[\p{L}'’\-]+)?[ \u00a0]+[-–—][ \u00a0]+${NAME}$`, "u"),
    maxWords: 6,
  },
  {
    id: "reported-from",
    reason: "byline",
    description: "\"Kullab reported from Erbil, Iraq.\" trailer",
    pattern: /^\p{Lu}[\p{L}'’\- ]{1,40} (?:reported|contributed reporting) from [\p{L}'’\-, ]{2,60}\.?$/u,
    maxWords: 12,
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
