import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import yazl from "yazl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { REPO_ROOT } from "../paths";
import { createTestDatabase } from "../testing/create-test-database";
import { importCorpus, reanalyseStored } from "./import-corpus";

const EXAMPLES = path.join(REPO_ROOT, "docs", "examples");
const JSONL = "docs/examples/news-please.jsonl";
const CSV = "docs/examples/articles.csv";
const NEXIS = "docs/examples/nexis-export.txt";

function zipOf(entries: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(Buffer.from(data), name);
  zip.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    zip.outputStream.on("data", (c: Buffer) => parts.push(c)).on("end", () => resolve(Buffer.concat(parts))).on("error", reject);
  });
}

describe("importCorpus with structured formats", () => {
  let prisma: PrismaClient;
  let url: string;
  let dir: string;
  beforeAll(async () => {
    ({ prisma, url } = await createTestDatabase("formats"));
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-formats-"));
  });
  afterAll(async () => {
    await prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const article = (source: string) => prisma.article.findFirstOrThrow({ where: { source }, include: { outlet: true } });

  it("stores a news-please JSONL file, a CSV with a mapped text column and a Nexis export as one article per record, with their metadata", async () => {
    const summary = await importCorpus(url, [JSONL, CSV, NEXIS], { cwd: REPO_ROOT, map: { text: "story" } });
    // The mapping applies to every file: the JSONL records have no "story" field, so import the CSV with it alone.
    expect(summary.failed).toBe(3);
    expect(summary.failures.map((f) => f.source)).toEqual([`${JSONL}:1`, `${JSONL}:2`, `${JSONL}:3`]);
    expect(summary.failures[0]!.reason).toBe('--map text=story: there is no column "story" (columns: "title", "maintext", "date_publish", "url", "source_domain", "authors", "language")');
    expect(await importCorpus(url, [JSONL], { cwd: REPO_ROOT })).toMatchObject({ imported: 3, failed: 0 });
    expect(await prisma.article.count()).toBe(8);

    const first = await article(`${JSONL}:1`);
    expect(first).toMatchObject({ title: "Iraqi troops sweep Hamrin foothills after night raids", publishedDate: "2021-03-09", publishedEvidence: "supplied: 2021-03-09", byline: "Layla Hassan" });
    expect(first.outlet?.name).toBe("Al Jazeera");
    expect(first.supplied).toMatchObject({ url: "https://www.aljazeera.com/news/2021/3/9/iraqi-troops-sweep-hamrin-foothills", language: "en" });
    expect(first.body.startsWith("Iraqi army units backed by helicopters")).toBe(true);
    // An outlet the table does not know is shown as its domain.
    expect((await article(`${JSONL}:3`)).outlet?.name).toBe("tigrisledger.example");

    const row = await article(`${CSV}:row 2`);
    expect(row).toMatchObject({ title: "Militants attack village near Kirkuk, killing two", publishedDate: "2021-06-12" });
    expect(row.outlet?.name).toBe("Shafaq News");
    // No outlet column value: the outlet comes from the URL's domain.
    const fromUrl = await article(`${CSV}:row 3`);
    expect(fromUrl.outlet?.name).toBe("Rudaw");
    expect(fromUrl).toMatchObject({ byline: "Karim Aziz", title: 'Officials warn of "sleeper cells" in western Mosul' });

    const nexis = await article(`${NEXIS}#1`);
    expect(nexis).toMatchObject({ title: "Iraqi commanders say militants regroup in Makhmour hills", publishedDate: "2021-03-04", byline: "Sarah Haddad" });
    expect(nexis.outlet?.name).toBe("The Tigris Ledger");
    expect(nexis.body).not.toMatch(/Load-Date|Classification|Length:/);
    expect((await article(`${NEXIS}#3`)).publishedDate).toBe("2021-05-15");
  });

  it("reports every document unchanged when the same files come again, loose or in a zip", async () => {
    expect(await importCorpus(url, [JSONL, NEXIS], { cwd: REPO_ROOT })).toMatchObject({ imported: 0, unchanged: 6, failed: 0 });
    expect(await importCorpus(url, [CSV], { cwd: REPO_ROOT, map: { text: "story" } })).toMatchObject({ imported: 0, unchanged: 2, failed: 0 });
    const csv = fs.readFileSync(path.join(EXAMPLES, "articles.csv"), "utf8").replace(/^headline,story,/u, "headline,text,");
    const zip = path.join(dir, "bundle.zip");
    fs.writeFileSync(
      zip,
      await zipOf({
        "feeds/news-please.jsonl": fs.readFileSync(path.join(EXAMPLES, "news-please.jsonl")),
        "feeds/articles.csv": csv,
        "nexis-export.txt": fs.readFileSync(path.join(EXAMPLES, "nexis-export.txt")),
        "feeds/articles.json": fs.readFileSync(path.join(EXAMPLES, "articles.json")),
        "loose/new.txt": "Army says patrols found an empty Islamic State hideout near Rutba on Monday, with food for about 20 fighters.\n",
      }),
    );
    const summary = await importCorpus(url, [zip]);
    expect(summary).toMatchObject({ imported: 2, unchanged: 8, failed: 0 });
    expect(await prisma.article.findFirst({ where: { source: `${zip}!loose/new.txt` } })).not.toBeNull();
    const fromArray = await article(`${zip}!feeds/articles.json#1`);
    expect(fromArray).toMatchObject({ title: "Mosul police say curfew lifted after arrests", publishedDate: "2021-08-19", byline: "Hana Yusuf" });
    expect(fromArray.outlet?.name).toBe("Nineveh Evening Star");
    expect(await importCorpus(url, [zip])).toMatchObject({ imported: 0, unchanged: 10, failed: 0 });
    expect(await prisma.article.count()).toBe(10);
  });

  it("reports a malformed line with its line number and imports the rest", async () => {
    const file = path.join(dir, "export.jsonl");
    const good = (n: number) => JSON.stringify({ text: `Officials said on Sunday that about ${n} fighters remain in the desert near the border.`, outlet: "Kurdistan 24" });
    fs.writeFileSync(file, [good(31), '{"text": "unterminated', good(32), ""].join("\n"));
    const summary = await importCorpus(url, [file]);
    expect(summary).toMatchObject({ imported: 2, failed: 1 });
    expect(summary.failures).toEqual([{ source: `${file}:2`, reason: expect.stringMatching(/^not valid JSON: /) }]);
    expect((await prisma.article.findFirstOrThrow({ where: { source: `${file}:3` }, include: { outlet: true } })).outlet?.name).toBe("Kurdistan24");
  });

  it("keeps supplied metadata when an article is re-analysed by a newer extractor", async () => {
    await prisma.article.updateMany({ where: { source: `${NEXIS}#1` }, data: { extractorVersion: "0.0.0" } });
    expect(await reanalyseStored(url)).toMatchObject({ reanalysed: 1, failed: 0 });
    const nexis = await article(`${NEXIS}#1`);
    expect(nexis).toMatchObject({ byline: "Sarah Haddad", publishedDate: "2021-03-04" });
    expect(nexis.outlet?.name).toBe("The Tigris Ledger");
  });
});
