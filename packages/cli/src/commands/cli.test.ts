import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import { promisify } from "node:util";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import { readCredentials } from "@framewatch/db/server";
import { createScratchDatabase, findFreePort, makeTempDir, startThrowawayPostgres } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli";

const execFileAsync = promisify(execFile);
const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");
const CORPUS = path.join(REPO_ROOT, "data", "corpus");

// Asynchronous (testing/run-cli.ts): a synchronous spawn blocks the test worker for as long as the command runs, and
// vitest's RPC to a worker blocked that long times out ("Timeout calling onTaskUpdate") on a busy machine.
const corpus = runCli;

describe("corpus analyze --json", () => {
  it("prints one contract object per article, in input order, and nothing else on stdout", async () => {
    const files = fs.readdirSync(CORPUS).sort();
    const { code, stdout } = await corpus(["analyze", "--json", "data/corpus"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n");
    expect(lines).toHaveLength(files.length);
    const objects = lines.map((l) => JSON.parse(l));
    expect(objects.map((o) => o.source)).toEqual(files.map((f) => `data/corpus/${f}`));
    for (const o of objects) {
      expect(Object.keys(o)).toEqual(
        expect.arrayContaining(["source", "title", "body", "outlet", "published", "groupTerms", "fighterClaims", "attacks", "framing"]),
      );
      for (const c of o.fighterClaims) expect((c.section === "title" ? o.title : o.body).slice(c.start, c.end)).toBe(c.text);
    }
  }, 120_000);

  it("delivers every line to a slow reader on a pipe (no output lost at exit)", async () => {
    // The output is larger than a pipe buffer; the reader starts late, so
    // the CLI must wait for stdout to drain before it exits.
    const reader = `setTimeout(() => { let n = 0; process.stdin.on("data", (d) => { n += String(d).split("\\n").length - 1; }); process.stdin.on("end", () => console.log(String(n))); }, 500)`;
    const shell = `"${process.execPath}" "${BIN}" analyze --json data/corpus | "${process.execPath}" -e '${reader}'`;
    const env = { ...process.env, INIT_CWD: REPO_ROOT };
    const result = await execFileAsync("bash", ["-c", shell], { cwd: REPO_ROOT, env, encoding: "utf8", timeout: 120_000 });
    expect(result.stdout.trim()).toBe(String(fs.readdirSync(CORPUS).length));
  }, 120_000);
  // A bad file among good ones (an error object, the run goes on, exit 1): in bad-input.test.ts.
});

describe("corpus import", () => {
  let server: Awaited<ReturnType<typeof startThrowawayPostgres>>;
  let url: string;
  beforeAll(async () => {
    server = await startThrowawayPostgres();
    url = await createScratchDatabase(server, "cli");
  }, 120_000);
  afterAll(async () => server?.stop());

  it("reports 0 new the second time, and failed files with reasons", async () => {
    const first = await corpus(["import", "data/corpus"], { DATABASE_URL: url });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Imported 5 new, 0 unchanged");

    const second = await corpus(["import", "data/corpus"], { DATABASE_URL: url });
    expect(second.stdout).toContain("Imported 0 new, 5 unchanged");

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-cli-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    fs.copyFileSync(path.join(CORPUS, fs.readdirSync(CORPUS).sort()[0]!), path.join(dir, "copy.txt"));
    const third = await corpus(["import", dir], { DATABASE_URL: url });
    expect(third.code).not.toBe(0);
    expect(third.stdout).toContain("Imported 0 new, 1 unchanged, 0 re-analysed, 2 failed.");
    expect(third.stdout).toMatch(/failed: .*empty\.txt: empty file/);
    expect(third.stdout).toMatch(/failed: .*photo\.jpg: binary/);
  }, 180_000);

  it("imports structured files with --map, reports them unchanged the second time, and a broken line by its number", async () => {
    const args = ["import", "--map", "text=story", "docs/examples/articles.csv", "docs/examples/nexis-export.txt"];
    const first = await corpus(args, { DATABASE_URL: url });
    expect(first.stdout).toContain("Imported 5 new, 0 unchanged, 0 re-analysed, 0 failed.");
    expect(first.code).toBe(0);
    expect((await corpus(args, { DATABASE_URL: url })).stdout).toContain("Imported 0 new, 5 unchanged, 0 re-analysed, 0 failed.");

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-cli-"));
    const record = { text: "Officials said on Sunday that about 40 fighters remain hidden in the orchards near Baqubah.", outlet: "Rudaw" };
    fs.writeFileSync(path.join(dir, "feed.jsonl"), `${JSON.stringify(record)}\n{"text": "broken\n`);
    const broken = await corpus(["import", "--format", "jsonl", path.join(dir, "feed.jsonl")], { DATABASE_URL: url });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain("Imported 1 new, 0 unchanged, 0 re-analysed, 1 failed.");
    expect(broken.stdout).toMatch(/failed: .*feed\.jsonl:2: not valid JSON/);
  }, 180_000);

  it("fetches the pages of --urls along with the paths, reports a timed-out URL, and the same page again as unchanged", async () => {
    const prose = (n: number) =>
      `<p>Iraqi officials say about ${n} militants have regrouped in the desert west of Mosul, an army spokesman told reporters on Sunday. ` +
      `They move at night between caves, and the army has asked for more drones to watch them.</p>`;
    // A page, and one that never answers: a local server (nothing here reaches the internet).
    const web = http.createServer((req, res) => {
      if (req.url === "/news/regroup")
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<html><head><title>Militants regroup</title></head><body><article>${prose(300)}${prose(301)}</article></body></html>`);
      else if (req.url !== "/slow") res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => web.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
    const dir = makeTempDir("framewatch-cli-urls-");
    try {
      fs.writeFileSync(path.join(dir, "urls.txt"), `# two pages\n${base}/news/regroup\n\n${base}/slow\n`);
      const env = { DATABASE_URL: url, FRAMEWATCH_URL_TIMEOUT_S: "1" };
      const first = await corpus(["import", "--urls", path.join(dir, "urls.txt"), "docs/examples/news-please.jsonl"], env);
      expect(first.stdout, first.stderr).toContain("Imported 4 new, 0 unchanged, 0 re-analysed, 1 failed.");
      expect(first.stdout).toContain(`  failed: ${base}/slow: timed out after 1 s (FRAMEWATCH_URL_TIMEOUT_S)\n`);
      expect(first.code).toBe(1);
      fs.writeFileSync(path.join(dir, "again.txt"), `${base}/news/regroup\n`);
      const again = await corpus(["import", `--urls=${path.join(dir, "again.txt")}`], env);
      expect(again.stdout, again.stderr).toContain("Imported 0 new, 1 unchanged, 0 re-analysed, 0 failed.");
      expect(again.code).toBe(0);

      // analyze reads the same lists, without a database: one contract object per page, an error object per failure.
      const analysed = await corpus(["analyze", "--json", "--urls", path.join(dir, "urls.txt")], { FRAMEWATCH_URL_TIMEOUT_S: "1" });
      const objects = analysed.stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(objects.map((o) => o.source).sort()).toEqual([`${base}/news/regroup`, `${base}/slow`]);
      const page = objects.find((o) => o.source.endsWith("/news/regroup"));
      expect(page.title).toBe("Militants regroup");
      expect(page.fighterClaims.map((c: { low: number }) => c.low)).toContain(300);
      expect(objects.find((o) => o.source.endsWith("/slow"))).toEqual({ source: `${base}/slow`, error: "timed out after 1 s (FRAMEWATCH_URL_TIMEOUT_S)" });
      expect(analysed.code).toBe(1);
    } finally {
      web.closeAllConnections();
      web.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("corpus import on the embedded server", () => {
  it("migrates as the owner, imports as the least-privilege role, and never prints a password", async () => {
    const parent = makeTempDir("framewatch-cli-embedded-");
    try {
      const dataDir = path.join(parent, "postgres");
      const env = { DATABASE_URL: undefined, FRAMEWATCH_DATA_DIR: dataDir, FRAMEWATCH_PG_PORT: String(await findFreePort()), FRAMEWATCH_WORKERS: "1" };
      const first = await corpus(["import", "data/corpus"], env);
      expect(first.stdout + first.stderr).toMatch(/PostgreSQL \(embedded\) ready at postgresql:\/\/framewatch_app:\*\*\*@/);
      expect(first.stdout).toContain("Imported 5 new, 0 unchanged");
      expect(first.code).toBe(0);
      const credentials = readCredentials(dataDir)!;
      for (const login of [credentials.owner, credentials.app]) expect(first.stdout + first.stderr).not.toContain(login.password);
      const second = await corpus(["import", "data/corpus"], env);
      expect(second.stdout).toContain("Imported 0 new, 5 unchanged");
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  }, 240_000);
});
