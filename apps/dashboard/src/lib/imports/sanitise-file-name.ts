/** Longest name kept for an uploaded file (the extension is kept whole); file systems allow 255 bytes. */
const MAX_NAME_CHARS = 120;

/**
 * A browser-supplied file name made safe to write into the upload's temporary folder and to show as the
 * article's source: only the last path segment (a name like "../../etc/passwd" or "C:\\x\\a.csv" is reduced to
 * "passwd" or "a.csv"), no control characters, no leading dots (no hidden files, no "." or ".."), characters
 * file systems or shells treat specially replaced by "_", cut to MAX_NAME_CHARS with the extension kept, unique
 * among `taken` (compared ignoring case: some file systems do), and never "" ("upload").
 */
export function sanitiseFileName(raw: string, taken: Set<string>): string {
  const last = raw.split(/[/\\]/u).pop() ?? "";
  let name = last
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f-\u009f]/gu, "")
    .replace(/[^\p{L}\p{N} ._()+,@=-]/gu, "_")
    .replace(/^[.\s]+/u, "")
    .replace(/\s+$/u, "");
  if (name === "") name = "upload";
  if (name.length > MAX_NAME_CHARS) {
    const ext = /\.[\p{L}\p{N}]{1,10}$/u.exec(name)?.[0] ?? "";
    name = name.slice(0, MAX_NAME_CHARS - ext.length) + ext;
  }
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) {
    const dot = name.lastIndexOf(".");
    unique = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
  }
  taken.add(unique.toLowerCase());
  return unique;
}
