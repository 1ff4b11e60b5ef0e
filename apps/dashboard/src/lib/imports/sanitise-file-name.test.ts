import { describe, expect, it } from "vitest";
import { sanitiseFileName } from "./sanitise-file-name";

describe("sanitiseFileName", () => {
  it.each([
    ["feed.csv", "feed.csv"],
    ["../../etc/passwd", "passwd"],
    ["..\\..\\windows\\win.ini", "win.ini"],
    ["C:\\Users\\ana\\export.jsonl", "export.jsonl"],
    ["/abs/path/a.txt", "a.txt"],
    ["..", "upload"],
    [".", "upload"],
    ["", "upload"],
    ["...hidden", "hidden"],
    [".env", "env"],
    ["a\u0000b\u001f.txt", "ab.txt"],
    ["rm -rf $(x);`y`|z>w.csv", "rm -rf _(x)__y__z_w.csv"],
    ["Über Nachrichten — März.txt", "Über Nachrichten _ März.txt"],
    ["trailing space.txt  ", "trailing space.txt"],
  ])("%j -> %j", (raw, expected) => {
    expect(sanitiseFileName(raw, new Set())).toBe(expected);
  });

  it("keeps the extension of a cut name and makes names unique, ignoring case", () => {
    const long = sanitiseFileName(`${"a".repeat(300)}.jsonl`, new Set());
    expect(long).toHaveLength(120);
    expect(long.endsWith(".jsonl")).toBe(true);
    const taken = new Set<string>(["pasted urls"]);
    expect(["a.csv", "A.csv", "sub/a.csv", "pasted URLs", "a (2).csv"].map((n) => sanitiseFileName(n, taken))).toEqual([
      "a.csv",
      "A (2).csv",
      "a (3).csv",
      "pasted URLs (2)",
      "a (2) (2).csv",
    ]);
  });
});
