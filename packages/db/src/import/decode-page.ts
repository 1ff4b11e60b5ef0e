import { decodeArticleText, UnreadableFileError } from "./read-article-file";

/** How far into a page a `<meta charset>` is looked for (as browsers do: the HTML standard's prescan reads 1024 bytes). */
const META_PRESCAN_BYTES = 1024;

/**
 * The character set a fetched page is written in, as a browser decides it: a byte-order mark, else the
 * Content-Type header's `charset`, else a `<meta charset>` (or `http-equiv` Content-Type) near the top of the
 * page, else UTF-8. Many Arabic news sites still serve windows-1256, so the header and meta are honoured rather
 * than every page assumed UTF-8.
 */
export function pageCharset(contentType: string | null, bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  const fromHeader = /;\s*charset\s*=\s*"?([^";\s]+)/iu.exec(contentType ?? "")?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString("latin1");
  const fromMeta = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/iu.exec(head)?.[1];
  return fromMeta?.toLowerCase() ?? "utf-8";
}

/**
 * A fetched page's text in its character set. UTF-8 pages go through decodeArticleText, so they are checked
 * exactly as an imported .html file is (NUL bytes, invalid UTF-8); a page in another character set (UTF-16 too:
 * a server that says so is believed) is decoded strictly in it and checked the same way.
 */
export function decodePage(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new UnreadableFileError(`unknown character set "${charset}" (from the page's Content-Type or <meta charset>)`);
  }
  if (bytes.length === 0) throw new UnreadableFileError("empty page");
  if (decoder.encoding === "utf-8") return decodeArticleText(bytes);
  if (!decoder.encoding.startsWith("utf-16") && bytes.includes(0)) throw new UnreadableFileError("binary content (contains NUL bytes): not text or HTML");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new UnreadableFileError(`not valid ${decoder.encoding} text, though the page says it is`);
  }
  if (text.includes("\u0000")) throw new UnreadableFileError("binary content (contains NUL characters): not text or HTML");
  if (text.trim().length === 0) throw new UnreadableFileError("empty page (whitespace only)");
  return text;
}
