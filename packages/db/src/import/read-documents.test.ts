import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import yazl from "yazl";
import { afterAll, describe, expect, it } from "vitest";
import { readDocuments, type FailedDocument, type ReadDocument } from "./read-documents";
import type { ImportFormat } from "./import-format";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-formats-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TEXT = "Iraqi officials said on Tuesday that about 150 fighters remain in the hills near Kirkuk.";
const MB = 1024 * 1024;

async function read(
  name: string,
  data: string | Buffer,
  options: { format?: ImportFormat; map?: Record<string, string>; maxFileBytes?: number; zipLimits?: { maxEntries: number; maxTotalBytes: number } } = {},
) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  const out: (ReadDocument | FailedDocument)[] = [];
  for await (const d of readDocuments(file, name, { maxFileBytes: 8 * MB, ...options })) out.push(d);
  return out;
}
const summary = (docs: (ReadDocument | FailedDocument)[]) => docs.map((d) => ("reason" in d ? `${d.source} FAILED ${d.reason}` : `${d.source} ${JSON.stringify(d.metadata)}`));

function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(Buffer.from(data), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => parts.push(c)).on("end", () => resolve(Buffer.concat(parts))).on("error", reject);
  });
}

describe("readDocuments: JSON Lines and JSON", () => {
  it("reads one article per line, skips empty lines, reports a broken line with its number and reads on; BOM and CRLF are fine", async () => {
    const lines = ["\uFEFF" + JSON.stringify({ maintext: TEXT, title: "One", date_publish: "2021-03-09 14:20:00" }), "", "{ broken", "\r", JSON.stringify({ text: TEXT.replace("150", "151"), outlet: "Rudaw" }) + "\r"];
    const docs = await read("export.jsonl", lines.join("\n"));
    expect(summary(docs)).toEqual([
      'export.jsonl:1 {"title":"One","published":"2021-03-09"}',
      expect.stringMatching(/^export\.jsonl:3 FAILED not valid JSON: /),
      'export.jsonl:5 {"outlet":"Rudaw"}',
    ]);
  });

  it("gives the same document the same identity wherever it is, and a changed one another", async () => {
    const record = { maintext: TEXT, title: "One", url: "https://www.bbc.co.uk/news/x" };
    const [a] = await read("a.jsonl", JSON.stringify(record));
    const [b] = await read("b.json", JSON.stringify([{ url: record.url, title: "One", maintext: TEXT }]));
    const [c] = await read("c.jsonl", JSON.stringify({ ...record, title: "Two" }));
    expect((b as ReadDocument).source).toBe("b.json#1");
    expect((a as ReadDocument).sha256).toBe((b as ReadDocument).sha256);
    expect((a as ReadDocument).sha256).not.toBe((c as ReadDocument).sha256);
  });

  it("refuses a line over the limit without holding it, and a file of empty lines; a wrong --map fails each record with the mapping named", async () => {
    const huge = JSON.stringify({ text: "word ".repeat(300_000) });
    expect(summary(await read("huge.jsonl", `${huge}\n${JSON.stringify({ text: TEXT })}\n`, { maxFileBytes: MB }))).toEqual([
      "huge.jsonl:1 FAILED line too long: over the 1.0 MB limit (FRAMEWATCH_MAX_FILE_MB)",
      "huge.jsonl:2 {}",
    ]);
    expect(summary(await read("blank.jsonl", "\n\n  \n"))).toEqual(["blank.jsonl FAILED no records: every line is empty"]);
    expect(summary(await read("mapped.jsonl", JSON.stringify({ text: TEXT }), { map: { text: "story" } }))).toEqual([
      'mapped.jsonl:1 FAILED --map text=story: there is no column "story" (columns: "text")',
    ]);
  });

  it("reads a JSON array, reports a non-object element by its index, and refuses invalid JSON as one failure", async () => {
    expect(summary(await read("feed.json", JSON.stringify([{ body: TEXT }, 42, { text: "" }])))).toEqual([
      "feed.json#1 {}",
      "feed.json#2 FAILED not a JSON object (number): each record must be one article",
      'feed.json#3 FAILED no article text: column "text" is empty',
    ]);
    expect(summary(await read("bad.json", "[{\"text\": 1,"))).toEqual([expect.stringMatching(/^bad\.json FAILED not valid JSON: /)]);
    expect(summary(await read("nul.json", JSON.stringify([{ text: `${TEXT}\u0000` }])))).toEqual(["nul.json#1 FAILED binary content (contains NUL characters): not text"]);
  });
});

