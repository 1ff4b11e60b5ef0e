import type { ArticleAnalysis } from "@framewatch/corpus-model";
import type pg from "pg";
import {
  ARTICLE_COLUMNS,
  ATTACK_COLUMNS,
  attackRows,
  articleRow,
  CLAIM_COLUMNS,
  claimRows,
  SIGNAL_COLUMNS,
  signalRows,
  type ArticleSource,
} from "./article-rows";
import { OUTLET_NAMES_LOCK } from "../outlets/outlet-names-lock";
import { reattachDecisions } from "../review/reattach-decisions";
import { copyRows } from "./copy-rows";

export type FileStatus = "imported" | "unchanged" | "reanalysed" | "failed";

/** A staged file (ImportFile row) and what the worker made of it. */
export interface AnalysedFile {
  fileId: number;
  file: ArticleSource;
  /** The analysis; or why there is none; or that the current extractor's analysis is already stored. */
  result: { analysis: ArticleAnalysis } | { error: string } | { unchanged: true };
}

export interface FileOutcome {
  fileId: number;
  status: FileStatus;
  reason: string | null;
}

/**
 * Stores a batch of analysed files in one short transaction: articles and
 * outlets through multi-row statements, facts through COPY, and each staged
 * file's outcome in the same commit. Either all of it is visible or none, so
 * no half article is ever seen, and a file whose job runs twice (a worker
 * died after committing) finds its row no longer pending and is skipped.
 *
 * An article already stored by the current extractor is "unchanged"; one
 * stored by an older extractor is updated in place and its facts replaced
 * ("reanalysed"), keeping its id; analysts' decisions re-attach to the new
 * facts (review/reattach-decisions.ts).
 */
