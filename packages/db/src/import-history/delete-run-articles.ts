import type { Prisma, PrismaClient } from "../client";
import { OUTLET_NAMES_LOCK } from "../outlets/outlet-names-lock";
import { refreshRollupsInTransaction } from "../rollups/refresh-rollups";
import { RUN_COLUMNS, toRunItem, type ImportRunItem, type RunRow } from "./import-run-item";

/** What deleting a run's articles removes: the articles it added (re-analysed ones included) and every fact read from them. */
export interface RunDeletionCounts {
  articles: number;
  claims: number;
  attacks: number;
  signals: number;
  /** Analysts' review decisions on those articles (ReviewDecision): they go with the articles, so the confirmation names them. */
  reviews: number;
}

/** Why a run's articles cannot be deleted now; null when they can. */
export type DeletionRefusal =
  | { reason: "running"; message: string }
  | { reason: "deleted"; message: string }
  | { reason: "reanalysis"; message: string }
  | { reason: "empty"; message: string };

export interface RunDeletionPreview {
  run: ImportRunItem;
  counts: RunDeletionCounts;
  refusal: DeletionRefusal | null;
}

export type RunDeletionResult =
  | { status: "deleted"; run: ImportRunItem; counts: RunDeletionCounts }
  | { status: "not-found" }
  | { status: "refused"; refusal: DeletionRefusal; counts: RunDeletionCounts }
  /** The confirmed article count is not the count now (the run added more since, or the confirmation was for another run). */
  | { status: "stale"; counts: RunDeletionCounts };

/** Who deletes, as the history records it (ImportRun.deletedBy / deletedById). */
export interface Deleter {
  label: string;
  /** The signed-in account; null for the command line. */
  userId?: string | null;
}

type Db = PrismaClient | Prisma.TransactionClient;

/** The articles (and their facts) the run added, counted through the Article (importRunId, id) index and each fact table's article index. */
export async function countRunDeletion(db: Db, runId: number): Promise<RunDeletionCounts> {
  const [row] = await db.$queryRaw<RunDeletionCounts[]>`
    SELECT (SELECT count(*) FROM "Article" a WHERE a."importRunId" = ${runId})::int AS articles,
           (SELECT count(*) FROM "FighterClaim" c JOIN "Article" a ON a."id" = c."articleId" WHERE a."importRunId" = ${runId})::int AS claims,
           (SELECT count(*) FROM "AttackMention" m JOIN "Article" a ON a."id" = m."articleId" WHERE a."importRunId" = ${runId})::int AS attacks,
           (SELECT count(*) FROM "FramingSignal" s JOIN "Article" a ON a."id" = s."articleId" WHERE a."importRunId" = ${runId})::int AS signals,
           (SELECT count(*) FROM "ReviewDecision" d JOIN "Article" a ON a."id" = d."articleId" WHERE a."importRunId" = ${runId})::int AS reviews`;
  return row ?? { articles: 0, claims: 0, attacks: 0, signals: 0, reviews: 0 };
}

function refusalOf(run: ImportRunItem, counts: RunDeletionCounts): DeletionRefusal | null {
  if (run.deleted) return { reason: "deleted", message: `The articles of import #${run.id} were already deleted (${run.deleted.at.slice(0, 10)}, by ${run.deleted.by}).` };
  if (run.kind === "reanalyse") return { reason: "reanalysis", message: `Run #${run.id} re-analysed stored articles; it added none, so there is nothing of its own to delete.` };
  if (!run.finishedAt) {
    const how = run.interruptedAt ? "was interrupted and the queue is still finishing the files it staged" : "is still running";
    return { reason: "running", message: `Import #${run.id} ${how}; its articles can be deleted once it has finished.` };
  }
  if (counts.articles === 0) return { reason: "empty", message: `Import #${run.id} has no stored articles to delete (it added none).` };
  return null;
}

const validId = (runId: number) => Number.isSafeInteger(runId) && runId >= 1 && runId <= 2 ** 31 - 1;

