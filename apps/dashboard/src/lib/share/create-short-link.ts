import { z } from "zod";
import type { PrismaClient } from "@framewatch/db";
import { listOutlets } from "@framewatch/db/queries";
import { canonicalQuery, describeProblems, readViewState, STATE_VERSION, viewOfPath, withExplicitFacts, type ViewKey, type ViewState } from "@/lib/view-state";
import { shortId } from "./short-id";

/**
 * The longest view state a short link stores, as its canonical query. Every
 * real state is far shorter (a dozen parameters of a few characters; even
 * every outlet listed stays well under it), and the `/s/` redirect sends it
 * back as a Location header, which proxies cap at a few kilobytes.
 */
export const MAX_STATE_LENGTH = 2048;

const body = z.union([
  z.strictObject({ url: z.string() }),
  z.strictObject({ path: z.string(), query: z.string().optional() }),
]);

/** What the API answers: a status and a JSON body. */
export type ShortLinkResult =
  | { status: 200; body: { id: string; path: string; target: string } }
  | { status: 400 | 413; body: { error: string; parameter?: string } };

const bad = (error: string, parameter?: string): ShortLinkResult => ({ status: 400, body: parameter ? { error, parameter } : { error } });

/**
 * Validates a short-link request against the view-state schema and the
 * database, then stores it. Strict where the pages are lenient: a page
 * drops what it cannot use and shows a notice, but a stored link must
 * describe exactly a state someone could see, so anything unknown, malformed,
 * too long or naming rows that do not exist is refused with the reason.
 *
 * Idempotent: the id is a hash of the canonical state, and storing is an
 * upsert, so the same view always answers with the same link and no new row.
 */
export async function createShortLink(prisma: PrismaClient, input: unknown): Promise<ShortLinkResult> {
  const parsed = body.safeParse(input);
  if (!parsed.success) {
    return bad('Body must be {"path": "/claims", "query": "?scale=linear"} or {"url": "/claims?scale=linear"}, with nothing else.', "body");
  }
  const raw = "url" in parsed.data ? parsed.data.url : `${parsed.data.path}${parsed.data.query ?? ""}`;
  if (raw.length > MAX_STATE_LENGTH) {
    return { status: 413, body: { error: `View state too long: at most ${MAX_STATE_LENGTH} characters.`, parameter: "url" in parsed.data ? "url" : "query" } };
  }
  let path: string;
  let query: string;
  if ("url" in parsed.data) {
    let u: URL;
    try {
      u = new URL(parsed.data.url, "http://x");
    } catch {
      return bad("Invalid url.", "url");
    }
    path = u.pathname;
    query = u.search;
  } else {
    path = parsed.data.path;
    query = parsed.data.query ?? "";
  }

  const view = viewOfPath(path);
  if (!view) return bad(`Not a Framewatch view: "${path.slice(0, 100)}".`, "path");
  const outlets = view === "article" ? [] : await listOutlets(prisma);
  const read = readViewState(view, query, { knownOutletIds: outlets.map((o) => o.id) });
  if (read.problems.length > 0) return bad(`Invalid view state: ${describeProblems(read.problems).slice(0, 300)}.`, read.problems[0]!.param);
  const missing = await findMissingRows(prisma, view, path, read.state, new Set(outlets.map((o) => o.id)));
  if (missing) return bad(missing.error, missing.parameter);

  // As the share bar's Copy link: the fact mode written out, so the short link says which facts it shows.
  const canonical = withExplicitFacts(view, canonicalQuery(view, read.state));
  if (canonical.length > MAX_STATE_LENGTH) return { status: 413, body: { error: `View state too long: at most ${MAX_STATE_LENGTH} characters.`, parameter: "query" } };
  const id = shortId(path, canonical);
  await prisma.shortLink.upsert({
    where: { id },
    create: { id, path, query: canonical, stateVersion: STATE_VERSION },
    update: {},
  });
  return { status: 200, body: { id, path: `/s/${id}`, target: `${path}${canonical}` } };
}

/** The article, claim or outlet a state points at, when it does not exist. */
async function findMissingRows(
  prisma: PrismaClient,
  view: ViewKey,
  path: string,
  state: ViewState,
  outletIds: ReadonlySet<number>,
): Promise<{ error: string; parameter: string } | null> {
  if (view === "article") {
    const id = Number(path.split("/").pop());
    const found = await prisma.article.findUnique({ where: { id }, select: { id: true } });
    return found ? null : { error: `No article ${id}.`, parameter: "path" };
  }
  if (state.sel === null) return null;
  // A mark id is "claim::<claim id>" on the claims view, "<kind>:<outlet id>:<category>" elsewhere.
  const [, outletId = "", key = ""] = /^[a-z]+:(\d*):(.*)$/s.exec(state.sel) ?? [];
  if (view === "claims") {
    // A negative id is a claim an analyst added: its add decision.
    const found = Number(key) < 0
      ? await prisma.reviewDecision.findFirst({ where: { id: -Number(key), action: "add", kind: "claim" }, select: { id: true } })
      : await prisma.fighterClaim.findUnique({ where: { id: Number(key) }, select: { id: true } });
    return found ? null : { error: `No claim ${key}.`, parameter: "sel" };
  }
  return outletIds.has(Number(outletId)) ? null : { error: `No outlet ${outletId}.`, parameter: "sel" };
}
