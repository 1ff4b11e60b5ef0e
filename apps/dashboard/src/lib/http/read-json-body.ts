import type { IncomingMessage } from "node:http";

/** Why a body could not be read, with the status to answer. */
export class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** `application/json`, with or without parameters (`; charset=utf-8`). */
export function isJsonContentType(value: string | undefined): boolean {
  return (value ?? "").split(";")[0]!.trim().toLowerCase() === "application/json";
}

/**
 * Reads and parses a JSON request body of at most `limit` bytes. Stops
 * reading as soon as the limit is passed (a Content-Length over it is refused
 * before reading anything), so a huge body costs the server `limit` bytes of
 * memory at most, never its whole size.
 */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  if (!isJsonContentType(req.headers["content-type"])) {
    throw new BodyError(415, 'Content-Type must be application/json (send {"path": "/claims", "query": "?scale=linear"}).');
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) throw new BodyError(413, `Body too large: at most ${limit} bytes.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new BodyError(413, `Body too large: at most ${limit} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new BodyError(400, 'Body must be JSON: {"path": "/claims", "query": "?scale=linear"}.');
  }
}