/** What deleting the run's articles would remove, and whether it may be done now; null when there is no such run. */
export async function previewRunDeletion(prisma: PrismaClient, runId: number): Promise<RunDeletionPreview | null> {
  if (!validId(runId)) return null;
  const [row] = await prisma.$queryRaw<RunRow[]>`SELECT ${RUN_COLUMNS} FROM "ImportRun" r WHERE r."id" = ${runId}`;
  if (!row) return null;
  const run = toRunItem(row);
  const counts = await countRunDeletion(prisma, runId);
  return { run, counts, refusal: refusalOf(run, counts) };
}

/**
 * Deletes the articles an import run added, in one transaction: the
 * articles (those a later run re-analysed included: re-analysis keeps an
 * article's run), their claims, attack mentions and framing signals (by
 * cascade), outlets no article names any more (a fresh import of the
 * remaining files would not have them) unless an admin renamed or merged
 * them (their former names are a decision to keep), the rollups the charts read (the
 * delete triggers mark the cells; they are recomputed before the commit,
 * which bumps the corpus version caches key on), and the run's row, which
 * stays in the history marked deleted with who, when and how many.
 *
 * `confirm` is the article count the person was shown: when it is not the
 * count now, nothing is deleted ("stale"). A run still running, a
 * re-analysis, a run already deleted or one with no articles is refused.
 * The run's row is locked first, so two deletions of one run cannot both
 * proceed. The files' sha256 go with the articles, so importing the same
 * files again imports them anew.
 */
export async function deleteRunArticles(prisma: PrismaClient, runId: number, confirm: number, by: Deleter): Promise<RunDeletionResult> {
  if (!validId(runId)) return { status: "not-found" };
  return prisma.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<RunRow[]>`SELECT ${RUN_COLUMNS} FROM "ImportRun" r WHERE r."id" = ${runId} FOR UPDATE`;
      if (!row) return { status: "not-found" } as const;
      const run = toRunItem(row);
      const counts = await countRunDeletion(tx, runId);
      const refusal = refusalOf(run, counts);
      if (refusal) return { status: "refused", refusal, counts } as const;
      if (counts.articles !== confirm) return { status: "stale", counts } as const;

      // Exclusive, as renames and merges take it: an import batch resolving names meanwhile would otherwise store an
      // article under an outlet deleted here (its outlet then silently null); batches wait, and see the outlets whole.
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${OUTLET_NAMES_LOCK})`);
      const outlets = await tx.$queryRaw<{ outletId: number }[]>`
        WITH gone AS (DELETE FROM "Article" WHERE "importRunId" = ${runId} RETURNING "outletId")
        SELECT DISTINCT "outletId" FROM gone WHERE "outletId" IS NOT NULL`;
      const ids = outlets.map((o) => o.outletId);
      if (ids.length > 0) {
        await tx.$executeRaw`
          DELETE FROM "Outlet" o WHERE o."id" = ANY(${ids}::int[]) AND NOT EXISTS (SELECT 1 FROM "Article" a WHERE a."outletId" = o."id")
             AND NOT EXISTS (SELECT 1 FROM "OutletAlias" al WHERE al."outletId" = o."id")`;
      }
      const [updated] = await tx.$queryRaw<RunRow[]>`
        UPDATE "ImportRun" r SET "deletedAt" = now(), "deletedBy" = ${by.label}, "deletedById" = ${by.userId ?? null},
               "deletedArticles" = ${counts.articles}, "deletedClaims" = ${counts.claims}, "deletedAttacks" = ${counts.attacks}, "deletedSignals" = ${counts.signals}
         WHERE r."id" = ${runId}
        RETURNING ${RUN_COLUMNS}`;
      await refreshRollupsInTransaction(tx);
      return { status: "deleted", run: toRunItem(updated!), counts } as const;
    },
    // A run of many thousand articles takes a while to delete and re-roll; readers see the old state until the commit.
    { timeout: 30 * 60_000, maxWait: 10 * 60_000 },
  );
}
