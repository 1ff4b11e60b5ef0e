import path from "node:path";
import { REPO_ROOT } from "@framewatch/db/paths";
import type pg from "pg";
import type { RouteFixtures } from "./expand-routes";

/** Used only if the dashboard's own chart list cannot be loaded (it moved): the charts as of issue 9. */
const FALLBACK_CHARTS = ["naming", "actors", "sourcing", "threat", "frames", "loaded", "claims", "attacks"];

/**
 * The dashboard's chart keys and framing dimensions, from its own module
 * (apps/dashboard/src/lib/share/charts.ts), so a chart added there is
 * benchmarked too.
 */
export async function loadChartKeys(
  log: (line: string) => void,
): Promise<{ charts: string[]; framingDims: string[]; evidence: Record<string, { kind: string; dbDimension: string | null }> }> {
  const file = path.join(REPO_ROOT, "apps", "dashboard", "src", "lib", "share", "charts.ts");
  try {
    const mod = (await import(file)) as {
      CHARTS?: readonly string[];
      isFramingChart?: (c: string) => boolean;
      FRAMING_META?: Record<string, { evidenceKind: string; dbDimension: string }>;
    };
    if (!mod.CHARTS || !mod.isFramingChart) throw new Error("CHARTS or isFramingChart is not exported");
    const framingDims = mod.CHARTS.filter((c) => mod.isFramingChart!(c));
    // Evidence lists: each framing chart's signals (by its database dimension), and the attack chart's mentions.
    const evidence: Record<string, { kind: string; dbDimension: string | null }> = { attacks: { kind: "attack", dbDimension: null } };
    for (const dim of framingDims) {
      const meta = mod.FRAMING_META?.[dim];
      if (meta) evidence[dim] = { kind: meta.evidenceKind, dbDimension: meta.dbDimension };
    }
    return { charts: [...mod.CHARTS], framingDims, evidence };
  } catch (error) {
    log(`could not read the chart list from ${path.relative(REPO_ROOT, file)} (${(error as Error).message}); using the list of issue 9`);
    return { charts: FALLBACK_CHARTS, framingDims: FALLBACK_CHARTS.slice(0, 6), evidence: {} };
  }
}

async function one<T>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T | null> {
  try {
    const { rows } = await client.query(sql, params);
    return (rows[0] as T | undefined) ?? null;
  } catch {
    // A column this query needs is gone: that filter variant is left out.
    return null;
  }
}

/**
 * Articles and filter values taken from the imported originals (ids <=
 * `stride`), so every corpus size measures the same URLs and the growth
 * check compares like with like.
 */
export async function findDataFixtures(client: pg.Client, stride: number): Promise<Pick<RouteFixtures, "articles" | "claimId" | "runId" | "filters">> {
  const typical = await one<{ id: number }>(
    client,
    `WITH c AS (SELECT a.id, length(a.body) AS l FROM "Article" a
                 WHERE a.id <= $1 AND EXISTS (SELECT 1 FROM "FighterClaim" f WHERE f."articleId" = a.id))
     SELECT id FROM c ORDER BY l, id OFFSET (SELECT count(*) / 2 FROM c) LIMIT 1`,
    [stride],
  );
  const largest = await one<{ id: number }>(client, `SELECT id FROM "Article" WHERE id <= $1 ORDER BY length(body) DESC, id LIMIT 1`, [stride]);
  const outlet = await one<{ id: number }>(
    client,
    `SELECT "outletId" AS id FROM "Article" WHERE id <= $1 AND "outletId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [stride],
  );
  const year = await one<{ y: string }>(
    client,
    `SELECT to_char("publishedEarliest", 'YYYY') AS y FROM "Article" WHERE id <= $1 AND "publishedEarliest" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
    [stride],
  );
  const claimant = await one<{ v: string }>(client, `SELECT "claimantType" AS v FROM "FighterClaim" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  const referent = await one<{ v: string }>(client, `SELECT "refersTo" AS v FROM "FighterClaim" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`);
  const claim = typical ? await one<{ id: number }>(client, `SELECT id FROM "FighterClaim" WHERE "articleId" = $1 ORDER BY id LIMIT 1`, [typical.id]) : null;
  const run = await one<{ id: number }>(client, `SELECT id FROM "ImportRun" WHERE "finishedAt" IS NOT NULL ORDER BY id DESC LIMIT 1`);
  const articles: RouteFixtures["articles"] = [];
  if (typical) articles.push({ label: "typical", id: typical.id });
  if (largest && largest.id !== typical?.id) articles.push({ label: "largest", id: largest.id });
  return {
    articles,
    claimId: claim?.id ?? null,
    runId: run?.id ?? null,
    filters: {
      outletId: outlet?.id ?? null,
      from: year ? `${year.y}-01-01` : null,
      to: year ? `${year.y}-12-31` : null,
      claimant: claimant?.v ?? null,
      referent: referent?.v ?? null,
    },
  };
}

/**
 * For each chart with an evidence list, the `sel` of its heaviest mark
 * (outlet x category with the most evidence rows) among the imported
 * originals, so every size pages through the same mark.
 */
export async function findEvidenceMarks(
  client: pg.Client,
  stride: number,
  evidence: Record<string, { kind: string; dbDimension: string | null }>,
): Promise<Record<string, string>> {
  const marks: Record<string, string> = {};
  for (const [chart, { kind, dbDimension }] of Object.entries(evidence)) {
    const top =
      dbDimension === null
        ? await one<{ o: number; c: string }>(
            client,
            `SELECT a."outletId" AS o, m.type AS c FROM "AttackMention" m JOIN "Article" a ON a.id = m."articleId"
              WHERE a.id <= $1 AND a."outletId" IS NOT NULL GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
            [stride],
          )
        : await one<{ o: number; c: string }>(
            client,
            `SELECT a."outletId" AS o, s.category AS c FROM "FramingSignal" s JOIN "Article" a ON a.id = s."articleId"
              WHERE a.id <= $1 AND a."outletId" IS NOT NULL AND s.dimension = $2 GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 LIMIT 1`,
            [stride, dbDimension],
          );
    if (top) marks[chart] = `${kind}:${top.o}:${top.c}`;
  }
  return marks;
}

/** Stores a short link through the API (as the share button does) and returns its id, or null. */
export async function createShortLink(origin: string, cookie: string | null): Promise<string | null> {
  const reply = await sendRequestJson(origin, "/api/short-links", { path: "/claims", query: "?scale=linear" }, cookie);
  return typeof reply?.id === "string" ? reply.id : null;
}

async function sendRequestJson(origin: string, url: string, body: unknown, cookie: string | null): Promise<Record<string, unknown> | null> {
  try {
    const headers = { "content-type": "application/json", ...(cookie ? { cookie } : {}) };
    const res = await fetch(new URL(url, origin), { method: "POST", headers, body: JSON.stringify(body) });
    return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
