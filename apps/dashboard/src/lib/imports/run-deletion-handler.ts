import type { PrismaClient } from "@framewatch/db";
import { deleteRunArticles, previewRunDeletion, type RunDeletionCounts } from "@framewatch/db/import-history";
import type { SignedInUser } from "@/lib/auth/authorize";
import { withDatabase } from "@/lib/http/database-unavailable";
import { readRunId } from "./read-run-id";

/** A confirmation is `{"confirm": <article count>}`: a few bytes. Anything much larger is not one. */
export const MAX_BODY_BYTES = 1024;

export interface RunDeletionHandlerOptions {
  prisma: () => PrismaClient;
  /** Who may delete: the signed-in admin, or the refusal to answer (401/403). The route passes authorizeWrite(request, "admin"). */
  authorize: (request: Request) => Promise<SignedInUser | Response>;
}

type Ctx = { params: Promise<{ id: string }> };

const json = (body: unknown, status = 200) => Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** What the confirmation says goes, in words: the same counts the POST must confirm. */
export function describeDeletion(runId: number, counts: RunDeletionCounts): string {
  const n = (count: number, one: string, many: string) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
  return (
    `Deletes the ${n(counts.articles, "article", "articles")} import #${runId} added (articles a later run re-analysed included), ` +
    `with their ${n(counts.claims, "fighter claim", "fighter claims")}, ${n(counts.attacks, "attack mention", "attack mentions")} and ` +
    `${n(counts.signals, "framing signal", "framing signals")}${counts.reviews > 0 ? `, and ${n(counts.reviews, "review decision", "review decisions")} analysts made on them` : ""}. ` +
    `The run stays in the history, marked deleted.`
  );
}

/**
 * GET /api/imports/<id>/deletion: what deleting the run's articles removes (counts, and why it cannot be done now,
 * if so); open to every reader, like the history. POST with {"confirm": <article count>}: the delete, admins only
 * (authorize first, before anything is read), 409 when the count changed since it was shown or the run cannot be
 * deleted now (still running, a re-analysis, already deleted, nothing to delete), with the current counts.
 */
export function runDeletionHandler({ prisma, authorize }: RunDeletionHandlerOptions) {
  const GET = withDatabase(async function GET(_request: Request, ctx: Ctx) {
    const { id } = await ctx.params;
    const runId = readRunId(id);
    const preview = runId === null ? null : await previewRunDeletion(prisma(), runId);
    if (!preview) return json({ error: `No import run ${id.slice(0, 40)}.`, parameter: "id" }, 404);
    return json({
      runId: preview.run.id,
      counts: preview.counts,
      deletable: preview.refusal === null,
      refusal: preview.refusal,
      description: describeDeletion(preview.run.id, preview.counts),
    });
  });

  const POST = withDatabase(async function POST(request: Request, ctx: Ctx) {
    const allowed = await authorize(request);
    if (allowed instanceof Response) return allowed;
    const { id } = await ctx.params;
    const runId = readRunId(id);
    if (runId === null) return json({ error: `No import run ${id.slice(0, 40)}.`, parameter: "id" }, 404);

    const body = await readConfirmation(request);
    if ("error" in body) return json({ error: body.error, parameter: "body" }, body.status);
    const result = await deleteRunArticles(prisma(), runId, body.confirm, { label: `${allowed.name} <${allowed.email}>`, userId: allowed.id });
    switch (result.status) {
      case "not-found":
        return json({ error: `No import run ${runId}.`, parameter: "id" }, 404);
      case "refused":
        return json({ error: result.refusal.message, reason: result.refusal.reason, counts: result.counts }, 409);
      case "stale":
        return json(
          {
            error: `Import #${runId} now has ${result.counts.articles} articles, not ${body.confirm}: nothing was deleted. Check the counts and confirm again.`,
            reason: "stale",
            counts: result.counts,
          },
          409,
        );
      case "deleted":
        return json({ deleted: result.counts, run: result.run });
    }
  });

  return { GET, POST };
}

/** The body {"confirm": <whole number>}, or why it is not one (400, 413, 415). */
async function readConfirmation(request: Request): Promise<{ confirm: number } | { error: string; status: 400 | 413 | 415 }> {
  const usage = 'Send {"confirm": <the number of articles shown>}.';
  if ((request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase() !== "application/json") {
    return { error: `Content-Type must be application/json. ${usage}`, status: 415 };
  }
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) return { error: `Body too large: at most ${MAX_BODY_BYTES} bytes.`, status: 413 };
  let text = "";
  if (request.body) {
    const reader = request.body.getReader();
    const decoder = new TextDecoder();
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => {});
        return { error: `Body too large: at most ${MAX_BODY_BYTES} bytes.`, status: 413 };
      }
      text += decoder.decode(value, { stream: true });
    }
    text += decoder.decode();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { error: `Body must be JSON. ${usage}`, status: 400 };
  }
  const confirm = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>).confirm : undefined;
  if (typeof confirm !== "number" || !Number.isSafeInteger(confirm) || confirm < 0 || Object.keys(parsed as object).length !== 1) {
    return { error: `Body must be {"confirm": <whole number>}. ${usage}`, status: 400 };
  }
  return { confirm };
}
