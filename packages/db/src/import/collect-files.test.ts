import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { walkFiles } from "./collect-files";

describe("walkFiles", () => {
  it("reports a subfolder it cannot list and goes on with the rest", () => {
    // Root may list any folder, so the failing listing is made by removing the folder between
    // the parent's listing and its own: the walker meets the same readdir error either way.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-walk-"));
    fs.mkdirSync(path.join(dir, "a"));
    fs.mkdirSync(path.join(dir, "b"));
    fs.writeFileSync(path.join(dir, "a", "one.txt"), "x");
    fs.writeFileSync(path.join(dir, "b", "two.txt"), "x");
    fs.writeFileSync(path.join(dir, "c.txt"), "x");
    const walk = walkFiles([dir], dir);
    expect(walk.next().value).toMatchObject({ source: "a/one.txt" });
    fs.rmSync(path.join(dir, "b"), { recursive: true });
    expect([...walk]).toEqual([{ source: "b", reason: "folder skipped: not found" }, { path: path.join(dir, "c.txt"), source: "c.txt" }]);
    fs.rmSync(dir, { recursive: true });
  });
});
