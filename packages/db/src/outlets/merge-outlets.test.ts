import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { generateArticle } from "@framewatch/corpus-model/generate-corpus";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../client";
import { importCorpus, reanalyseStored } from "../import/import-corpus";
import { getAttackMatrix } from "../queries/get-attack-matrix";
import { listClaimMonths } from "../queries/get-claims-timeline";
import { getCorpusSummary } from "../queries/get-corpus-summary";
import { getOutletFraming } from "../queries/get-outlet-framing";
import { listOutlets } from "../queries/list-outlets";
import { getCorpusVersion } from "../rollups/get-corpus-version";
import { createTestDatabase } from "../testing/create-test-database";
import { listOutletRecords } from "./list-outlet-records";
import { mergeOutlets, previewMerge } from "./merge-outlets";
import { OutletChangeError } from "./outlet-change-error";
import { OUTLET_NAMES_LOCK } from "./outlet-names-lock";
import { renameOutlet } from "./rename-outlet";

/**
 * JSON Lines records under three outlets: one named by the file ("Tigris
 * Ledger"), one only by its URLs' unknown domain ("tigrisledger.example"; the
 * text names no outlet, or that would win over an unknown domain), and a
 * third. The first two are the same paper.
 */
function writeRecords(file: string, first: number, count: number): void {
  const lines: string[] = [];
  for (let i = first; i < first + count; i++) {
    const published = `20${18 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`;
    if (i % 3 === 1) {
      const text =
        `ISIS cells regroup near Kirkuk, officials say (report ${i})\n\n` +
        `About ${100 + i} ISIS fighters remain in the desert west of Kirkuk, an Iraqi army spokesman said on Sunday in report ${i}. ` +
        `A roadside bomb struck an army convoy near Hawija, killing ${1 + (i % 4)} soldiers, and militants kidnapped a village elder.\n`;
      lines.push(JSON.stringify({ text, published, url: `https://www.tigrisledger.example/news/${i}` }));
    } else {
      lines.push(JSON.stringify({ text: generateArticle(7, i).raw, published, outlet: i % 3 === 0 ? "Tigris Ledger" : "Euphrates Daily" }));
    }
  }
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

/** Every chart's data with outlet ids replaced by names and per-outlet lists sorted by name: comparable across databases. */
async function charts(prisma: PrismaClient) {
  const names = new Map((await prisma.outlet.findMany()).map((o) => [o.id, o.name]));
  const name = (id: unknown) => (Number(id) === 0 ? "(unknown)" : (names.get(Number(id)) ?? `missing #${String(id)}`));
  const data = {
    outlets: (await listOutlets(prisma)).map(({ colorIndex: _c, ...o }) => o),
    summary: await getCorpusSummary(prisma),
    framing: await getOutletFraming(prisma),
    attacks: await getAttackMatrix(prisma),
    timeline: await listClaimMonths(prisma, {}, "outlet"),
  };
  const named = JSON.parse(
    JSON.stringify(data, (key, value: unknown) => {
      if (key === "outletId" || key === "id") return name(value);
      if ((key === "key" || key === "group") && typeof value === "string" && /^\d+$/.test(value)) return name(value);
      return value;
    }),
  ) as unknown;
  // Sorted once the ids are names, so the order does not depend on which outlet was created first.
  return JSON.parse(
    JSON.stringify(named, (_key, value: unknown) =>
      Array.isArray(value) && value.every((v) => v && typeof v === "object") ? [...value].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : value,
    ),
  ) as unknown;
}

const outletOf = async (prisma: PrismaClient, source: string) =>
  (await prisma.article.findFirstOrThrow({ where: { source }, include: { outlet: true } })).outlet?.name;

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OutletChangeError);
  return error as OutletChangeError;
};