export async function storeArticles(client: pg.PoolClient, batch: readonly AnalysedFile[], run: { id: number; kind: string }): Promise<FileOutcome[]> {
  await client.query("BEGIN");
  try {
    // Workers need not wait for the commit to reach the disk: a crash can only lose the last
    // few batches whole (article and staged row together), and their jobs, not yet completed
    // (a later, synchronous commit), run again. WAL order means nothing later survives without them.
    // The shared outlet-names lock (in the same round trip): a rename or merge of outlets waits for this batch, or
    // this batch for it, so names resolve either wholly before or wholly after it (see outlet-names-lock.ts).
    await client.query(`SET LOCAL synchronous_commit = off; SELECT pg_advisory_xact_lock_shared(${OUTLET_NAMES_LOCK})`);
    // New articles record the import run that brought them; a re-analysis brings none.
    const outcomes = await storeInTransaction(client, batch, run.kind === "import" ? run.id : null);
    await countOutcomes(client, run.id, outcomes);
    await client.query("COMMIT");
    return outcomes;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

async function storeInTransaction(client: pg.PoolClient, batch: readonly AnalysedFile[], runId: number | null): Promise<FileOutcome[]> {
  // Lock the staged rows first: a duplicate run of the same job waits here,
  // then sees them done. Sorted ids and sha256s keep concurrent workers from deadlocking.
  const { rows: pendingRows } = await client.query<{ id: number }>(
    `SELECT id FROM "ImportFile" WHERE id = ANY($1::int[]) AND status = 'pending' ORDER BY id FOR UPDATE`,
    [batch.map((b) => b.fileId)],
  );
  const pending = new Set(pendingRows.map((r) => r.id));
  const outcomes: FileOutcome[] = [];
  const toStore: { fileId: number; file: ArticleSource; analysis: ArticleAnalysis }[] = [];
  const seen = new Set<string>();
  for (const item of [...batch].sort((a, b) => (a.file.sha256 < b.file.sha256 ? -1 : a.file.sha256 > b.file.sha256 ? 1 : a.fileId - b.fileId))) {
    if (!pending.has(item.fileId)) continue;
    if ("error" in item.result) outcomes.push({ fileId: item.fileId, status: "failed", reason: item.result.error });
    else if ("unchanged" in item.result) outcomes.push({ fileId: item.fileId, status: "unchanged", reason: null });
    // The same bytes twice in one batch are one article, as across batches.
    else if (seen.has(item.file.sha256)) outcomes.push({ fileId: item.fileId, status: "unchanged", reason: null });
    else {
      seen.add(item.file.sha256);
      toStore.push({ fileId: item.fileId, file: item.file, analysis: item.result.analysis });
    }
  }

  if (toStore.length > 0) {
    const outletIds = await upsertOutlets(client, toStore.map((s) => s.analysis.outlet?.name).filter((n): n is string => Boolean(n)));
    const rowsOf = (items: typeof toStore) =>
      items.map((s) => articleRow(s.file, s.analysis, s.analysis.outlet ? (outletIds.get(s.analysis.outlet.name) ?? null) : null));

    const inserted = await insertArticles(client, rowsOf(toStore), runId);
    const existing = toStore.filter((s) => !inserted.has(s.file.sha256));
    const stored = new Map(inserted);
    const reanalysed = new Set<string>();
    const reanalysedIds: number[] = [];
    if (existing.length > 0) {
      const { rows } = await client.query<{ id: number; sha256: string; extractorVersion: string }>(
        `SELECT id, sha256, "extractorVersion" FROM "Article" WHERE sha256 = ANY($1::text[]) ORDER BY sha256 FOR UPDATE`,
        [existing.map((s) => s.file.sha256)],
      );
      const versions = new Map(rows.map((r) => [r.sha256, r]));
      const stale = existing.filter((s) => versions.get(s.file.sha256)?.extractorVersion !== s.analysis.extractorVersion);
      if (stale.length > 0) {
        const ids = stale.map((s) => versions.get(s.file.sha256)!.id);
        await updateArticles(client, ids, rowsOf(stale));
        for (const table of ["FighterClaim", "AttackMention", "FramingSignal"]) {
          await client.query(`DELETE FROM "${table}" WHERE "articleId" = ANY($1::int[])`, [ids]);
        }
        reanalysedIds.push(...ids);
        stale.forEach((s, i) => {
          stored.set(s.file.sha256, ids[i]!);
          reanalysed.add(s.file.sha256);
        });
      }
    }

    const facts = toStore.filter((s) => stored.has(s.file.sha256)).map((s) => ({ id: stored.get(s.file.sha256)!, analysis: s.analysis }));
    await copyRows(client, "FighterClaim", CLAIM_COLUMNS, facts.flatMap((f) => [...claimRows(f.id, f.analysis)]));
    await copyRows(client, "AttackMention", ATTACK_COLUMNS, facts.flatMap((f) => [...attackRows(f.id, f.analysis)]));
    await copyRows(client, "FramingSignal", SIGNAL_COLUMNS, (function* () {
      for (const f of facts) yield* signalRows(f.id, f.analysis);
    })());

    // Analysts' decisions on the replaced facts find the new ones (or are marked detached) in the same commit.
    await reattachDecisions(client, reanalysedIds);

    for (const s of toStore) {
      const status = !stored.has(s.file.sha256) ? "unchanged" : reanalysed.has(s.file.sha256) ? "reanalysed" : "imported";
      outcomes.push({ fileId: s.fileId, status, reason: null });
    }
  }

  if (outcomes.length > 0) {
    // The staged text is no longer needed once its article is stored.
    await client.query(
      `UPDATE "ImportFile" f SET status = v.status, reason = v.reason, raw = NULL
         FROM unnest($1::int[], $2::"ImportFileStatus"[], $3::text[]) AS v(id, status, reason)
        WHERE f.id = v.id`,
      [outcomes.map((o) => o.fileId), outcomes.map((o) => o.status), outcomes.map((o) => o.reason)],
    );
  }
  return outcomes;
}

/**
 * Adds the batch's outcomes to the run's counters, last in the transaction so
 * the run's row is locked only for the commit: progress is then one row to
 * read, however large the run.
 */
export async function countOutcomes(client: pg.PoolClient, runId: number, outcomes: readonly { status: string }[]): Promise<void> {
  const n = (status: string) => outcomes.filter((o) => o.status === status).length;
  if (outcomes.length === 0) return;
  await client.query(
    `UPDATE "ImportRun" SET imported = imported + $2, unchanged = unchanged + $3, reanalysed = reanalysed + $4, failed = failed + $5 WHERE id = $1`,
    [runId, n("imported"), n("unchanged"), n("reanalysed"), n("failed")],
  );
}

/**
 * Outlet ids by name: a former name of a renamed or merged outlet (OutletAlias)
 * resolves to the outlet it now counts as; other names are created when
 * missing (sorted, so concurrent batches lock in one order). Two statements
 * for the whole batch, whatever its size.
 */
async function upsertOutlets(client: pg.PoolClient, names: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)].sort();
  if (unique.length === 0) return new Map();
  await client.query(
    `INSERT INTO "Outlet" (name) SELECT n FROM unnest($1::text[]) AS n
      WHERE NOT EXISTS (SELECT 1 FROM "OutletAlias" a WHERE a.name = n) ORDER BY n ON CONFLICT (name) DO NOTHING`,
    [unique],
  );
  const { rows } = await client.query<{ id: number; name: string }>(
    `SELECT id, name FROM "Outlet" WHERE name = ANY($1::text[])
     UNION ALL SELECT "outletId", name FROM "OutletAlias" WHERE name = ANY($1::text[])`,
    [unique],
  );
  return new Map(rows.map((r) => [r.name, r.id]));
}

