import { describe, expect, it } from "vitest";
import { fileOptions } from "./file-options";

describe("fileOptions (what the upload page sends for a file)", () => {
  it("sends nothing for a file read as detected, and only the changed columns otherwise", () => {
    const detected = { text: "maintext", outlet: "outlet", title: "title" };
    expect(fileOptions("", { ...detected }, detected)).toBeNull();
    expect(fileOptions("", { ...detected, outlet: "source_domain", byline: "writer" }, detected)).toEqual({ map: { outlet: "source_domain", byline: "writer" } });
    expect(fileOptions("tsv", { ...detected }, detected)).toEqual({ format: "tsv" });
    // A field the editor cleared is not sent (the server would detect it again: there is no "none" in --map).
    expect(fileOptions("", { text: "Story", title: "" }, {})).toEqual({ map: { text: "Story" } });
  });
});
