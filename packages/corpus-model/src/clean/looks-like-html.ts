// Structural tags that plain scraped prose practically never contains.
const HTML_TAG = /<\s*(!doctype|html|head|body|article|main|div|p|section|span|h[1-6]|meta|script|br)\b[^>]*>/gi;

/** True when the input is an HTML page or fragment rather than extracted text. */
export function looksLikeHtml(raw: string): boolean {
  const head = raw.slice(0, 2000).trimStart();
  if (/^<(!doctype|html|\?xml)/i.test(head)) return true;
  const tags = raw.match(HTML_TAG);
  // A couple of stray "<p>" in text is not a page; several tags are.
  return (tags?.length ?? 0) >= 3;
}
