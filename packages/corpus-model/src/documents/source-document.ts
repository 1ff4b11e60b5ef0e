import type { SuppliedMetadata } from "../model/types";

/** One article read out of an import file (a JSON record, a CSV row, a Nexis document), before analysis. */
export interface SourceDocument {
  /** The article's text as supplied (plain text or HTML); never empty. */
  text: string;
  /** What the file said about the article; only fields it actually gave. */
  metadata: SuppliedMetadata;
}

/** The fields a record can supply: the article text and each SuppliedMetadata field. */
export const DOCUMENT_FIELDS = ["text", "title", "url", "published", "outlet", "byline", "language"] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** `--map field=column`: which column (JSON key, CSV header) holds a field, over the usual names. */
export type FieldMap = Partial<Record<DocumentField, string>>;

/** A record that cannot be an article, with a reason a person can act on (the caller adds where it is). */
export class DocumentError extends Error {}
