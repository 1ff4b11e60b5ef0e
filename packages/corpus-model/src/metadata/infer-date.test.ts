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

  it("dates the article by its own URL, to the day or the month, and narrows a month with the text", () => {
    const body = "Militants attacked a police post near Hawija, killing two officers, security sources said on Friday.";
    const url = (u: string) => inferPublishedDate({ raw: body, cleaned: cleanArticle(body), url: u });
    expect(url("https://example.com/world/2022/05/13/hawija-attack")).toMatchObject({ date: "2022-05-13", precision: "day" });
    expect(url("https://example.com/security/2018/09/hawija-attack/")).toMatchObject({ date: "2018-09", precision: "month", earliest: "2018-09-01", latest: "2018-09-30" });
    const lede = "Gunmen killed a village mukhtar near Baiji on Friday (September 21st), police said.";
    expect(inferPublishedDate({ raw: lede, cleaned: cleanArticle(lede), url: "https://example.com/iraq/2018/09/baiji/" })).toMatchObject({ earliest: "2018-09-21", latest: "2018-09-22" });
  });

  it("reads a URL cited in the text as a lower bound only", () => {
    const raw = "The figure repeats a monitor's count published earlier (https://example.org/data/2020/02/03/count), officials said.";
    const d = infer(raw)!;
    expect(d.earliest).toBe("2020-02-03");
    expect(d.precision).not.toBe("day");
  });

  it("takes a caption-style date as the day a photo was taken, whatever the caption calls upcoming", () => {
    const raw = [
      "Fighters of a tribal militia train before the upcoming offensive to retake Hawija in Kirkuk province, Iraq, Aug. 14, 2017.",
      "Officials said militants were digging in around the town.",
    ].join("\n\n");
    const d = infer(raw)!;
    expect(d.earliest).toBe("2017-08-14");
    expect(d.evidence).toContain("photo dated");
    // Without a place name before the comma, a closing date keeps its tense.
    const ahead = infer("Officials said the vote would be held early next year, May 12, 2018. Campaigning began in 2017.")!;
    expect(ahead.latest <= "2018-05-12").toBe(true);
  });

  it("returns nothing when no year is stated anywhere (a date without a year is not a date)", () => {
    expect(infer("A farmer was shot dead near Khanaqin on Nov. 3, and two of his sons were wounded, relatives said.")).toBeNull();
  });

  it("reads 'last December' beside a December event: published within the year after it", () => {
    const d = infer("Prime Minister Haider al-Abadi declared final victory over the militants last December, yet bombings in Iraq’s north have resumed.")!;
    expect(d.earliest).toBe("2018-01-01");
    expect(d.latest <= "2018-11-01").toBe(true);
  });

  it("reads 'in December last year' beside a December event: published the year after it", () => {
    const d = infer("The US-led coalition ended its combat mission in Iraq in December last year, though advisers stayed at Ain al-Asad.")!;
    expect(d).toMatchObject({ date: "2022", earliest: "2022-01-01", latest: "2022-12-31" });
  });

  it("does not read an earlier event in words a later event shares", () => {
    // ISIS capturing Raqqa in 2014 is not the 2017 liberation; Obama's 2010 end of the combat mission is not the coalition's 2021 one.
    const raqqa = infer("ISIS captured Raqqa in 2014 and made it its capital, residents recalled.")!;
    expect(raqqa.earliest < "2017-01-01").toBe(true);
    const obama = infer("On August 31, 2010, President Barack Obama declared an end to the US combat mission in Iraq, with coalition partners following.")!;
    expect(obama.evidence).not.toContain("coalition ends");
  });

  it("does not place the article in an office term the sentence dates to the past", () => {
    const raw = [
      "On March 19, 2013, President Barack Obama marked ten years since the invasion of Iraq.",
      "Militants have regrouped in the Hamrin mountains, and Prime Minister Mustafa al-Kadhimi ordered new operations against them.",
    ].join("\n\n");
    const d = infer(raw)!;
    expect(d.earliest >= "2020-05-07").toBe(true);
    expect(d.latest <= "2022-11-03").toBe(true);
  });

  it("reads an unplaced 'collapse of the caliphate' as after Mosul, and one in Syria as after Baghouz", () => {
    expect(infer("Thousands of fighters remain in Iraq and Syria despite the collapse of the caliphate, a monitor said.")!.earliest).toBe("2017-07-10");
    expect(infer("Fighters who escaped the collapse of their caliphate in Syria have regrouped in the desert, officials said.")!.earliest).toBe("2019-03-23");
  });

  it("reads Russia's announcement that ISIS was routed in Syria as the December 2017 event", () => {
    const d = infer("Washington disputed Moscow's claim that the jihadists had been completely defeated on both banks of the Euphrates in Syria.")!;
    expect(d.earliest).toBe("2017-12-06");
  });

  it("does not count a caption's 'last month' against a month the body names", () => {
    const raw = [
      "Families leave the last militant-held village in Syria last month (photo credit: AFP)",
      "Families leave the last militant-held village in Syria last month",
      "The fighters were defeated at Baghouz in March, and thousands of their relatives were moved to camps.",
    ].join("\n");
    const d = infer(raw)!;
    expect(d.earliest).toBe("2019-04-01");
  });
});
