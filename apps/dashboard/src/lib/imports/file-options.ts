import type { DocumentField, FieldMap, ImportFormat } from "@framewatch/corpus-model/documents";

/** One file's entry in the upload's `options` part; null when it is read as by default. */
export type FileOptions = { format?: ImportFormat; map?: FieldMap } | null;

/**
 * What the upload page sends for one file: the format when one was chosen, and only the columns the editor changed
 * from the detected ones. A field left as detected is then found per record by the server, as without --map — a
 * JSON record lacking the column detected from the others still gets its own (source_domain for the outlet), which
 * sending the whole prefilled mapping would prevent.
 */
export function fileOptions(
  format: ImportFormat | "",
  chosen: Partial<Record<DocumentField, string>>,
  detected: Partial<Record<DocumentField, string>>,
): FileOptions {
  const map: FieldMap = {};
  for (const [field, column] of Object.entries(chosen) as [DocumentField, string | undefined][]) {
    if (column && column !== detected[field]) map[field] = column;
  }
  const changed = Object.keys(map).length > 0;
  if (!format && !changed) return null;
  return { ...(format ? { format } : {}), ...(changed ? { map } : {}) };
}
