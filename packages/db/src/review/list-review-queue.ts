import type { PrismaClient } from "../client";
import { Prisma } from "../generated/prisma/client";
import { articleCondition, has, type Filters } from "../queries/filters";
import { countClaims } from "../queries/count-claims";
import { bucketCondition, joinRollupDetail } from "../rollups/select-buckets";
import { decodeCursor, pageSize, toPage, type Cursor, type CursorKey, type Page, type PageRequest } from "../queries/pagination";

/** What the queue can be narrowed to: the views' filters, plus which kind of fact. */
export interface ReviewQueueFilters extends Pick<Filters, "outletIds" | "from" | "to" | "claimantTypes" | "attackTypes"> {
  /** Only claims or only attacks; null / undefined: both. */
  kind?: "claim" | "attack" | null;
}

/** One fact waiting for review. */
export interface ReviewQueueItem {
  kind: "claim" | "attack";
  /** The FighterClaim / AttackMention id (the reader's `?fact=claim-<id>`). */
  factId: number;
  confidence: number;
  articleId: number;
  title: string | null;
  outlet: string | null;
  publishedDate: string | null;
  section: "body" | "title";
  sentence: string;
  /** The quantity (claims) or trigger (attacks), with offsets inside `sentence` (not the section). */
  anchorText: string;
  anchorStart: number;
  anchorEnd: number;
  /** The claimant type (claims) or attack type (attacks): what the machine said. */
  label: string;
}

interface Row extends Omit<ReviewQueueItem, "section"> {
  section: string;
}

/** Kinds in queue order when confidences tie: attack before claim (their names' order, what SQL compares). */
const KINDS = ["attack", "claim"] as const;

/**
 * The facts no one has decided on yet, least certain first: confidence
 * ascending, then kind, then id (the keyset). A fact is listed while it has no
 * standing decision (docs/review.md): once decided it leaves the queue, and a
 * fact comes back only as a new fact of a re-analysis its decision could not
 * re-attach to (the detached decision is listed for a second look; the new
 * fact is unreviewed). Added facts are never listed: an analyst made them.
 *
 * Filters: outlets and publication dates as the views read them; claimant
 * types narrow claims and attack types narrow attacks, and a filter on one
 * kind leaves the other out (it cannot match it) unless that kind is filtered
 * too. Each kind is read along its (confidence, id) index, `limit + 1` rows at
 * most, the reviewed ones skipped by an anti-join on the sparse decisions.
 */
export async function listReviewQueue(prisma: PrismaClient, filters: ReviewQueueFilters = {}, request: PageRequest = {}): Promise<Page<ReviewQueueItem>> {
  const limit = pageSize(request.limit);
  const cursor = decodeCursor(request.cursor, 3);
  const valid = cursor && typeof cursor.key[0] === "number" && KINDS.includes(cursor.key[1] as never) && typeof cursor.key[2] === "number" ? cursor : null;
  const kinds = kindsOf(filters);
  const backwards = valid?.dir === "before";
  const dir = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;

  const branches = kinds.map((kind) => branch(kind, filters, valid, limit, dir));
  const rows =
    branches.length === 0
      ? []
      : await prisma.$queryRaw<Row[]>`
    SELECT q.*, a."title", o."name" AS outlet, a."publishedDate"
      FROM (${Prisma.join(branches, " UNION ALL ")}) q
      JOIN "Article" a ON a."id" = q."articleId"
      LEFT JOIN "Outlet" o ON o."id" = a."outletId"
     ORDER BY q."confidence" ${dir}, q."kind" ${dir}, q."factId" ${dir}
     LIMIT ${limit + 1}`;
  const total = await countReviewQueue(prisma, filters);
  const page = toPage(rows, { limit, cursor: valid }, total, (r): CursorKey => [r.confidence, r.kind, r.factId]);
  return { ...page, items: page.items.map((r) => ({ ...r, section: r.section === "title" ? "title" : "body" })) };
}

/**
 * How many facts the filters leave waiting for review (every page): the facts
 * the filters keep, from the rollups (as the views count them; as fresh as the
 * charts), less those with a standing decision, from the sparse decisions.
 * Counting the unreviewed facts directly means an anti-join over every fact:
 * over a second at 1.1 M claims. A decision's own articleId serves the outlet
 * and date filters; the fact row is read only for a claimant or attack type.
 */
