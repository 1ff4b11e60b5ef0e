import { createHash } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const SHORT_ID_LENGTH = 10;

/** base62 of a byte string (big-endian), most significant digit first. */
export function base62(bytes: Uint8Array): string {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = "";
  while (n > 0n) {
    out = ALPHABET[Number(n % 62n)]! + out;
    n /= 62n;
  }
  return out || "0";
}

/**
 * Short-link id: the first 10 base62 digits of sha256(path + canonical query)
 * (~59 bits). Deterministic, so the same view always gets the same id.
 */
export function shortId(path: string, canonicalQuery: string): string {
  const digest = createHash("sha256").update(`${path}${canonicalQuery}`).digest();
  return base62(digest).padStart(SHORT_ID_LENGTH, "0").slice(0, SHORT_ID_LENGTH);
}

export const isShortId = (id: string): boolean => new RegExp(`^[0-9A-Za-z]{${SHORT_ID_LENGTH}}$`).test(id);
