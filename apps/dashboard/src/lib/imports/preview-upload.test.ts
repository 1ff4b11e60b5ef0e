import { describe, expect, it } from "vitest";
import { firstArrayElements, PREVIEW_BYTES, PREVIEW_ROWS, previewUpload } from "./preview-upload";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("previewUpload (the upload page's preview, parsed in the browser)", () => {
  it("reads a CSV header and first rows, quoted fields with commas and newlines included, and prefills the server's detection", () => {
    const csv = '\uFEFFHeadline,Story,Published,Paper\n"Fighters, regrouped","Line one\nline two",2017-03-02,The Times\nSecond,Body,,\n';
    const p = previewUpload("feed.csv", bytes(csv), false);
    expect(p).toEqual({
      kind: "table",
      format: "csv",
      columns: ["Headline", "Story", "Published", "Paper"],
      rows: [
        ["Fighters, regrouped", "Line one line two", "2017-03-02", "The Times"],
        ["Second", "Body", "", ""],
      ],
      // "Story" and "Paper" are no usual names: the page asks for the text column; the rest are found as the CLI finds them.
      detected: { title: "Headline", published: "Published" },
      partial: false,
    });
  });

  it("reads TSV by its extension, or any file as the format chosen", () => {
    const p = previewUpload("export.tab", bytes("text\toutlet\nBody one\tRudaw\n"), false);
    expect(p).toMatchObject({ kind: "table", format: "tsv", rows: [["Body one", "Rudaw"]], detected: { text: "text", outlet: "outlet" } });
    expect(previewUpload("export.txt", bytes("text\toutlet\nBody\tX\n"), false, "tsv")).toMatchObject({ kind: "table", format: "tsv" });
  });

  it("reads news-please JSON Lines: columns in order of first appearance, lists joined, detection as on the server", () => {
    const lines = [
      { title: "A", maintext: "Text A", date_publish: "2017-03-02 10:00:00", source_domain: "www.rudaw.net", authors: ["Ann", "Bo"] },
      { title: "B", maintext: "Text B", language: "en" },
    ].map((r) => JSON.stringify(r));
    const p = previewUpload("news.jsonl", bytes(lines.join("\n")), false);
    expect(p).toMatchObject({
      kind: "table",
      format: "jsonl",
      columns: ["title", "maintext", "date_publish", "source_domain", "authors", "language"],
      rows: [
        ["A", "Text A", "2017-03-02 10:00:00", "www.rudaw.net", "Ann, Bo", ""],
        ["B", "Text B", "", "", "", "en"],
      ],
      detected: { text: "maintext", title: "title", published: "date_publish", outlet: "source_domain", byline: "authors", language: "language" },
    });
  });

  it("drops the cut last line of a file longer than the preview, and says the rows are the first of more", () => {
    const line = JSON.stringify({ text: "x".repeat(200) });
    const many = Array.from({ length: 400 }, () => line).join("\n");
    const head = bytes(many).slice(0, PREVIEW_BYTES);
    const p = previewUpload("big.jsonl", head, true);
    expect(p).toMatchObject({ kind: "table", partial: true });
    expect(p.kind === "table" && p.rows.length).toBe(PREVIEW_ROWS);
    // A CSV cut inside its last record likewise shows the complete ones.
    const csv = `text,title\n${Array.from({ length: 3000 }, (_, i) => `"body ${i}",title ${i}`).join("\n")}`;
    expect(previewUpload("big.csv", bytes(csv).slice(0, PREVIEW_BYTES), true)).toMatchObject({ kind: "table", rows: [["body 0", "title 0"], ["body 1", "title 1"], ["body 2", "title 2"], ["body 3", "title 3"], ["body 4", "title 4"]] });
  });

  it("reads the first elements of a JSON array even when the file is cut in the middle of one", () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ body: `Text ${i}, with "quotes" and [brackets]`, outlet: `O${i}` }));
    const text = JSON.stringify(records, null, 2);
    const p = previewUpload("dump.json", bytes(text).slice(0, 700), true);
    expect(p).toMatchObject({ kind: "table", format: "json", columns: ["body", "outlet"], detected: { text: "body", outlet: "outlet" } });
    expect(p.kind === "table" && p.rows[0]).toEqual(['Text 0, with "quotes" and [brackets]', "O0"]);
    expect(firstArrayElements('[{"a":"]"},{"a":2},{"a', 5)).toEqual([{ a: "]" }, { a: 2 }]);
    expect(previewUpload("one.json", bytes('{"text":"Only","title":"One"}'), false)).toMatchObject({ kind: "table", rows: [["Only", "One"]] });
  });

  it("reports what the server would refuse, and leaves whole-file formats unpreviewed", () => {
    expect(previewUpload("bad.jsonl", bytes('{"text":"ok"}\n{not json}\n'), false)).toMatchObject({ kind: "error", format: "jsonl", reason: expect.stringMatching(/^line 2 is not valid JSON/) });
    expect(previewUpload("arr.jsonl", bytes("[1,2]\n"), false)).toMatchObject({ kind: "error", reason: expect.stringMatching(/not JSON objects/) });
    expect(previewUpload("empty.csv", bytes(""), false)).toMatchObject({ kind: "error", reason: "no columns found in the first rows" });
    expect(previewUpload("a.zip", bytes("PK"), false)).toEqual({ kind: "whole", fileKind: "zip" });
    expect(previewUpload("a.txt", bytes("Some text"), false)).toEqual({ kind: "whole", fileKind: "auto-text" });
    expect(previewUpload("a.html", bytes("<p>x</p>"), false)).toEqual({ kind: "whole", fileKind: "html" });
  });

  it("cuts long cells, so an article's text does not fill the table", () => {
    const p = previewUpload("long.csv", bytes(`text\n"${"word ".repeat(100)}"\n`), false);
    expect(p.kind === "table" && p.rows[0]![0]!.length).toBe(120);
    expect(p.kind === "table" && p.rows[0]![0]!.endsWith("…")).toBe(true);
  });
});
