/** POSTs (or PATCHes, DELETEs) JSON and returns the status and the parsed answer, whose `error` or `message` says why on failure. */
export async function sendJson(url: string, body: unknown, method = "POST"): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  const res = await fetch(url, { method, headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const data = ((await res.json().catch(() => ({}))) ?? {}) as Record<string, unknown>;
  return { ok: res.ok, status: res.status, data };
}

/** The reason in an error answer: ours say `error`, Better Auth's say `message`. */
export function reasonOf(data: Record<string, unknown>, fallback: string): string {
  const reason = data.error ?? data.message;
  return typeof reason === "string" && reason ? reason : fallback;
}
