// How a file is read is decided by its name, in the browser's upload preview as on the server: the pure rule lives in
// corpus-model, which the dashboard's client bundle can import without pulling in pg or node modules.
export { detectFileKind, IMPORT_FORMATS, parseImportFormat, type FileKind, type ImportFormat } from "@framewatch/corpus-model/documents";
