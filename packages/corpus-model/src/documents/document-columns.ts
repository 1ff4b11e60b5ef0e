import type { DocumentField } from "./source-document";

/**
 * The column names each field is found under when no `--map` names one, in
 * order of preference: news-please's names first (`maintext`,
 * `date_publish`, `source_domain`, `authors`), then the plain names other
 * scrapers and spreadsheet exports use. Matched case-insensitively.
 */
export const DOCUMENT_COLUMNS: Readonly<Record<DocumentField, readonly string[]>> = {
  text: ["maintext", "text", "body", "content", "article", "full_text"],
  title: ["title", "headline"],
  url: ["url", "link", "source_url"],
  published: ["date_publish", "published", "date", "publish_date", "published_at", "pubdate"],
  // A named outlet beats the domain it was fetched from (news-please's source_domain).
  outlet: ["outlet", "publisher", "source", "publication", "source_domain"],
  byline: ["byline", "authors", "author"],
  language: ["language", "lang"],
};