describe("outlet rename and merge", () => {
  let dir: string;
  let merged: { url: string; prisma: PrismaClient };
  let fresh: { url: string; prisma: PrismaClient };
  const first = () => path.join(dir, "first.jsonl");
  const later = () => path.join(dir, "later.jsonl");

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "framewatch-outlets-"));
    writeRecords(first(), 0, 18);
    writeRecords(later(), 100, 6);
    merged = await createTestDatabase("outlets_merged");
    fresh = await createTestDatabase("outlets_fresh");
    expect(await importCorpus(merged.url, ["first.jsonl"], { cwd: dir })).toMatchObject({ imported: 18, failed: 0 });
  });
  afterAll(async () => {
    await merged.prisma.$disconnect();
    await fresh.prisma.$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("merges one outlet into another: articles move, evidence stays, names become aliases, and every chart equals a fresh import with the outlets already merged", async () => {
    const { prisma } = merged;
    expect((await listOutletRecords(prisma)).items.map((o) => [o.name, o.articles])).toEqual([
      ["Euphrates Daily", 6],
      ["Tigris Ledger", 6],
      ["tigrisledger.example", 6],
    ]);
    const evidenceBefore = await prisma.article.findMany({ select: { id: true, outletEvidence: true, _count: { select: { claims: true, attacks: true, signals: true } } }, orderBy: { id: "asc" } });
    const versionBefore = await getCorpusVersion(prisma);

    const preview = await previewMerge(prisma, "tigrisledger.example", "Tigris Ledger");
    expect(preview).toMatchObject({ from: { name: "tigrisledger.example", articles: 6, aliases: [] }, into: { name: "Tigris Ledger", articles: 6 } });
    const result = await mergeOutlets(prisma, { from: preview.from.id, into: preview.into.id, expectedArticles: 6 });
    expect(result).toMatchObject({ articles: 6, aliases: ["tigrisledger.example"], into: { name: "Tigris Ledger" } });

    expect(await prisma.outlet.findUnique({ where: { id: preview.from.id } })).toBeNull();
    expect((await listOutletRecords(prisma)).items).toEqual([
      { id: expect.any(Number), name: "Euphrates Daily", aliases: [], articles: 6 },
      { id: preview.into.id, name: "Tigris Ledger", aliases: ["tigrisledger.example"], articles: 12 },
    ]);
    // The outlet evidence and the facts are as the import found them.
    expect(await prisma.article.findMany({ select: { id: true, outletEvidence: true, _count: { select: { claims: true, attacks: true, signals: true } } }, orderBy: { id: "asc" } })).toEqual(evidenceBefore);
    expect(await outletOf(prisma, `first.jsonl:2`)).toBe("Tigris Ledger");
    expect((await prisma.article.findFirstOrThrow({ where: { source: "first.jsonl:2" } })).outletEvidence).toBe("tigrisledger.example");
    // Cached charts are keyed by the corpus version: it moved.
    expect((await getCorpusVersion(prisma)).rollups).toBeGreaterThan(versionBefore.rollups);
    expect((await listOutlets(prisma)).map((o) => o.name)).toEqual(["Euphrates Daily", "Tigris Ledger"]);

    // The same records imported where the two outlets were merged before any article came.
    await fresh.prisma.outlet.createMany({ data: [{ name: "tigrisledger.example" }, { name: "Tigris Ledger" }] });
    await mergeOutlets(fresh.prisma, { from: "tigrisledger.example", into: "Tigris Ledger", expectedArticles: 0 });
    expect(await importCorpus(fresh.url, ["first.jsonl"], { cwd: dir })).toMatchObject({ imported: 18, failed: 0 });
    expect(await fresh.prisma.outlet.count({ where: { name: "tigrisledger.example" } })).toBe(0);
    expect(await charts(prisma)).toEqual(await charts(fresh.prisma));
  });

  it("resolves a merged or renamed outlet's old names in later imports and re-analyses: supplied names and URL domains alike", async () => {
    const { prisma, url } = merged;
    const version = await getCorpusVersion(prisma);
    const renamed = await renameOutlet(prisma, { outlet: "Euphrates Daily", name: "The Euphrates Daily" });
    // No fact changed, but cached charts and lists show names: their version moves.
    expect((await getCorpusVersion(prisma)).rollups).toBeGreaterThan(version.rollups);
    expect(renamed).toMatchObject({ previousName: "Euphrates Daily", changed: true, outlet: { name: "The Euphrates Daily" } });
    expect((await listOutlets(prisma)).map((o) => o.name)).toContain("The Euphrates Daily");

    expect(await importCorpus(url, ["later.jsonl"], { cwd: dir })).toMatchObject({ imported: 6, failed: 0 });
    // Records 100.. : 100 % 3 = 1 (the domain), 101 (Euphrates Daily, the old name), 102 (Tigris Ledger).
    expect(await outletOf(prisma, "later.jsonl:1")).toBe("Tigris Ledger");
    expect(await outletOf(prisma, "later.jsonl:2")).toBe("The Euphrates Daily");
    expect(await outletOf(prisma, "later.jsonl:3")).toBe("Tigris Ledger");
    expect((await prisma.outlet.findMany({ orderBy: { name: "asc" } })).map((o) => o.name)).toEqual(["The Euphrates Daily", "Tigris Ledger"]);

    // A re-analysis (a newer extractor) resolves the names again, through the aliases too.
    await prisma.article.updateMany({ data: { extractorVersion: "0-older" } });
    expect(await reanalyseStored(url)).toMatchObject({ reanalysed: 24, failed: 0 });
    expect((await prisma.outlet.findMany({ orderBy: { name: "asc" } })).map((o) => o.name)).toEqual(["The Euphrates Daily", "Tigris Ledger"]);
    expect(await prisma.article.count({ where: { outlet: { name: "Tigris Ledger" } } })).toBe(16);
    expect(await prisma.article.count({ where: { outlet: { name: "The Euphrates Daily" } } })).toBe(8);
  });

  it("refuses a rename to a name another outlet holds (suggesting a merge), and undoes a rename by renaming back", async () => {
    const { prisma } = merged;
    const before = await listOutletRecords(prisma);
    const taken = await refusal(renameOutlet(prisma, { outlet: "The Euphrates Daily", name: "tigris ledger" }));
    expect(taken.reason).toBe("name-taken");
    expect(taken.message).toMatch(/already named "Tigris Ledger".*merge "The Euphrates Daily" into "Tigris Ledger" instead/);
    const former = await refusal(renameOutlet(prisma, { outlet: "The Euphrates Daily", name: "tigrisledger.example" }));
    expect(former.reason).toBe("name-taken");
    expect(former.message).toMatch(/former name of "Tigris Ledger"/);
    expect((await refusal(renameOutlet(prisma, { outlet: "The Euphrates Daily", name: " \n " }))).reason).toBe("invalid-name");
    expect((await refusal(renameOutlet(prisma, { outlet: "Nobody's Paper", name: "X" }))).reason).toBe("unknown-outlet");
    // A former name is not an outlet any more, and the error says which one it counts as.
    expect((await refusal(renameOutlet(prisma, { outlet: "Euphrates Daily", name: "X" }))).message).toMatch(/now counts as "The Euphrates Daily"/);
    expect(await listOutletRecords(prisma)).toEqual(before);

    expect(await renameOutlet(prisma, { outlet: "The Euphrates Daily", name: "Euphrates Daily" })).toMatchObject({ changed: true });
    const back = (await listOutletRecords(prisma, { q: "euphrates" })).items;
    expect(back).toEqual([{ id: expect.any(Number), name: "Euphrates Daily", aliases: ["The Euphrates Daily"], articles: 8 }]);
  });

  it("refuses merging an outlet into itself, an unknown outlet, and a confirmation whose count is stale, changing nothing", async () => {
    const { prisma } = merged;
    const before = await listOutletRecords(prisma);
    expect((await refusal(mergeOutlets(prisma, { from: "Tigris Ledger", into: "tigris ledger" }))).reason).toBe("same-outlet");
    expect((await refusal(mergeOutlets(prisma, { from: "Tigris Ledger", into: 999_999 }))).reason).toBe("unknown-outlet");
    const stale = await refusal(mergeOutlets(prisma, { from: "Euphrates Daily", into: "Tigris Ledger", expectedArticles: 7 }));
    expect(stale.reason).toBe("stale");
    expect(stale.message).toMatch(/has 8 articles now, not the 7 confirmed/);
    expect(await listOutletRecords(prisma)).toEqual(before);
    // Searching finds outlets by a former name; pages are stable.
    expect((await listOutletRecords(prisma, { q: "ledger.EXAMPLE" })).items.map((o) => o.name)).toEqual(["Tigris Ledger"]);
    expect(await listOutletRecords(prisma, { q: "%" })).toEqual({ items: [], total: 0 });
    expect(await listOutletRecords(prisma, { limit: 1, offset: 1 })).toEqual({ items: [before.items[1]], total: 2 });
    expect(await listOutletRecords(prisma, { limit: 1, offset: 5 })).toEqual({ items: [], total: 2 });
  });

  it("an import batch that meets a merge in progress waits for it and stores under the merged outlet, never re-creating the old one", async () => {
    const { prisma, url } = fresh;
    fs.writeFileSync(path.join(dir, "during.jsonl"), `${JSON.stringify({ text: "About 70 ISIS fighters remain near Kirkuk, an army spokesman said on Sunday in a report from Hawija.", outlet: "Euphrates Daily" })}\n`);
    const into = await prisma.outlet.findUniqueOrThrow({ where: { name: "Tigris Ledger" } });
    const from = await prisma.outlet.findUniqueOrThrow({ where: { name: "Euphrates Daily" } });
    // What a merge does, held open: the lock, the moved articles, the alias, the deleted outlet; not committed yet.
    const merging = new pg.Client({ connectionString: url });
    await merging.connect();
    try {
      await merging.query("BEGIN");
      await merging.query(`SELECT pg_advisory_xact_lock(${OUTLET_NAMES_LOCK})`);
      await merging.query(`UPDATE "Article" SET "outletId" = $1 WHERE "outletId" = $2`, [into.id, from.id]);
      await merging.query(`INSERT INTO "OutletAlias" ("name", "outletId", "reason") VALUES ('Euphrates Daily', $1, 'merge')`, [into.id]);
      await merging.query(`DELETE FROM "Outlet" WHERE "id" = $1`, [from.id]);
      const importing = importCorpus(url, ["during.jsonl"], { cwd: dir });
      // The batch must be waiting on something the merge holds before the merge commits.
      for (let i = 0; ; i++) {
        const [{ waiting }] = (await merging.query<{ waiting: number }>(`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`)).rows as [{ waiting: number }];
        if (waiting > 0) break;
        if (i > 600) throw new Error("the import never waited for the merge");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await merging.query("COMMIT");
      expect(await importing).toMatchObject({ imported: 1, failed: 0 });
    } finally {
      await merging.end();
    }
    expect(await outletOf(prisma, "during.jsonl:1")).toBe("Tigris Ledger");
    expect(await prisma.outlet.count({ where: { name: "Euphrates Daily" } })).toBe(0);
  });
});
