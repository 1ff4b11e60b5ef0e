import { describe, expect, it } from "vitest";
import { normalisePublished } from "./normalise-published";
import { parseFieldMap } from "./parse-field-map";
import { detectColumns, readRecord, resolveColumns } from "./read-record";
import { DocumentError } from "./source-document";

const TEXT = "Iraqi officials said on Tuesday that about 150 fighters remain in the hills.";

describe("readRecord", () => {
  it("reads a news-please record: maintext, title, date_publish, url, source_domain, authors, language", () => {
    const doc = readRecord(
      {
        title: " Troops sweep Hamrin ",
        maintext: TEXT,
        date_publish: "2021-03-09 14:20:00",
        url: "https://www.aljazeera.com/news/x",
        source_domain: "www.aljazeera.com",
        authors: ["Layla Hassan", "Omar Saleh"],
        language: "en",
        image_url: null,
      },
      {},
    );
    expect(doc).toEqual({
      text: TEXT,
      metadata: {
        title: "Troops sweep Hamrin",
        url: "https://www.aljazeera.com/news/x",
        outlet: "www.aljazeera.com",
        byline: "Layla Hassan, Omar Saleh",
        language: "en",
        published: "2021-03-09",
      },
    });
  });

  it("reads plain names (text, published, outlet, byline), prefers a named outlet over source_domain, and ignores case", () => {
    expect(readRecord({ Body: TEXT, Published: "March 4, 2021", source_domain: "x.org", Outlet: "Rudaw", Byline: "K. Aziz" }, {})).toEqual({
      text: TEXT,
      metadata: { published: "2021-03-04", outlet: "Rudaw", byline: "K. Aziz" },
    });
  });

  it("follows --map, and names the mapping when its text column is missing", () => {
    const map = parseFieldMap(["text=story", "published=pub date"]);
    expect(readRecord({ story: TEXT, "pub date": "2020-02" }, map)).toEqual({ text: TEXT, metadata: { published: "2020-02" } });
    expect(() => readRecord({ text: TEXT }, map)).toThrow('--map text=story: there is no column "story" (columns: "text")');
  });

  it("refuses records without text, empty text, and values that are not objects", () => {
    expect(() => readRecord({ title: "A headline", url: "https://x.org" }, {})).toThrow(/^no text column: none of maintext, text, body/);
    expect(() => readRecord({ text: "   " }, {})).toThrow('no article text: column "text" is empty');
    expect(() => readRecord({ text: { nested: TEXT } }, {})).toThrow(/is empty/);
    expect(() => readRecord([TEXT], {})).toThrow("not a JSON object (an array)");
    expect(() => readRecord("just a string", {})).toThrow(DocumentError);
  });

  it("leaves out a date it cannot read, so the date is inferred instead", () => {
    expect(readRecord({ text: TEXT, date: "last Tuesday" }, {}).metadata).toEqual({});
    expect(readRecord({ text: TEXT, date: "2021-02-30" }, {}).metadata).toEqual({});
  });
});

describe("resolveColumns (a CSV header)", () => {
  it("finds the text column and refuses a --map naming a column the header lacks", () => {
    expect(resolveColumns(["headline", "story", "date"], { text: "story" }, true)).toEqual({ title: "headline", text: "story", published: "date" });
    expect(() => resolveColumns(["text", "date"], { published: "pubdate" }, true)).toThrow('--map published=pubdate: there is no column "pubdate" (columns: "text", "date")');
    expect(() => resolveColumns(["headline", "story"], {}, true)).toThrow(/^no text column: .*\(columns: "headline", "story"\); name it with --map text=COLUMN$/);
  });
});

describe("parseFieldMap", () => {
  it("refuses unknown fields and malformed pairs", () => {
    expect(parseFieldMap(["Title=Headline"])).toEqual({ title: "Headline" });
    expect(() => parseFieldMap(["body=story"])).toThrow('unknown field "body" (fields: text, title, url, published, outlet, byline, language)');
    expect(() => parseFieldMap(["text"])).toThrow("expected field=column");
    expect(() => parseFieldMap(["text="])).toThrow("expected field=column");
  });
});

describe("normalisePublished", () => {
  it("reads ISO dates and timestamps and the written dates news databases print", () => {
    expect(normalisePublished("2019-03-04T12:00:00+03:00")).toBe("2019-03-04");
    expect(normalisePublished("March 4, 2021 Thursday")).toBe("2021-03-04");
    expect(normalisePublished("15 May 2021")).toBe("2021-05-15");
    expect(normalisePublished("Sept. 9, 2019")).toBe("2019-09-09");
    expect(normalisePublished("December 2017")).toBe("2017-12");
    expect(normalisePublished("Flumber 4, 2021")).toBeNull();
    expect(normalisePublished("")).toBeNull();
  });
});

describe("detectColumns (the upload preview's prefilled mapping)", () => {
  it("finds what resolveColumns finds without a map, ignoring case, and never throws", () => {
    const header = ["Headline", "MAINTEXT", "date_publish", "source_domain", "Authors", "extra"];
    expect(detectColumns(header)).toEqual({ text: "MAINTEXT", title: "Headline", published: "date_publish", outlet: "source_domain", byline: "Authors" });
    expect(resolveColumns(header, {}, true)).toEqual(detectColumns(header));
    expect(detectColumns(["a", "b"])).toEqual({});
    // A named outlet beats the domain, as on the server.
    expect(detectColumns(["text", "source_domain", "outlet"]).outlet).toBe("outlet");
  });
});
