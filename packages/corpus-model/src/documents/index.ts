export { DOCUMENT_FIELDS, DocumentError, type DocumentField, type FieldMap, type SourceDocument } from "./source-document";
export { DOCUMENT_COLUMNS } from "./document-columns";
export { detectFileKind, IMPORT_FORMATS, parseImportFormat, type FileKind, type ImportFormat } from "./import-format";
export { parseFieldMap } from "./parse-field-map";
export { normalisePublished } from "./normalise-published";
export { detectColumns, documentFromRecord, readRecord, resolveColumns, type ResolvedColumns } from "./read-record";
export { looksLikeNexisExport, readNexisDocument, splitNexisExport } from "./split-nexis-export";
