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
  const { document } = parseHTML(html);
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
    for (const el of Array.from(fresh.querySelectorAll("script,style,noscript,nav,footer,form,iframe"))) el.remove();
    root = fresh.body as unknown as DomNode;
  }
  const blocks: string[] = [];
  collectBlocks(root, blocks);
  const title = cleanTitle(article?.title ?? document.querySelector("title")?.textContent ?? null);
  return { title, text: blocks.join("\n") };
}

function collectBlocks(node: DomNode, out: string[]): void {
  let inline = "";
  const flush = () => {
    const t = inline.replace(/[ \t\r\n]+/g, " ").trim();
    if (t) out.push(t);
    inline = "";
  };
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      inline += child.textContent ?? "";
    } else if (child.nodeType === 1) {
      const tag = child.nodeName.toUpperCase();
      if (tag === "SCRIPT" || tag === "STYLE") continue;
      if (tag === "BR") {
        flush();
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        const t = (child.textContent ?? "").replace(/[ \t\r\n]+/g, " ").trim();
        if (t) out.push(t);
      } else if (CONTAINER_TAGS.has(tag)) {
        flush();
        collectBlocks(child, out);
      } else {
        inline += child.textContent ?? "";
      }
    }
  }
  flush();
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
