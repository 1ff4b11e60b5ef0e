import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean";
import { inferPublishedDate } from "./infer-date";

const infer = (raw: string, supplied?: string) => inferPublishedDate({ raw, cleaned: cleanArticle(raw), ...(supplied ? { supplied } : {}) });

describe("inferPublishedDate", () => {
  it("lets a supplied ISO date win with the precision of its parts", () => {
    expect(infer("Fighting resumed on Dec. 9, 2017.", "2018-03")).toMatchObject({ date: "2018-03", precision: "month", earliest: "2018-03-01", latest: "2018-03-31" });
    expect(infer("x", "2021")).toMatchObject({ precision: "year", earliest: "2021-01-01", latest: "2021-12-31" });
    expect(infer("x", "2020-02-10T08:00:00Z")).toMatchObject({ date: "2020-02-10", precision: "day" });
  });

  it("reads the publication date a page declares in its markup", () => {
    const html = `<html><head><meta property="article:published_time" content="2019-07-21T10:00:00Z"></head><body><p>Militants attacked a village in Diyala province, killing a farmer, police said on Sunday.</p></body></html>`;
    expect(infer(html)).toMatchObject({ date: "2019-07-21", precision: "day" });
  });

  it("resolves the year of a weekday + date in the lede", () => {
    // 14 March fell on a Thursday in 2019 and 2024; the 2023 event rules out 2019.
    const raw = [
      "Security forces arrested four suspects in Kirkuk, police said Thursday (March 14th).",
      "The arrests follow a bombing in the city in June 2023 that killed three people.",
    ].join("\n\n");
    const d = infer(raw);
    expect(d).toMatchObject({ date: "2024-03-14", precision: "day", earliest: "2024-03-14", latest: "2024-03-15" });
    expect(d?.spans.some((s) => s.text === "March 14th")).toBe(true);
  });

  it("names in its evidence only the constraints that bound the interval, with matching spans", () => {
    const raw = [
      "Security forces arrested four suspects in Kirkuk, police said Thursday (March 14th).",
      "The group first appeared in the city in 2004 and was weakened by 2008.",
      "The arrests follow a bombing in the city in June 2023 that killed three people.",
    ].join("\n\n");
    const d = infer(raw)!;
    expect(d).toMatchObject({ earliest: "2024-03-14", latest: "2024-03-15" });
    // The weekday + date fixes the day; "June 2023" picks the year; 2004 and 2008 bound nothing.
    expect(d.evidence).toContain("March 14th");
    expect(d.evidence).toContain("June 2023");
    expect(d.evidence).not.toContain("2004");
    expect(d.evidence).not.toContain("2008");
    expect(d.spans.map((s) => s.text).sort()).toEqual(["June 2023", "March 14th"]);
  });

  it("anchors 'earlier this month' to a dated reference event", () => {
    const raw = "Farmers in Salahuddin say they are returning to fields they had abandoned. The Soleimani strike had raised tensions, and earlier this month the killing of Qassem Soleimani in Baghdad prompted fears of a new war.";
    expect(infer(raw)).toMatchObject({ date: "2020-01", precision: "month", earliest: "2020-01-03", latest: "2020-01-31" });
  });

  it("uses 'last month' with an explicit month and year", () => {
    const d = infer("Last month, in August 2021, gunmen ambushed a convoy on the Baghdad-Kirkuk road, officials recalled.");
    expect(d).toMatchObject({ date: "2021-09", precision: "month" });
  });

  it("bounds the date with a newly sworn-in government and an office term", () => {
    const d = infer("The newly sworn-in government of Mustafa al-Kadhimi promised to rein in rocket attacks on bases hosting US troops.");
    // May to early July: more than a month, so only the year is claimed.
    expect(d).toMatchObject({ date: "2020", precision: "year", earliest: "2020-05-07" });
    expect(d!.latest <= "2020-07-06").toBe(true);
  });

  it("treats a pending event as an upper bound", () => {
    const d = infer("Commanders said it could take months to retake the city of Mosul, where the offensive began in October.");
    expect(d!.latest < "2017-07-10").toBe(true);
    expect(d!.earliest >= "2016-11-01").toBe(true);
  });

  it("omits precision it cannot justify", () => {
    const d = infer("Militant attacks rose in 2015 compared with the year before, a monitoring group said.");
    expect(d?.precision).toBe("year");
  });

  it("ignores scrape-relative widget timestamps and returns null with no date cues", () => {
    expect(infer("access_time7 years ago\nResidents said the road was reopened after a long closure, and traffic returned.")).toBeNull();
  });
});
