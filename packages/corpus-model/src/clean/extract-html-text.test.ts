import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";
import { extractHtmlText, MAX_DOM_DEPTH, measureTagDepth } from "./extract-html-text";

const PROSE = "About 300 ISIS fighters remain in the desert, an Iraqi army spokesman told reporters on Sunday.";

describe("extractHtmlText on deep markup", () => {
  it("measures nesting in one pass, not counting void or self-closing elements", () => {
    expect(measureTagDepth("<div><p>a<p>b<br><img src=x><span>c</span></div>")).toBe(2);
    expect(measureTagDepth(`${"<div>".repeat(500)}x${"</div>".repeat(500)}`)).toBe(500);
  });

  it("reads 100,000 levels of nested <div> without a stack overflow, keeping the prose", () => {
    const depth = 100_000;
    const html = `<!doctype html><html><head><title>Deep page</title></head><body>${"<div>".repeat(depth)}<p>${PROSE}</p>${"</div>".repeat(depth)}</body></html>`;
    const extracted = extractHtmlText(html);
    expect(extracted.text).toBe(PROSE);
    expect(extracted.title).toBe("Deep page");
    expect(cleanArticle(html).body).toBe(PROSE);
  });

  it("reads unclosed inline nesting (100,000 <span>) without a stack overflow", () => {
    const html = `<html><body><div>${"<span>".repeat(100_000)}${PROSE}</div><script>var x = "<p>";</script><!-- <p>hidden</p> --><p>A &amp; B &#8217;s end.</p></body></html>`;
    expect(extractHtmlText(html).text).toBe(`${PROSE}\nA & B ’s end.`);
  });

  it("drops <template> content (never shown), with the DOM and without it", () => {
    const page = `<html><body><script>var s = 1;</script><template><p>${PROSE}</p></template></body></html>`;
    expect(extractHtmlText(page).text).toBe("");
    const deep = `<html><body>${"<div>".repeat(MAX_DOM_DEPTH + 1)}<template><p>${PROSE}</p></template>${"</div>".repeat(MAX_DOM_DEPTH + 1)}</body></html>`;
    expect(extractHtmlText(deep).text).toBe("");
  });

  it("keeps using the DOM and Readability for ordinary pages", () => {
    const html = `<html><head><title>Title - Outlet</title></head><body><nav><a href="/">Home</a></nav><article><h1>Title</h1><p>${PROSE}</p></article></body></html>`;
    expect(measureTagDepth(html)).toBeLessThan(MAX_DOM_DEPTH);
    expect(extractHtmlText(html).text).toContain(PROSE);
  });
});
