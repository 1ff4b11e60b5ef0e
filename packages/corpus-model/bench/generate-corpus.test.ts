import { describe, expect, it } from "vitest";
import { analyzeArticle } from "../src/analyze";
import { generateArticle, generateCorpus } from "./generate-corpus";

// Properties of the benchmark corpus only; throughput figures are printed by
// bench/analyze-throughput.ts and never asserted.
describe("generateCorpus", () => {
  const corpus = generateCorpus({ seed: 42, count: 1000 });

  it("is deterministic by seed", () => {
    expect(generateCorpus({ seed: 42, count: 1000 })).toEqual(corpus);
    expect(generateArticle(42, 537)).toMatchObject(corpus[537]!);
  });

  it("differs between seeds", () => {
    const other = generateCorpus({ seed: 43, count: 1000 });
    const same = other.filter((a, i) => a.raw === corpus[i]!.raw).length;
    expect(same).toBe(0);
  });

  it("respects count", () => {
    expect(corpus).toHaveLength(1000);
    expect(generateCorpus({ seed: 1, count: 0 })).toEqual([]);
    expect(generateCorpus({ seed: 1, count: 7 })).toHaveLength(7);
    expect(new Set(corpus.map((a) => a.source)).size).toBe(1000);
  });

  it("is varied", () => {
    const headlines = corpus.map((_, i) => generateArticle(42, i).title);
    headlines.forEach((h, i) => expect(corpus[i]!.raw).toContain(h.replace(/&/g, "&amp;")));
    expect(new Set(headlines).size / corpus.length).toBeGreaterThan(0.9);
    expect(new Set(corpus.map((a) => a.raw)).size).toBe(corpus.length);

    const words = corpus.map((a) => a.raw.split(/\s+/).length);
    expect(Math.min(...words)).toBeLessThan(300);
    expect(Math.max(...words)).toBeGreaterThan(1300);

    const kinds = new Set(corpus.map((a) => /-([a-z]+)\.(?:txt|html)$/.exec(a.source)?.[1]));
    expect([...kinds].sort()).toEqual(["byline", "dense", "furniture", "html", "longquote", "plain", "wire"]);
    const html = corpus.filter((a) => a.raw.startsWith("<!doctype html>")).length;
    expect(html).toBeGreaterThan(10);

    const all = corpus.map((a) => a.raw).join("\n");
    for (const term of ["ISIS", "ISIL", "Daesh", " IS ", "Islamic State", "between ", " to ", "dozens of", "percent", "Source: ", "{{", "Please Wait...", "told "]) {
      expect(all, term).toContain(term);
    }
  });

  it("analyses the first 200 articles without throwing, with honest claim offsets", () => {
    let claims = 0;
    for (const article of corpus.slice(0, 200)) {
      const a = analyzeArticle(article);
      for (const c of a.fighterClaims) {
        const section = c.section === "title" ? (a.title ?? "") : a.body;
        expect(section.slice(c.start, c.end), article.source).toBe(c.text);
        expect(section.slice(c.quantity.start, c.quantity.end), article.source).toBe(c.quantity.text);
        claims++;
      }
    }
    expect(claims).toBeGreaterThan(200);
  }, 120_000);
});
