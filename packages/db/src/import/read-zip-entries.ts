import fs from "node:fs";
import yauzl from "yauzl";
import type { ByteSource, FailedDocument } from "./read-documents";
import { firstLine } from "../first-line";

/** More entries than any export of articles has; a zip claiming more is refused before anything is read. */
export const MAX_ZIP_ENTRIES = 10_000;
/** The most a zip may unpack to in all: a bomb (a few kB that inflate to terabytes) is refused from its directory. */
export const MAX_ZIP_TOTAL_BYTES = 2 * 1024 * 1024 * 1024;

/** The limits a zip's directory is checked against (lowered only by tests). */
export interface ZipLimits {
  maxEntries: number;
  maxTotalBytes: number;
}

/**
 * The files of a zip archive, in the archive's order, each as a ByteSource
 * named `archive.zip!inner/path`. The whole directory is read and checked
 * first, so an archive that is refused stages nothing: too many entries, an
 * entry that would unpack outside the archive (`../x`, an absolute path), or
 * a total unpacked size over MAX_ZIP_TOTAL_BYTES. Sizes are the directory's,
 * and yauzl checks each entry's actual size against it as it inflates, so a
 * lying entry fails instead of growing without end. Folders and hidden
 * entries (`.DS_Store`, `__MACOSX/`) are skipped, as hidden files are in folders.
 *
 * Takes ownership of `fd` and closes it.
 */
export async function* readZipEntries(
  fd: number,
  source: string,
  limits: ZipLimits = { maxEntries: MAX_ZIP_ENTRIES, maxTotalBytes: MAX_ZIP_TOTAL_BYTES },
): AsyncGenerator<ByteSource | FailedDocument> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromFdPromise(fd, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true });
  } catch (error) {
    fs.closeSync(fd);
    yield { source, reason: `not a readable zip archive: ${firstLine(error)}` };
    return;
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      yield { source, reason: `zip archive refused: ${zip.entryCount} entries, over the limit of ${limits.maxEntries}` };
      return;
    }
    const entries: yauzl.Entry[] = [];
    try {
      for await (const entry of zip.eachEntry()) entries.push(entry);
    } catch (error) {
      const message = firstLine(error);
      const unsafe = /^(invalid relative path|absolute path|invalid characters in fileName): (.*)$/u.exec(message);
      yield {
        source,
        reason: unsafe
          ? `zip archive refused: entry ${JSON.stringify(unsafe[2])} would unpack outside the archive; nothing in it was imported`
          : `not a readable zip archive: ${message}`,
      };
      return;
    }
    const files = entries.filter((e) => !e.fileName.endsWith("/") && !e.fileName.split("/").some((part) => part.startsWith(".") || part === "__MACOSX"));
    const total = files.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (total > limits.maxTotalBytes) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      yield { source, reason: `zip archive refused: it unpacks to ${mb(total)}, over the ${mb(limits.maxTotalBytes)} limit` };
      return;
    }
    if (files.length === 0) {
      yield { source, reason: "zip archive holds no files to import" };
      return;
    }
    for (const entry of files) {
      const inner = `${source}!${entry.fileName}`;
      if (entry.isEncrypted()) {
        yield { source: inner, reason: "encrypted zip entry: not read" };
        continue;
      }
      if (!entry.canDecodeFileData()) {
        yield { source: inner, reason: `zip entry compressed with an unsupported method (${entry.compressionMethod})` };
        continue;
      }
      // Entries read whole are held to the per-file limit by their reader; streamed ones (JSON Lines, CSV) per record.
      yield { source: inner, name: entry.fileName, size: entry.uncompressedSize, open: () => zip.openReadStreamPromise(entry) };
    }
  } finally {
    zip.close();
  }
}
