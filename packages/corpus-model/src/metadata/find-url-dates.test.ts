import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean";
import { isoDay } from "./calendar";
import { findCitedUrlDates, findPageUrlDate, parseUrlDate } from "./find-url-dates";

const iso = (url: string) => {
  const p = parseUrlDate(url);
  return p ? [isoDay(p.first), isoDay(p.last), p.text] : null;
};

describe("parseUrlDate", () => {
  it.each([
    ["https://www.example-news.com/world/2021/06/04/militants-ambush-convoy", "2021-06-04", "2021-06-04", "/2021/06/04"],
    ["https://example.org/report/2019/7/9/flawed", "2019-07-09", "2019-07-09", "/2019/7/9"],
    ["https://news.example.net/security/2016/11/isis-tunnels-under-mosul/1234/", "2016-11-01", "2016-11-30", "/2016/11/"],
    ["https://agency.example.com/20190314/iraq-raid-kirkuk-1075.html", "2019-03-14", "2019-03-14", "/20190314"],
    ["https://example.com/news/iraq-2022-01-21-prison-attack", "2022-01-21", "2022-01-21", "2022-01-21"],
  ])("%s", (url, first, last, text) => {
    expect(iso(url)).toEqual([first, last, text]);
  });

  it.each([
    "https://example.com/news/2019/isis-cells-in-anbar",
    "https://example.com/article/12345678/",
    "https://example.com/world/iraq?date=2019-01-01",
    "https://example.com/2019/13/05/story",
    "https://example.com/20190231/story",
    "https://example.com",
  ])("no date: %s", (url) => {
    expect(parseUrlDate(url)).toBeNull();
  });
});

describe("findPageUrlDate", () => {
  it("reads the supplied URL first", () => {
    const d = findPageUrlDate("https://other.example.com/2010/01/01/x\nText.", "https://example.com/2020/05/12/story")!;
    expect([isoDay(d.first), d.span.origin]).toEqual(["2020-05-12", "supplied"]);
  });
  it("reads a labelled URL line or a bare URL at the top, with offsets into raw", () => {
    for (const raw of ["URL: https://example.com/iraq/2018/03/22/raid\nHeadline\nBody text.", "https://example.com/iraq/2018/03/22/raid\nHeadline\nBody text."]) {
      const d = findPageUrlDate(raw)!;
      expect(isoDay(d.first)).toBe("2018-03-22");
      expect(raw.slice(d.span.start, d.span.end)).toBe(d.span.text);
    }
  });
  it("does not take a link further down the page for the page's own", () => {
    const raw = ["Headline", "First paragraph of the story.", "Second paragraph.", "More.", "Even more.", "Read next:", "https://example.com/2024/02/01/other-story"].join("\n");
    expect(findPageUrlDate(raw)).toBeNull();
  });
  it("reads a canonical link in HTML", () => {
    const raw = `<html><head><link rel="canonical" href="https://example.com/mideast/2017/10/17/raqqa"></head><body><p>x</p></body></html>`;
    expect(isoDay(findPageUrlDate(raw)!.first)).toBe("2017-10-17");
  });
});

describe("findCitedUrlDates", () => {
  it("finds dated links inside the article's sentences", () => {
    const cleaned = cleanArticle("The monitor's earlier count (https://example.org/reports/2020/02/03/count) put the dead at twelve.");
    const found = findCitedUrlDates(cleaned);
    expect(found.map((f) => isoDay(f.first))).toEqual(["2020-02-03"]);
    expect(cleaned.body.slice(found[0]!.span.start, found[0]!.span.end)).toBe("/2020/02/03");
  });
});
