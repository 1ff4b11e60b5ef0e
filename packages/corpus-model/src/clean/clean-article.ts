import type { CleanedArticle, RemovedFragment } from "../model/types";
import { detectByline, bylineName, isSourceTrailer } from "./detect-byline";
import { detectCaption } from "./detect-caption";
import { containsFullDate, detectDateStamp } from "./date-stamp";
import { detectDateline } from "./detect-dateline";
import { isMasthead } from "./masthead";
import { extractHtmlText } from "./extract-html-text";
import { looksLikeHeadline } from "./looks-like-headline";
import { looksLikeHtml } from "./looks-like-html";
import { looksLikeProse } from "./looks-like-prose";
import { matchFurniture } from "./match-furniture";
import { countWords, normalizeLine } from "./normalize-line";
import { splitLines, type RawLine } from "./split-lines";

/** " | " between items of a navigation row. */
const NAV_SEPARATOR = /[ \u00a0][|•·][ \u00a0]/gu;

export interface CleanOptions {
  url?: string;
  /** A headline the caller already knows; it wins over the one found in the text. */
  title?: string;
}

interface LineState extends RawLine {
  reason: string | null;
  key: string;
}

/**
 * Turns scraped text or HTML into title + body. Only whole lines are
 * dropped, so every sentence in `body` is byte-identical to the input and
 * evidence offsets point at the real words; paragraphs are joined by "\n\n".
 * For HTML input, `removed` offsets index the text Readability extracted.
 */
