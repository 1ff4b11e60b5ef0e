import { describe, expect, it } from "vitest";
import { decodeArticleBytes, UnreadableFileError } from "./read-article-file";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("decodeArticleBytes", () => {
  it("hashes the raw bytes and strips a byte-order mark from the text", () => {
    const file = decodeArticleBytes(bytes("\uFEFFHello"), "a.txt");
    expect(file.text).toBe("Hello");
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(decodeArticleBytes(bytes("\uFEFFHello"), "b.txt").sha256).toBe(file.sha256);
  });

  it.each([
    ["an empty file", new Uint8Array(), /empty file/],
    ["whitespace only", bytes("  \n\t"), /whitespace only/],
    ["NUL bytes", new Uint8Array([0x47, 0x49, 0x46, 0x00]), /binary/],
    ["invalid UTF-8", new Uint8Array([0xc3, 0x28, 0x41]), /not valid UTF-8/],
    ["UTF-16 (little-endian byte-order mark)", new Uint8Array([0xff, 0xfe, 0x41, 0x00]), /^UTF-16 text .*iconv/],
    ["UTF-16 (big-endian byte-order mark)", new Uint8Array([0xfe, 0xff, 0x00, 0x41]), /^UTF-16 text/],
  ])("rejects %s with a reason", (_name, input, reason) => {
    expect(() => decodeArticleBytes(input, "x")).toThrow(UnreadableFileError);
    expect(() => decodeArticleBytes(input, "x")).toThrow(reason);
  });
});
