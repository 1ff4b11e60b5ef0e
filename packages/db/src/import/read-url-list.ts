import fs from "node:fs";
import { describeError } from "./collect-files";
import type { FailedDocument } from "./read-documents";
import { openRegularFile, UnreadableFileError } from "./read-article-file";
import { readLines } from "./read-lines";

/** A URL line longer than this is not a URL anyone typed or exported; it is reported, not held. */
const MAX_URL_LINE_BYTES = 64 * 1024;

/** One URL to fetch, as its list gave it. */
export interface ListedUrl {
  /**
   * The URL as the parser writes it (`https://www.rudaw.net/english/…`: scheme and host lower-cased, control
   * characters escaped): what the run's summary and the article's source show.
   */
  source: string;
  url: URL;
}

/**
 * Reads a list of URLs one line at a time (`corpus import --urls list.txt`): blank lines and lines starting with
 * `#` are skipped, anything else must be an http or https URL; a line that is not is yielded as failed with its
 * line number (`list.txt:3`). A list that cannot be read, or holds no URL line at all, is one failure.
 */
export async function* readUrlList(path: string, source: string): AsyncGenerator<ListedUrl | FailedDocument> {
  let fd: number;
  try {
    fd = openRegularFile(path).fd;
  } catch (error) {
    yield { source, reason: error instanceof UnreadableFileError ? error.message : describeError(error) };
    return;
  }
  const stream = fs.createReadStream("", { fd, autoClose: true });
  let any = false;
  try {
    for await (const line of readLines(stream, MAX_URL_LINE_BYTES, `line too long: over ${MAX_URL_LINE_BYTES / 1024} KB, not a URL`)) {
      const at = `${source}:${line.number}`;
      if ("error" in line) {
        any = true;
        yield { source: at, reason: line.error };
        continue;
      }
      const text = line.text.trim();
      if (text === "" || text.startsWith("#")) continue;
      any = true;
      yield parseListedUrl(text, at);
    }
  } catch (error) {
    yield { source, reason: `cannot read the list: ${describeError(error)}` };
    return;
  } finally {
    stream.destroy();
  }
  if (!any) yield { source, reason: "no URLs: every line is blank or a # comment" };
}

function parseListedUrl(text: string, at: string): ListedUrl | FailedDocument {
  const shown = JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…` : text);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { source: at, reason: `not a URL: ${shown} (one http:// or https:// URL per line)` };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { source: at, reason: `not fetched: ${shown} is not http or https (${url.protocol})` };
  // fetch refuses them anyway; said here, and the line not echoed, so a password never reaches the summary.
  if (url.username || url.password) return { source: at, reason: "not fetched: the URL holds a user name or password" };
  return { source: url.href, url };
}
