/** What `corpus import --format` accepts: how every file named (and every file inside a zip) is read. */
export const IMPORT_FORMATS = ["jsonl", "json", "csv", "tsv", "nexis", "text", "html"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How one file is read: a format, or a zip archive whose entries are each read by their own name. */
export type FileKind = ImportFormat | "zip" | "auto-text";

/**
 * The reader for a file name. A zip is always a zip (`--format` then says how
 * its entries are read). Otherwise `--format` wins, else the extension;
 * anything else (.txt, no extension) is "auto-text": one article, or a Nexis
 * export when its content is one (read-documents decides after reading it).
 */
export function detectFileKind(name: string, override?: ImportFormat): FileKind {
  const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? "";
  if (ext === "zip") return "zip";
  if (override) return override;
  switch (ext) {
    case "jsonl":
    case "ndjson":
      return "jsonl";
    case "json":
      return "json";
    case "csv":
      return "csv";
    case "tsv":
    case "tab":
      return "tsv";
    case "html":
    case "htm":
      return "html";
    default:
      return "auto-text";
  }
}

export function parseImportFormat(value: string): ImportFormat | null {
  const v = value.trim().toLowerCase();
  return (IMPORT_FORMATS as readonly string[]).includes(v) ? (v as ImportFormat) : null;
}