describe("readDocuments: CSV and TSV", () => {
  it("reads quoted fields holding commas, quotes and newlines, a BOM, a mapped text column; a short row is reported with its line", async () => {
    const csv = '\uFEFFheadline,story,published,outlet\r\n"Raid, then calm","He said ""about 150"" remain.\nThey move at night.",2021-06-12,Shafaq News\r\nonly,two\r\n' + `Second,${TEXT},,\r\n`;
    const docs = await read("feed.csv", csv, { map: { text: "story" } });
    expect(summary(docs)).toEqual([
      'feed.csv:row 2 {"title":"Raid, then calm","outlet":"Shafaq News","published":"2021-06-12"}',
      "feed.csv:line 4 FAILED malformed CSV record: its number of fields differs from the header's",
      'feed.csv:row 4 {"title":"Second"}',
    ]);
    expect((docs[0] as ReadDocument).text).toBe('He said "about 150" remain.\nThey move at night.');
  });

  it("fails the file when the header has no text column or --map names a column it lacks, naming the columns", async () => {
    expect(summary(await read("notext.csv", `headline,story\nA,${TEXT}\n`))).toEqual([
      'notext.csv FAILED no text column: none of maintext, text, body, content, article, full_text (columns: "headline", "story"); name it with --map text=COLUMN',
    ]);
    expect(summary(await read("wrongmap.csv", `text,date\n${TEXT},2020-01-01\n`, { map: { published: "pubdate" } }))).toEqual([
      'wrongmap.csv FAILED --map published=pubdate: there is no column "pubdate" (columns: "text", "date")',
    ]);
    expect(summary(await read("header.csv", "text,title\n"))).toEqual(["header.csv FAILED no records: only a header row"]);
  });

  it("refuses the rest of the file from a record over the size limit, with its line, keeping the rows before it", async () => {
    const csv = `text,title\n"${TEXT}",Fine\n"${"word ".repeat(300_000)}",Huge\n"${TEXT}",After\n`;
    expect(summary(await read("huge.csv", csv, { maxFileBytes: MB }))).toEqual([
      'huge.csv:row 2 {"title":"Fine"}',
      "huge.csv:line 3 FAILED a record over the 1.0 MB limit (FRAMEWATCH_MAX_FILE_MB): it and the rest of the file were not read",
    ]);
  });

  it("reports a quote never closed with its line, keeping the rows before it", async () => {
    const csv = `text,title\n"${TEXT}",Fine\n"never closed,Broken\n${TEXT},Lost\n`;
    expect(summary(await read("quote.csv", csv))).toEqual(['quote.csv:row 2 {"title":"Fine"}', expect.stringMatching(/^quote\.csv:line \d+ FAILED malformed CSV record: .*quote/i)]);
  });

  it("reads TSV by extension and CSV under --format", async () => {
    expect(summary(await read("feed.tsv", `text\ttitle\n${TEXT}\tTabbed\n`))).toEqual(['feed.tsv:row 2 {"title":"Tabbed"}']);
    expect(summary(await read("feed.dat", `text,title\n"${TEXT}",Forced\n`, { format: "csv" }))).toEqual(['feed.dat:row 2 {"title":"Forced"}']);
  });
});

