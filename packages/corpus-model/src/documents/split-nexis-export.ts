import type { SuppliedMetadata } from "../model/types";
import { normalisePublished } from "./normalise-published";
import { DocumentError, type SourceDocument } from "./source-document";

const SEPARATOR = /^[ \t]*End of Document[ \t]*$/imu;
const BODY_LINE = /^[ \t]*Body[ \t]*$/iu;
/** Where the text ends: the classification block, or the load date when there is none. */
const BODY_END = /^[ \t]*(?:Classification[ \t]*|Load-Date:.*)$/iu;
const HEADER_FIELD = /^[ \t]*(Title|Byline|Length|Dateline|Section|Highlight|Language|Publication-Type|Load-Date|Copyright)[ \t]*:[ \t]*(.*?)[ \t]*$/iu;

/** True when the text looks like a news-database export: documents ending in "End of Document", each with a "Body" line. */
export function looksLikeNexisExport(text: string): boolean {
  return SEPARATOR.test(text) && text.split(/\r?\n/u).some((l) => BODY_LINE.test(l));
}

/**
 * Splits a LexisNexis / Nexis Uni plain-text export into its documents, in
 * order. Each document is a header (the title, the publication, the date,
 * then lines such as "Byline: ..." and "Length: 612 words"), a line "Body",
 * the text, and a trailer (Classification, Language, Load-Date) up to "End
 * of Document". A document that cannot be read is returned as its error,
 * so the others are still imported.
 */
export function splitNexisExport(text: string): ({ document: SourceDocument } | { error: string })[] {
  const chunks = text.split(new RegExp(SEPARATOR.source, "gimu"));
  // Whatever follows the last separator is only a document if it has text (exports end with the separator).
  if (chunks.length > 1 && chunks[chunks.length - 1]!.trim() === "") chunks.pop();
  return chunks.map((chunk) => {
    try {
      return { document: readNexisDocument(chunk) };
    } catch (error) {
      if (error instanceof DocumentError) return { error: error.message };
      throw error;
    }
  });
}

/** One document of an export (the text between two "End of Document" lines). */
export function readNexisDocument(chunk: string): SourceDocument {
  const lines = chunk.split(/\r?\n/u);
  const bodyAt = lines.findIndex((l) => BODY_LINE.test(l));
  if (bodyAt < 0) throw new DocumentError('no "Body" line: a Nexis document is a header, a line "Body", then the text');
  const endAt = lines.findIndex((l, i) => i > bodyAt && BODY_END.test(l));
  const body = lines.slice(bodyAt + 1, endAt < 0 ? undefined : endAt).join("\n").trim();
  if (!body) throw new DocumentError('no article text after the "Body" line');

  const fields = new Map<string, string>();
  const free: string[] = [];
  lines.forEach((line, i) => {
    if (i >= bodyAt && (endAt < 0 || i < endAt)) return;
    const m = HEADER_FIELD.exec(line);
    if (m) {
      const key = m[1]!.toLowerCase();
      if (!fields.has(key)) fields.set(key, m[2]!);
    } else if (i < bodyAt && line.trim()) free.push(line.trim());
  });
  const metadata: SuppliedMetadata = {};
  // The free header lines are, in order, the title, the publication and the date ("March 4, 2021 Thursday").
  const title = fields.get("title") || (free[0] ?? "");
  const rest = fields.has("title") ? free : free.slice(1);
  if (title) metadata.title = title;
  const dateLine = rest.find((l) => normalisePublished(l) !== null);
  if (dateLine) metadata.published = normalisePublished(dateLine)!;
  const outlet = rest.find((l) => l !== dateLine && !/^copyright\b|^©/iu.test(l));
  if (outlet) metadata.outlet = outlet;
  const byline = fields.get("byline");
  if (byline) metadata.byline = byline;
  const language = fields.get("language");
  if (language) metadata.language = language;
  return { text: body, metadata };
}
