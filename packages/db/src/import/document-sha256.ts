import { createHash } from "node:crypto";
import type { SourceDocument } from "@framewatch/corpus-model/documents";

/**
 * The identity of a document read out of a structured file: a sha256 of its
 * text and supplied metadata in a fixed order, so the same record imported
 * again (from the same file, another file or a zip) is the same article,
 * while a record whose text or metadata changed is a new one. Whole-file
 * articles keep the sha256 of their bytes.
 */
export function documentSha256(doc: SourceDocument): string {
  const metadata = Object.entries(doc.metadata)
    .filter(([, v]) => typeof v === "string" && v !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash("sha256").update(`framewatch-document/1\n${JSON.stringify([doc.text, metadata])}`).digest("hex");
}