/**
 * One array parameter per column, unnested and cast back to each column's
 * type; `withIds` adds a last int[] parameter of article ids, unnested in step as `v.id`.
 */
function columnArrays(rows: (string | number | null)[][], withIds = false) {
  const params = ARTICLE_COLUMNS.map((_, i) => rows.map((r) => (r[i] === null || r[i] === undefined ? null : String(r[i]))));
  const select = ARTICLE_COLUMNS.map(([name, type], i) => `v.c${i}::${type} AS "${name}"`).join(", ");
  const arrays = ARTICLE_COLUMNS.map((_, i) => `$${i + 1}::text[]`);
  const names = ARTICLE_COLUMNS.map((_, i) => `c${i}`);
  if (withIds) {
    arrays.push(`$${arrays.length + 1}::int[]`);
    names.push("id");
  }
  return { params: params as unknown[], select, unnest: `unnest(${arrays.join(", ")}) AS v(${names.join(", ")})` };
}

/** Inserts articles whose sha256 is new; returns sha256 -> id for those inserted (the rest already exist). */
async function insertArticles(client: pg.PoolClient, rows: (string | number | null)[][], runId: number | null): Promise<Map<string, number>> {
  const { params, select, unnest } = columnArrays(rows);
  const names = ARTICLE_COLUMNS.map(([n]) => `"${n}"`).join(", ");
  const runParam = `$${params.length + 1}::int`;
  const { rows: inserted } = await client.query<{ id: number; sha256: string }>(
    `INSERT INTO "Article" (${names}, "importRunId", "analyzedAt")
     SELECT ${select}, ${runParam}, now() FROM ${unnest}
     ORDER BY 2
     ON CONFLICT (sha256) DO NOTHING
     RETURNING id, sha256`,
    [...params, runId],
  );
  return new Map(inserted.map((r) => [r.sha256, r.id]));
}

/** Rewrites stored articles with a new analysis; their import run and import time stay as they were. */
async function updateArticles(client: pg.PoolClient, ids: number[], rows: (string | number | null)[][]): Promise<void> {
  const { params, select, unnest } = columnArrays(rows, true);
  const assignments = ARTICLE_COLUMNS.filter(([n]) => n !== "sha256")
    .map(([n]) => `"${n}" = u."${n}"`)
    .join(", ");
  await client.query(
    `UPDATE "Article" a SET ${assignments}, "analyzedAt" = now()
       FROM (SELECT ${select}, v.id FROM ${unnest}) AS u
      WHERE a.id = u.id`,
    [...params, ids],
  );
}
