import type { LineRule } from "./line-rule";

/**
 * Photo-caption detectors: a caption carries a photo credit, usually in
 * brackets at its end ("[Photo courtesy of ...]", "[Name/Outlet]") or as a
 * "Photo: ..." label. Whole caption lines are removed with reason "caption".
 */
export const CAPTION_PATTERNS: readonly LineRule[] = [
  {
    id: "bracket-photo-credit",
    reason: "caption",
    description: "Ends with a bracketed photo credit: \"[Photo courtesy of ...]\", \"[File photo]\"",
    pattern: /[[(](?:photo|image|picture|file(?: photo)?|video|courtesy|credit)\b[^\])]{0,100}[\])][\s\u00a0]*$/iu,
    maxWords: 80,
  },
  {
    id: "bracket-name-outlet",
    reason: "caption",
    description: "Ends with a bracketed \"[Photographer/Outlet]\" credit",
    pattern: /\[[^[\]/\n]{2,60}\/[^[\]/\n]{2,60}\][\s\u00a0]*$/u,
    maxWords: 80,
  },
  {
    id: "agency-photo-credit",
    reason: "caption",
    description: "Ends with an agency photo credit: \"(AFP)\", \"(Reuters/Name)\", \"Getty Images\"",
    pattern: /(?:\((?:AFP|Reuters|AP|EPA|Getty Images|Anadolu(?: Agency)?|Xinhua|SANA|Shutterstock)(?: ?photo)?(?:\s*\/[^)]{1,50})?\)|\b(?:via )?Getty Images|Photo:\s*[^.]{2,60})[\s\u00a0]*$/u,
    maxWords: 80,
  },
  {
    id: "paren-name-outlet",
    reason: "caption",
    description: "Ends with a parenthesised \"(Photographer/Outlet)\" credit",
    pattern: /\([^()/\n]{2,60}\/[^()/\n]{2,60}\)[\s\u00a0]*$/u,
    maxWords: 80,
  },
  {
    id: "image-caption-label",
    reason: "caption",
    description: "BBC-style \"Image caption, ...\" / \"Image source, AFP\"",
    pattern: /^(?:image|photo|video|media) (?:caption|source|credit)s?\s*[,:]\s*\S/iu,
    maxWords: 80,
  },
  {
    id: "photo-label",
    reason: "caption",
    description: "Starts with a picture label: \"Photo: ...\", \"File photo: ...\", \"Pictured: ...\"",
    pattern: /^(?:photo|image|picture|file photo|pictured|caption)\s*[:|]\s*\S/iu,
    maxWords: 80,
  },
];
