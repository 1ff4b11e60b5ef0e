import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";
import { detectDateStamp } from "./date-stamp";

describe("detectDateStamp", () => {
  it.each([
    ["Published: 21 July 2019", "published"],
    ["Updated 10:33 AM ET, Mon November 4, 2019", "updated"],
    ["Nov 22, 2019", "published"],
    ["Jan. 21, 2021", "published"],
    ["22/11/2019 14:05", "published"],
    ["Sunday, 22 November, 2020 - 07:15", "published"],
    ["Last updated: January 22, 2021, 8:13 AM", "updated"],
    ["Last modified on Mon 4 Nov 2019 15.10 GMT", "updated"],
    ["Date: 2022-05-17T10:23:13+00:00", "published"],
    ["Tuesday, 29 March 2022 10:44 AM  [ Last Update: Tuesday, 29 March 2022 10:44 AM ]", "published"],
    ["February 2021, Volume 14, Issue 2", "published"],
    // Day-month-year with the month abbreviated between hyphens.
    ["Updated 08:41, 17-Mar-2021", "updated"],
    ["Posted 5-Nov-2019", "published"],
    // A dateline-style byline stamp: weekday, date, time and time zone.
    ["Tuesday 3 October 2017 16:05 BST", "published"],
    // Arabic labels around English dates; bilingual month names.
    ["تم نشره في Wed 11 March / Mar 2020. 09:15 AM - آخر تعديل في Wed 11 March / Mar 2020. 02:30 PM", "published"],
    ["آخر تحديث: 4 June 2022 10:00 م", "updated"],
    ["تاريخ النشر: 12 January، 2021", "published"],
    ["2021/3/17 08:15", "published"],
    ["Posted 2019.11.22", "published"],
  ])("%s -> %s", (line, kind) => {
    expect(detectDateStamp(line)?.kind).toBe(kind);
  });
  it.each([
    "On November 4, 2019, militants attacked a checkpoint.",
    "Iraq declared victory in December 2017",
    "Kurdish forces say they captured Islamic State commander",
    "Gunmen struck on 17-Mar-2021 near Tuz Khurmatu",
    "نشر الجيش قواته في 4 June 2022",
  ])("not a stamp: %s", (line) => {
    expect(detectDateStamp(line)).toBeNull();
  });
});

describe("cleanArticle header and trailer furniture", () => {
  const raw = [
    "SANA",
    "Syrian Arab News Agency",
    "Army repels ISIS attack in Badia",
    "Haydar Karaalp   |22.11.2019",
    "Deir Ezzor, SANA- Army units on Friday repelled an attack by terrorists on military points in the Badia.",
    "A reporter said the terrorists targeted the points with mortar shells before trying to infiltrate them.",
    "Reporting by Ahmed Rasheed; Writing by John Davison; Editing by Kevin Liffey",
    "Copyright 2021 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
    "Related",
    "Kurdish-Led Forces Arrest IS Suspects in Raqqa",
    "Who are Islamic State (IS)?",
  ].join("\n");
  const c = cleanArticle(raw);
  it("drops mastheads, dated author lines, wire trailers and related-headline lists", () => {
    expect(c.title).toBe("Army repels ISIS attack in Badia");
    expect(c.body.split("\n\n")).toHaveLength(2);
    expect(c.removed.find((r) => r.text === "Syrian Arab News Agency")?.reason).toBe("masthead");
    expect(c.removed.find((r) => r.text.startsWith("Haydar"))?.reason).toBe("date-stamp");
    expect(c.removed.find((r) => r.text.startsWith("Who are"))?.reason).toBe("related-list");
  });
});