export async function countReviewQueue(prisma: PrismaClient, filters: ReviewQueueFilters = {}): Promise<number> {
  const counts = await Promise.all(
    kindsOf(filters).map(async (kind) => {
      const t = table(kind);
      const facts =
        kind === "claim"
          ? (await countClaims(prisma, { outletIds: filters.outletIds, from: filters.from, to: filters.to, claimantTypes: filters.claimantTypes })).kept
          : await countAttacks(prisma, filters);
      // The decisions know their article: the fact itself is read only when a fact-level filter needs it.
      const articleFiltered = (filters.outletIds?.length ?? 0) > 0 || Boolean(filters.from) || Boolean(filters.to);
      const factFiltered = kind === "claim" ? has(filters.claimantTypes) : has(filters.attackTypes);
      const [reviewed] = await prisma.$queryRaw<{ n: number }[]>`
        SELECT count(*)::int AS n
          FROM "ReviewDecision" d
          ${articleFiltered ? Prisma.sql`JOIN "Article" a ON a."id" = d."articleId"` : Prisma.empty}
          ${factFiltered ? Prisma.sql`JOIN ${t.name} f ON f."id" = d.${t.ref}` : Prisma.empty}
         WHERE d.${t.ref} IS NOT NULL AND d."supersededById" IS NULL AND d."detachedAt" IS NULL
           AND ${articleFiltered ? articleCondition(filters) : Prisma.sql`TRUE`} AND ${factFiltered ? factCondition(kind, filters) : Prisma.sql`TRUE`}`;
      return Math.max(0, facts - (reviewed?.n ?? 0));
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

async function countAttacks(prisma: PrismaClient, filters: ReviewQueueFilters): Promise<number> {
  const [row] = has(filters.attackTypes)
    ? await prisma.$queryRaw<{ n: number }[]>`
        SELECT coalesce(sum(c."count"), 0)::int AS n FROM "RollupBucket" b
          ${joinRollupDetail("RollupCount", Prisma.sql`c."kind" = 'attack' AND c."key" IN (${Prisma.join([...filters.attackTypes])})`)}
         WHERE ${bucketCondition(filters)}`
    : await prisma.$queryRaw<{ n: number }[]>`SELECT coalesce(sum(b."attacks"), 0)::int AS n FROM "RollupBucket" b WHERE ${bucketCondition(filters)}`;
  return row?.n ?? 0;
}

function kindsOf(filters: ReviewQueueFilters): ("claim" | "attack")[] {
  const claimFilter = has(filters.claimantTypes);
  const attackFilter = has(filters.attackTypes);
  const wanted: ("claim" | "attack")[] = claimFilter === attackFilter ? ["attack", "claim"] : claimFilter ? ["claim"] : ["attack"];
  return filters.kind ? wanted.filter((k) => k === filters.kind) : wanted;
}

function table(kind: "claim" | "attack") {
  return kind === "claim"
    ? { name: Prisma.raw(`"FighterClaim"`), start: Prisma.raw(`"quantityStart"`), end: Prisma.raw(`"quantityEnd"`), text: Prisma.raw(`"quantityText"`), label: Prisma.raw(`"claimantType"`), section: Prisma.raw(`f."section"`), ref: Prisma.raw(`"claimId"`) }
    : { name: Prisma.raw(`"AttackMention"`), start: Prisma.raw(`"triggerStart"`), end: Prisma.raw(`"triggerEnd"`), text: Prisma.raw(`"triggerText"`), label: Prisma.raw(`"type"`), section: Prisma.raw(`'body'`), ref: Prisma.raw(`"attackId"`) };
}

function factCondition(kind: "claim" | "attack", filters: ReviewQueueFilters): Prisma.Sql {
  if (kind === "claim" && has(filters.claimantTypes)) return Prisma.sql`f."claimantType" IN (${Prisma.join([...filters.claimantTypes])})`;
  if (kind === "attack" && has(filters.attackTypes)) return Prisma.sql`f."type" IN (${Prisma.join([...filters.attackTypes])})`;
  return Prisma.sql`TRUE`;
}

/** No standing decision on the fact (superseded ones have a newer one; detached ones are about an older fact). */
function unreviewed(kind: "claim" | "attack"): Prisma.Sql {
  const t = table(kind);
  return Prisma.sql`NOT EXISTS (SELECT FROM "ReviewDecision" d WHERE d.${t.ref} = f."id" AND d."supersededById" IS NULL AND d."detachedAt" IS NULL)`;
}

function branch(kind: "claim" | "attack", filters: ReviewQueueFilters, cursor: Cursor | null, limit: number, dir: Prisma.Sql): Prisma.Sql {
  const t = table(kind);
  let after = Prisma.sql`TRUE`;
  if (cursor) {
    const [confidence, k, id] = cursor.key as [number, string, number];
    const cmp = cursor.dir === "before" ? Prisma.sql`<` : Prisma.sql`>`;
    const bound = cursor.dir === "before" ? Prisma.sql`<=` : Prisma.sql`>=`;
    // The first comparison is what the (confidence, id) index can seek to; the row comparison is the exact keyset.
    after = Prisma.sql`f."confidence" ${bound} ${confidence} AND (f."confidence", ${kind}::text, f."id") ${cmp} (${confidence}::double precision, ${k}::text, ${id}::int)`;
  }
  return Prisma.sql`(
    SELECT ${kind}::text AS "kind", f."id" AS "factId", f."confidence", f."articleId", ${t.section} AS "section", f."sentence",
           f.${t.text} AS "anchorText", f.${t.start} - f."sentenceStart" AS "anchorStart", f.${t.end} - f."sentenceStart" AS "anchorEnd", f.${t.label} AS "label"
      FROM ${t.name} f JOIN "Article" a ON a."id" = f."articleId"
     WHERE ${articleCondition(filters)} AND ${factCondition(kind, filters)} AND ${unreviewed(kind)} AND ${after}
     ORDER BY f."confidence" ${dir}, f."id" ${dir}
     LIMIT ${limit + 1})`;
}
