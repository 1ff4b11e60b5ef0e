import { randomBytes } from "node:crypto";

/**
 * A password an admin hands to someone once (the account must replace it at
 * its first sign-in): 96 random bits, base64url, so it survives being read
 * out, pasted into a chat or typed.
 */
export function generateOneTimePassword(): string {
  return randomBytes(12).toString("base64url");
}
