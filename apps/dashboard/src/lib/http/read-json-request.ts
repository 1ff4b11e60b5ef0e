import { BodyError, isJsonContentType } from "./read-json-body";

/**
 * readJsonBody for App Router handlers (a Fetch Request): a JSON body of at
 * most `limit` bytes, read no further than the limit, or a BodyError with the
 * status to answer (415 not JSON, 413 too large, 400 not parseable).
 */
export async function readJsonRequest(request: Request, limit: number, example: string): Promise<unknown> {
  if (!isJsonContentType(request.headers.get("content-type") ?? undefined)) throw new BodyError(415, `Content-Type must be application/json (send ${example}).`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new BodyError(413, `Body too large: at most ${limit} bytes.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw new BodyError(413, `Body too large: at most ${limit} bytes.`);
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new BodyError(400, `Body must be JSON: ${example}.`);
  }
}
