import { createHash } from "node:crypto";

/** The anchor's sentence hash: sha256 of the sentence text (UTF-8), hex. Equal text, equal hash, whatever its offsets. */
export function hashSentence(sentence: string): string {
  return createHash("sha256").update(sentence, "utf8").digest("hex");
}