describe("readDocuments: text, Nexis and zip", () => {
  it("keeps a plain text file one article with no metadata, and splits a .txt that is a Nexis export", async () => {
    const [plain] = await read("plain.txt", TEXT);
    expect(plain).toMatchObject({ source: "plain.txt", metadata: null, text: TEXT });
    const nexis = `Headline one\nSome Paper\nMay 1, 2021\nBody\n${TEXT}\nEnd of Document\nHeadline two\nBody\n${TEXT} Again.\nEnd of Document\n`;
    expect(summary(await read("nexis.txt", nexis))).toEqual([
      'nexis.txt#1 {"title":"Headline one","published":"2021-05-01","outlet":"Some Paper"}',
      'nexis.txt#2 {"title":"Headline two"}',
    ]);
  });

  it("reads each file in a zip by its own name, with the inner path in its source", async () => {
    const zip = await zipOf({
      "inner/a.jsonl": `${JSON.stringify({ text: TEXT, title: "Zipped" })}\nnot json\n`,
      "b.txt": TEXT,
      "__MACOSX/._b.txt": "junk",
      "nested.zip": await zipOf({ "c.txt": TEXT }),
    });
    expect(summary(await read("archive.zip", zip))).toEqual([
      'archive.zip!inner/a.jsonl:1 {"title":"Zipped"}',
      expect.stringMatching(/^archive\.zip!inner\/a\.jsonl:2 FAILED not valid JSON/),
      "archive.zip!b.txt null",
      "archive.zip!nested.zip FAILED a zip archive inside a zip archive is not read: unpack the inner archive and import it",
    ]);
  });

  it("refuses a zip with an entry escaping it (../x) before reading anything, and a zip that is not one", async () => {
    // yazl will not write "../x"; write "aa/x" and rename it in place in both headers (same length).
    const zip = await zipOf({ "ok.txt": TEXT, "aa/x.txt": TEXT });
    const evil = Buffer.from(zip.toString("latin1").replaceAll("aa/x.txt", "../x.txt"), "latin1");
    expect(summary(await read("evil.zip", evil))).toEqual([
      'evil.zip FAILED zip archive refused: entry "../x.txt" would unpack outside the archive; nothing in it was imported',
    ]);
    expect(summary(await read("fake.zip", Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(100, 7)])))).toEqual([
      expect.stringMatching(/^fake\.zip FAILED not a readable zip archive: /),
    ]);
  });

  it("refuses a zip entry read whole that is over the size limit, and reads the rest", async () => {
    const zip = await zipOf({ "big.txt": "word ".repeat(300_000), "small.txt": TEXT });
    expect(summary(await read("bomb.zip", zip, { maxFileBytes: MB }))).toEqual([
      expect.stringMatching(/^bomb\.zip!big\.txt FAILED too large: 1\.4 MB \(1500000 bytes\), over the 1\.0 MB limit/),
      "bomb.zip!small.txt null",
    ]);
  });

  it("refuses from its directory a zip with too many entries or too much to unpack, and fails an entry that inflates past its declared size", async () => {
    const three = await zipOf({ "a.txt": TEXT, "b.txt": TEXT, "c.txt": TEXT });
    expect(summary(await read("many.zip", three, { zipLimits: { maxEntries: 2, maxTotalBytes: MB } }))).toEqual(["many.zip FAILED zip archive refused: 3 entries, over the limit of 2"]);
    expect(summary(await read("large.zip", three, { zipLimits: { maxEntries: 10, maxTotalBytes: 200 } }))).toEqual([
      `large.zip FAILED zip archive refused: it unpacks to 0.0 MB, over the 0.0 MB limit`,
    ]);
    // A bomb's directory understates what an entry inflates to: declare 10 bytes for a 1.5 MB entry.
    const zip = await zipOf({ "bomb.txt": "word ".repeat(300_000), "small.txt": TEXT });
    const lying = Buffer.from(zip);
    for (const [signature, offset] of [[0x04034b50, 22], [0x02014b50, 24]] as const) {
      for (let i = lying.indexOf(Buffer.from([0x50, 0x4b])); i >= 0; i = lying.indexOf(Buffer.from([0x50, 0x4b]), i + 1)) {
        const nameAt = signature === 0x04034b50 ? 30 : 46;
        if (lying.readUInt32LE(i) === signature && lying.toString("latin1", i + nameAt, i + nameAt + 8) === "bomb.txt") lying.writeUInt32LE(10, i + offset);
      }
    }
    expect(summary(await read("lying.zip", lying))).toEqual([expect.stringMatching(/^lying\.zip!bomb\.txt FAILED cannot read: too many bytes in the stream/), "lying.zip!small.txt null"]);
  });
});
