import type { Readable } from "node:stream";

export type Line = { number: number; text: string } | { number: number; error: string };

/**
 * Splits a byte stream into lines (LF or CRLF) one at a time, numbered from
 * 1, decoding each as strict UTF-8. A line longer than `maxLineBytes` is not
 * held: its bytes are dropped as they arrive and it is returned as the error
 * `tooLong` (the caller knows which limit it is and what to call it), so one
 * endless line cannot exhaust memory. A byte-order mark on the first line is
 * dropped.
 */
export async function* readLines(stream: Readable, maxLineBytes: number, tooLong: string): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parts: Buffer[] = [];
  let length = 0;
  let overLimit = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    const bytes = Buffer.concat(parts, length);
    parts = [];
    length = 0;
    if (overLimit) {
      overLimit = false;
      return { number, error: tooLong };
    }
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
    try {
      let text = decoder.decode(bytes.subarray(0, end));
      if (number === 1) text = text.replace(/^\uFEFF/u, "");
      return { number, text };
    } catch {
      return { number, error: "not valid UTF-8 text" };
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      append(chunk.subarray(start, nl));
      yield finish();
      start = nl + 1;
    }
    append(chunk.subarray(start));
  }
  if (length > 0 || overLimit) yield finish();

  function append(piece: Buffer) {
    if (piece.length === 0 || overLimit) return;
    if (length + piece.length > maxLineBytes) {
      overLimit = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(piece);
    length += piece.length;
  }
}
