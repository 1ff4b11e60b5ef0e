import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean";
import { countArticleGroupTerms } from "./count-article-group-terms";

const corpusDir = new URL("../../../../data/corpus/", import.meta.url);
const gold = JSON.parse(readFileSync(new URL("../../test/fixtures/seeds-gold.json", import.meta.url), "utf8")) as {
  source: string;
  groupTerms: Record<string, number>;
}[];

describe("countArticleGroupTerms", () => {
  for (const article of gold) {
    it(`${article.source}: headline + body + captions agree with the gold`, () => {
      expect(countArticleGroupTerms(cleanArticle(readFileSync(new URL(article.source, corpusDir), "utf8")))).toEqual(article.groupTerms);
    });
  }
  it("does not count names in related-headline lists or tag lines", () => {
    const raw = [
      "ISIS attack kills two soldiers in Kirkuk",
      "Two Iraqi soldiers were killed on Tuesday when ISIS militants attacked an army checkpoint south of Kirkuk.",
      "Tags: Iraq, ISIS, Kirkuk",
      "Related",
      "Kurdish forces say they captured Islamic State commander",
    ].join("\n");
    expect(countArticleGroupTerms(cleanArticle(raw))).toEqual({ ISIS: 2, ISIL: 0, Daesh: 0, "Islamic State": 0, IS: 0 });
  });
});
