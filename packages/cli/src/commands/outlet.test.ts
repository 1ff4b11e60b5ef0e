import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import { createScratchDatabase, makeTempDir, startThrowawayPostgres } from "@framewatch/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = path.join(import.meta.dirname, "..", "..", "bin", "corpus.mjs");

function corpus(args: string[], env: Record<string, string | undefined>) {
  // stdin is a pipe, not a terminal: a merge without --yes cannot ask.
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, INIT_CWD: REPO_ROOT, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const prose = (n: number) =>
  `About ${n} ISIS fighters remain in the desert west of Kirkuk, an Iraqi army spokesman said on Sunday. A roadside bomb struck a convoy near Hawija.`;

describe("corpus outlet", () => {
  let server: Awaited<ReturnType<typeof startThrowawayPostgres>>;
  let env: Record<string, string>;
  let dir: string;
  beforeAll(async () => {
    server = await startThrowawayPostgres();
    env = { DATABASE_URL: await createScratchDatabase(server, "outlets") };
    dir = makeTempDir("framewatch-cli-outlets-");
    const records = [
      { text: prose(100), outlet: "Tigris Ledger" },
      { text: prose(200), url: "https://www.tigrisledger.example/news/2" },
      { text: prose(300), outlet: "Euphrates Daily" },
      { text: prose(400), outlet: "Euphrates Daily" },
    ];
    fs.writeFileSync(path.join(dir, "feed.jsonl"), `${records.map((r) => JSON.stringify(r)).join("\n")}\n`);
    expect(corpus(["import", path.join(dir, "feed.jsonl")], env).stdout).toContain("Imported 4 new");
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("lists outlets, prints what a merge moves, merges only with --yes, and lists the result with its former names", () => {
    const listed = corpus(["outlet", "list"], env);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^ *#\d+ +2 {2}Euphrates Daily$/m);
    expect(listed.stdout).toMatch(/^ *#\d+ +1 {2}Tigris Ledger$/m);
    expect(listed.stdout).toMatch(/^ *#\d+ +1 {2}tigrisledger\.example$/m);
    expect(listed.stdout).toContain("3 outlets.");

    const asked = corpus(["outlet", "merge", "tigrisledger.example", "Tigris Ledger"], env);
    expect(asked.stdout).toMatch(/Merge "tigrisledger\.example" \(#\d+, 1 article\) into "Tigris Ledger" \(#\d+, 1 article\):/);
    expect(asked.stdout).toContain('1 article move to "Tigris Ledger", which then has 2 articles;');
    expect(asked.stdout).toContain('"tigrisledger.example" becomes a former name of "Tigris Ledger": later imports that find it count as "Tigris Ledger";');
    expect(asked.stdout).toContain("Nothing was merged: run again with --yes to merge.");
    expect(asked.code).toBe(2);
    expect(corpus(["outlet", "list"], env).stdout).toContain("3 outlets.");

    const merged = corpus(["outlet", "merge", "--yes", "tigrisledger.example", "Tigris Ledger"], env);
    expect(merged.stdout).toContain('Merged "tigrisledger.example" into "Tigris Ledger": 1 article moved; "tigrisledger.example" now counts as "Tigris Ledger".');
    expect(merged.code).toBe(0);
    const after = corpus(["outlet", "list", "ledger"], env).stdout;
    expect(after).toMatch(/^ *#\d+ +2 {2}Tigris Ledger {2}\("tigrisledger\.example"\)$/m);
    expect(after).toContain("1 outlet.");
  }, 120_000);

  it("renames, and refuses with exit 2: a name another outlet holds, unknown outlets, an outlet merged into itself, wrong arguments", () => {
    const taken = corpus(["outlet", "rename", "Euphrates Daily", "tigris ledger"], env);
    expect(taken.stderr).toMatch(/already named "Tigris Ledger".*merge "Euphrates Daily" into "Tigris Ledger" instead/);
    expect(taken.code).toBe(2);
    const unknown = corpus(["outlet", "rename", "Nobody's Paper", "X"], env);
    expect(unknown.stderr).toContain(`There is no outlet named "Nobody's Paper".`);
    expect(unknown.code).toBe(2);
    const former = corpus(["outlet", "merge", "--yes", "tigrisledger.example", "Euphrates Daily"], env);
    expect(former.stderr).toMatch(/"tigrisledger\.example" is no longer an outlet: .* now counts as "Tigris Ledger"/);
    expect(former.code).toBe(2);
    const same = corpus(["outlet", "merge", "--yes", "Tigris Ledger", "TIGRIS LEDGER"], env);
    expect(same.stderr).toMatch(/are the same outlet/);
    expect(same.code).toBe(2);
    for (const args of [["outlet"], ["outlet", "frobnicate"], ["outlet", "rename", "Tigris Ledger"], ["outlet", "list", "--yes"], ["outlet", "merge", "--force", "a", "b"]]) {
      const wrong = corpus(args, env);
      expect(wrong.stderr, args.join(" ")).toContain("Usage:");
      expect(wrong.code, args.join(" ")).toBe(2);
    }
    expect(corpus(["outlet", "list"], env).stdout).toContain("2 outlets.");

    const renamed = corpus(["outlet", "rename", "Euphrates Daily", "The Euphrates Daily"], env);
    expect(renamed.stdout).toContain('Renamed "Euphrates Daily" (#');
    expect(renamed.code).toBe(0);
    expect(corpus(["outlet", "list", "euphrates"], env).stdout).toMatch(/^ *#\d+ +2 {2}The Euphrates Daily {2}\("Euphrates Daily"\)$/m);
  }, 120_000);
});
