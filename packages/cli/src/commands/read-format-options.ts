import { DocumentError, parseFieldMap, type FieldMap } from "@framewatch/corpus-model/documents";
import { IMPORT_FORMATS, parseImportFormat, type ImportFormat } from "@framewatch/db/import";

/** `--format` (once) and `--map field=column` (repeatable) as read options, or the problem to print with the usage. */
export function readFormatOptions(values: Map<string, string[]>): { format?: ImportFormat; map: FieldMap } | { problem: string } {
  const formats = values.get("--format") ?? [];
  if (formats.length > 1) return { problem: "--format given more than once" };
  const format = formats[0] === undefined ? undefined : parseImportFormat(formats[0]);
  if (format === null) return { problem: `unknown format ${JSON.stringify(formats[0])} (formats: ${IMPORT_FORMATS.join(", ")})` };
  try {
    return { format, map: parseFieldMap(values.get("--map") ?? []) };
  } catch (error) {
    if (error instanceof DocumentError) return { problem: error.message };
    throw error;
  }
}
