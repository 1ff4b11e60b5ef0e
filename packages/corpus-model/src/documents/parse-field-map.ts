import { DOCUMENT_FIELDS, DocumentError, type DocumentField, type FieldMap } from "./source-document";

/** Reads `--map` options ("text=article_body", "published=pub date") into a FieldMap; throws on an unknown field or a malformed pair. */
export function parseFieldMap(pairs: readonly string[]): FieldMap {
  const map: FieldMap = {};
  for (const pair of pairs) {
    const eq = pair.indexOf("=");
    const field = (eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase();
    const column = eq < 0 ? "" : pair.slice(eq + 1).trim();
    if (eq < 0 || !column) throw new DocumentError(`--map ${JSON.stringify(pair)}: expected field=column, e.g. --map text=article_body`);
    if (!(DOCUMENT_FIELDS as readonly string[]).includes(field)) {
      throw new DocumentError(`--map ${JSON.stringify(pair)}: unknown field "${field}" (fields: ${DOCUMENT_FIELDS.join(", ")})`);
    }
    map[field as DocumentField] = column;
  }
  return map;
}
