import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ExtractedHtml {
  /** The page title Readability chose (site suffix stripped), or null. */
  title: string | null;
  /** One block (paragraph, heading, caption, list item) per line. */
  text: string;
}

// Elements whose text is one paragraph of the extracted article.
const BLOCK_TAGS = new Set([
  "P", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "FIGCAPTION", "PRE", "TD", "DT", "DD", "CAPTION",
]);
const CONTAINER_TAGS = new Set(["DIV", "SECTION", "ARTICLE", "MAIN", "HEADER", "FOOTER", "ASIDE", "FIGURE", "UL", "OL", "TABLE", "TBODY", "TR", "DL", "BODY"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/**
 * Pulls the article out of an HTML page: Readability drops navigation, ads
 * and comment widgets; the remaining blocks become lines, which the text
 * path then cleans like any scraped text (captions, bylines, placeholders).
 */
export function extractHtmlText(html: string): ExtractedHtml {
  // Building a DOM, and Readability's scoring, grow faster than linearly with nesting depth; no news page
  // nests anywhere near this deep, so such markup is read by a linear tag-stripping pass instead.
  if (measureTagDepth(html) > MAX_DOM_DEPTH) return stripTags(html);
  const { document } = parseHTML(html);
  // A <template>'s content is never shown (markup kept for scripts to clone): Readability took it for the article,
  // so a page of only scripts, styles and templates was stored with the template's text.
  for (const el of Array.from(document.querySelectorAll("template"))) el.remove();
  let article: { title?: string | null; content?: string | null } | null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  } catch {
    article = null; // malformed pages fall back to the whole body below
  }
  let root: DomNode;
  if (article?.content) {
    root = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode;
  } else {
    const { document: fresh } = parseHTML(html);
    for (const el of Array.from(fresh.querySelectorAll("script,style,noscript,template,nav,footer,form,iframe"))) el.remove();
    root = fresh.body as unknown as DomNode;
  }
  const blocks: string[] = [];
  collectBlocks(root, blocks);
  const title = cleanTitle(article?.title ?? document.querySelector("title")?.textContent ?? null);
  return { title, text: blocks.join("\n") };
}

/**
 * One line per block, in document order. Walks containers with an explicit
 * stack rather than recursion, so the depth of the markup never meets the
 * depth of the call stack.
 */
function collectBlocks(root: DomNode, out: string[]): void {
  interface Frame {
    children: DomNode[];
    next: number;
    inline: string;
  }
  const flush = (frame: Frame) => {
    const t = frame.inline.replace(/[ \t\r\n]+/g, " ").trim();
    if (t) out.push(t);
    frame.inline = "";
  };
  const frames: Frame[] = [{ children: Array.from(root.childNodes), next: 0, inline: "" }];
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const child = frame.children[frame.next++];
    if (!child) {
      flush(frame);
      frames.pop();
      continue;
    }
    if (child.nodeType === 3) {
      frame.inline += child.textContent ?? "";
    } else if (child.nodeType === 1) {
      const tag = child.nodeName.toUpperCase();
      if (tag === "SCRIPT" || tag === "STYLE") continue;
      if (tag === "BR") {
        flush(frame);
      } else if (BLOCK_TAGS.has(tag)) {
        flush(frame);
        const t = (child.textContent ?? "").replace(/[ \t\r\n]+/g, " ").trim();
        if (t) out.push(t);
      } else if (CONTAINER_TAGS.has(tag)) {
        flush(frame);
        frames.push({ children: Array.from(child.childNodes), next: 0, inline: "" });
      } else {
        frame.inline += child.textContent ?? "";
      }
    }
  }
}

/** Deeper markup than this is read without a DOM (see extractHtmlText); real news pages nest a few dozen levels. */
export const MAX_DOM_DEPTH = 160;

// Elements without content, and elements the parser closes by itself (a <p> ends the open <p>): neither nests.
const NO_NESTING = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
  "html", "head", "body", "!doctype",
]);
const TAG = /<(\/?)([a-zA-Z!][a-zA-Z0-9:-]*)[^<>]*>/g;
const TAG_OR_COMMENT = /<!--|<(\/?)([a-zA-Z!][a-zA-Z0-9:-]*)[^<>]*>/g;

/** How deep the markup's elements nest, counted in one pass over the tags (an upper bound the parser would build). */
export function measureTagDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    if (NO_NESTING.has(name) || m[0].endsWith("/>")) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

const STRIPPED_BLOCKS = new Set(["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article", "figcaption", "pre", "dt", "dd", "td", "header", "footer", "main", "aside", "table", "ul", "ol"]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/**
 * The text of markup without building a DOM, in one pass: scripts, styles,
 * templates and comments dropped, block tags made line breaks, other tags removed,
 * common entities decoded. For pages too deep to parse safely.
 */
function stripTags(html: string): ExtractedHtml {
  const parts: string[] = [];
  const lower = html.toLowerCase();
  let title: string | null = null;
  let at = 0;
  for (const m of html.matchAll(TAG_OR_COMMENT)) {
    if (m.index < at) continue;
    parts.push(html.slice(at, m.index));
    at = m.index + m[0].length;
    const name = (m[2] ?? "!--").toLowerCase();
    if (name.startsWith("!--")) {
      const close = html.indexOf("-->", m.index + 4);
      at = close < 0 ? html.length : Math.max(at, close + 3);
    } else if (!m[1] && (name === "script" || name === "style" || name === "noscript" || name === "template" || name === "title")) {
      // Skip to the closing tag (or the end): their content is not article text.
      const close = lower.indexOf(`</${name}`, at);
      const end = close < 0 ? html.length : close;
      if (name === "title" && title === null) title = html.slice(at, end);
      at = end;
    } else if (STRIPPED_BLOCKS.has(name)) {
      parts.push("\n");
    }
  }
  parts.push(html.slice(at));
  const text = parts
    .join("")
    .replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, code: string) => {
      if (code[0] !== "#") return ENTITIES[code.toLowerCase()] ?? whole;
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    })
    .split("\n")
    .map((line) => line.replace(/[ \t\r]+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
  return { title: cleanTitle(title), text };
}

// "Headline | Outlet" and "Headline - Outlet": the site name is not part of the headline.
function cleanTitle(title: string | null): string | null {
  if (!title) return null;
  let t = title.replace(/\s+/g, " ").trim();
  const parts = t.split(/\s+[|\u2013\u2014-]\s+/);
  if (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (last.split(" ").length <= 4) t = parts.slice(0, -1).join(" - ");
  }
  return t || null;
}
