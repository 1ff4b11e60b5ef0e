import type { SuppliedMetadata } from "@framewatch/corpus-model/model";

/** What an import file said about an article (Article.supplied), as the reader shows it: the metadata the analysis was given. */
export type Supplied = SuppliedMetadata;

const FIELDS = ["url", "title", "outlet", "published", "byline", "language"] as const satisfies readonly (keyof Supplied)[];

/** Reads the stored JSON defensively: only string fields the import writes are kept; anything else is no metadata. */
export function readSupplied(value: unknown): Supplied {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const out: Supplied = {};
  for (const field of FIELDS) {
    const v = (value as Record<string, unknown>)[field];
    if (typeof v === "string" && v.trim()) out[field] = v;
  }
  return out;
}

/** The supplied URL when it is a web address (a link is drawn only for http and https). */
export function suppliedHref(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}
