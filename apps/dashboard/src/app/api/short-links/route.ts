import { db } from "@/lib/db";
import { shortId } from "@/lib/share/short-id";
import { canonicalQuery, readViewState, STATE_VERSION, viewOfPath } from "@/lib/view-state";

export const dynamic = "force-dynamic";


/**
 * POST /api/short-links {"path": "/claims", "query": "?scale=linear"} (or
 * {"url": "..."}) -> {"id", "path": "/s/<id>", "target"}. The state is
 * canonicalised first, so the same view always gets the same id; storing is
 * an idempotent upsert.
 */
export async function POST(request: Request) {
  let body: { path?: unknown; query?: unknown; url?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return Response.json({ error: "Body must be JSON: {\"path\": \"/claims\", \"query\": \"?scale=linear\"}", parameter: "body" }, { status: 400 });
  }
  let path: string;
  let query: string;
  if (typeof body.url === "string") {
    let u: URL;
    try {
      u = new URL(body.url, "http://x");
    } catch {
      return Response.json({ error: "Invalid url.", parameter: "url" }, { status: 400 });
    }
    path = u.pathname;
    query = u.search;
  } else {
    path = typeof body.path === "string" ? body.path : "";
    query = typeof body.query === "string" ? body.query : "";
  }
  const view = viewOfPath(path);
  if (!view) return Response.json({ error: `Not a Framewatch view: "${path}".`, parameter: "path" }, { status: 400 });
  const { state } = readViewState(view, query);
  const canonical = canonicalQuery(view, state);
  const id = shortId(path, canonical);
  await db().shortLink.upsert({
    where: { id },
    create: { id, path, query: canonical, stateVersion: STATE_VERSION },
    update: {},
  });
  return Response.json({ id, path: `/s/${id}`, target: `${path}${canonical}` });
}