export function cleanArticle(raw: string, options: CleanOptions = {}): CleanedArticle {
  let text = raw;
  let format: CleanedArticle["format"] = "text";
  let titleHint = options.title?.trim() || null;
  if (looksLikeHtml(raw)) {
    const extracted = extractHtmlText(raw);
    text = extracted.text;
    format = "html";
    titleHint ??= extracted.title;
  }

  const lines: LineState[] = splitLines(text).map((l) => ({ ...l, reason: null, key: normalizeLine(l.text) }));
  let byline: string | null = null;

  // 1. Lines that are furniture whatever their position.
  const seenCaptions = new Set<string>();
  for (const line of lines) {
    const stamp = detectDateStamp(line.text);
    if (stamp) {
      line.reason = stamp.kind === "updated" ? "updated-stamp" : "date-stamp";
      continue;
    }
    const furniture = matchFurniture(line.text);
    if (furniture) {
      line.reason = furniture.reason;
      continue;
    }
    if (isSourceTrailer(line.text)) {
      line.reason = "source-trailer";
      byline ??= creditedEditor(line.text);
      continue;
    }
    const caption = detectCaption(line.text);
    if (caption) {
      // Galleries repeat the caption next to each rendition; record every copy.
      line.reason = seenCaptions.has(line.key) ? "duplicate-caption" : "caption";
      seenCaptions.add(line.key);
      continue;
    }
    if (detectByline(line.text)) {
      line.reason = "byline";
      byline ??= bylineName(line.text);
    }
  }

  // 2. Zones: the prose run is the article; headlines and leftovers sit around it.
  const kept = () => lines.filter((l) => l.reason === null);
  const proseIdx = lines.map((l, i) => (l.reason === null && looksLikeProse(l.text) ? i : -1)).filter((i) => i >= 0);
  const firstProse = proseIdx[0] ?? lines.length;
  const lastProse = proseIdx[proseIdx.length - 1] ?? lines.length;

  // 2b. Header block above the prose: outlet mastheads ("SANA", "FDD's Long
  // War Journal") and short lines carrying a full date ("Haydar Karaalp
  // |22.11.2019", "Kurdistan24 | 26-05-2021 05:27 PM") are page metadata.
  for (let i = 0; i < firstProse; i++) {
    const line = lines[i]!;
    if (line.reason !== null) continue;
    if (isMasthead(line.text)) line.reason = "masthead";
    else if (countWords(line.text) <= 12 && !/[.!?]$/u.test(line.text) && containsFullDate(line.text)) line.reason = "date-stamp";
    // A row of section links ("Türkiye | World | Politics | Economy") is site navigation.
    else if (!/[.!?]$/u.test(line.text) && (line.text.match(NAV_SEPARATOR) ?? []).length >= 2) line.reason = "header-furniture";
  }

  // Search engines and archives store excerpts cut at a length: the last line
  // then stops mid-sentence ("… the group decided to fight pit"). Right after
  // the article text and in sentence case, it is that text, not a headline or a list.
  const cutSentence = lines.length - 1 === lastProse + 1 && isCutSentence(lines[lines.length - 1]!.text) ? lines.length - 1 : -1;

  // 3. Title: supplied, else the first headline-shaped line above the prose,
  // else one below it (some scrapers append the headline block at the end).
  let title = titleHint;
  if (!title) {
    const above = lines.slice(0, firstProse).find((l) => l.reason === null && looksLikeHeadline(l.text));
    const below = lines.slice(lastProse + 1, cutSentence < 0 ? undefined : cutSentence).find((l) => l.reason === null && looksLikeHeadline(l.text));
    const pick = above ?? below;
    if (pick) title = pick.text.replace(/[\s\u00a0]+/g, " ");
  }
  if (title) {
    const titleKey = normalizeLine(title);
    let first = true;
    for (const line of lines) {
      if (line.reason !== null || line.key !== titleKey) continue;
      line.reason = first && !titleHint ? "headline" : "duplicate-headline";
      first = false;
    }
  }

  // 4. Leftover short labels above or below the prose run (section names,
  // mastheads, channel names) are furniture; subheads inside the run stay.
  // Below the run, any line without sentence punctuation is furniture too:
  // a run of headline-like lines after the article is a related-articles
  // list ("Most read", "Read next", "Topics"), never article text.
  let inList = false;
  lines.forEach((line, i) => {
    if (i === cutSentence && line.reason === null) return;
    // Below the article, everything short after a "Related" / "More on this story" label is the list it heads.
    if (i > lastProse && line.reason !== null && LIST_LABEL_REASONS.has(line.reason)) inList = true;
    if (line.reason === null && inList && !looksLikeProse(line.text)) line.reason = "related-list";
    if (line.reason !== null || (i >= firstProse && i <= lastProse)) return;
    if (i > lastProse && lastProse < lines.length && !/[.!?…]["'”’)\]]*$/u.test(line.text)) {
      line.reason = countWords(line.text) < 4 ? "trailer-furniture" : "related-list";
      return;
    }
    if (countWords(line.text) < 4 && !/[.!?]$/u.test(line.text)) line.reason = i < firstProse ? "header-furniture" : "trailer-furniture";
  });
  // An author bio closing the article ("Caleb Weiss is a research analyst at ...").
  const tail = kept().slice(-3);
  for (const line of tail) if (AUTHOR_BIO.test(line.text) && countWords(line.text) <= 60) line.reason = "author-bio";

  // 5. A paragraph repeated verbatim is a scrape artefact; keep the first copy.
  const seen = new Set<string>();
  for (const line of kept()) {
    if (countWords(line.text) < 4) continue;
    if (seen.has(line.key)) line.reason = "duplicate-line";
    seen.add(line.key);
  }

  const body = kept().map((l) => l.text).join("\n\n");
  const removed: RemovedFragment[] = lines
    .filter((l) => l.reason !== null)
    .map((l) => ({ start: l.start, end: l.end, text: l.text, reason: l.reason! }));
  // A standfirst (dek) may precede the dateline paragraph, so look at the first two.
  const dateline = kept().slice(0, 2).map((l) => detectDateline(l.text)).find((d) => d !== null)?.place ?? null;

  return { title, body, byline, dateline, removed, format, pageText: text };
}

const LIST_LABEL_REASONS = new Set(["widget", "related-list"]);

/** Sentence case with enough lower-case words to be running text cut short, not a headline. */
function isCutSentence(line: string): boolean {
  const words = line.split(/[\s\u00a0]+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 6 || /[.!?…]["'”’)\]]*$/u.test(line)) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / words.length >= 0.5;
}

const AUTHOR_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’.-]+){1,3}[ \u00a0]+(?:is|was|has been)[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\p{L}-]+[ \u00a0]+){0,4}(?:analyst|fellow|researcher|correspondent|reporter|editor|journalist|writer|contributor|director|professor|scholar|columnist)\b/u;

// "Source: News Agencies, Edited by website team" credits an editor, not an author byline.
function creditedEditor(line: string): string | null {
  const m = /\bedited by\s+(.{2,50})$/iu.exec(line);
  return m?.[1] ? m[1].trim() : null;
}
