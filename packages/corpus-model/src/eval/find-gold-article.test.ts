import { describe, expect, it } from "vitest";
import { findGoldArticle, indexGold } from "./find-gold-article";

describe("findGoldArticle", () => {
  const hashed = { source: "corpus/a.txt", sha256: "AB12" };
  const plain = { source: "corpus/b.txt" };
  const index = indexGold([hashed, plain]);

  it("matches by hash wherever the file lies", () => {
    expect(findGoldArticle(index, { source: "elsewhere/renamed.txt", sha256: "ab12" })).toEqual({ found: hashed });
  });

  it("matches by source, as written or as the end of the path", () => {
    expect(findGoldArticle(index, { source: "corpus/b.txt", sha256: "ff" })).toEqual({ found: plain });
    expect(findGoldArticle(index, { source: "data/corpus/b.txt", sha256: "ff" })).toEqual({ found: plain });
    expect(findGoldArticle(index, { source: "data/xcorpus/b.txt", sha256: "ff" })).toEqual({ notInGold: true });
  });

  it("says when a hashed article's text changed, and when a document is not in the gold", () => {
    expect(findGoldArticle(index, { source: "data/corpus/a.txt", sha256: "cd34" })).toEqual({ changed: hashed });
    expect(findGoldArticle(index, { source: "c.txt", sha256: "ff" })).toEqual({ notInGold: true });
  });
});
