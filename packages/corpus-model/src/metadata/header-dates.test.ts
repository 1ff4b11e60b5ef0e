import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean";
import { inferOutlet } from "./infer-outlet";
import { inferPublishedDate } from "./infer-date";
import { parseStampDate } from "./header-dates";
import { isoDay } from "./calendar";

const body = "BAGHDAD (Reuters) - A roadside bomb killed two soldiers near Tarmiyah on Sunday, police sources said.\nThe attack followed a series of raids by militants in the area, the sources added.";

describe("parseStampDate", () => {
  it.each([
    ["22/11/2019 14:05", "2019-11-22"],
    ["12/03/2023", "2023-03-12"],
    ["03/25/2023", "2023-03-25"],
    ["14-09-2021", "2021-09-14"],
    ["22.11.2019", "2019-11-22"],
    ["November, 22, 2019 - 14:05", "2019-11-22"],
    ["Mon 4 Nov 2019 12.35 GMT", "2019-11-04"],
    ["2022-05-17T10:23:13+00:00", "2022-05-17"],
    ["Updated 08:41, 17-Mar-2021", "2021-03-17"],
    ["Wed 11 March / Mar 2020. 09:15 AM", "2020-03-11"],
    ["2021/3/17 08:15", "2021-03-17"],
    ["Posted 2019.11.22", "2019-11-22"],
  ])("%s -> %s", (line, iso) => {
    expect(isoDay(parseStampDate(line)!.first)).toBe(iso);
  });
});

describe("header date lines and wire datelines", () => {
  it("a date line in the header is the publication day, evidence indexing raw", () => {
    const raw = `Suicide bomber kills six north of Baghdad\nNovember 24, 2019 10:14 AM GMT+3\n${body}`;
    const cleaned = cleanArticle(raw);
    const d = inferPublishedDate({ raw, cleaned })!;
    expect([d.date, d.precision]).toEqual(["2019-11-24", "day"]);
    const s = d.spans[0]!;
    expect(s.origin).toBe("raw");
    expect(raw.slice(s.start, s.end)).toBe(s.text);
  });
  it("an Updated stamp alone bounds the date from above", () => {
    const raw = `Suicide bomber kills six north of Baghdad\nUpdated 10:33 AM ET, Mon November 4, 2019\n${body}`;
    const cleaned = cleanArticle(raw);
    const d = inferPublishedDate({ raw, cleaned })!;
    expect(d.latest).toBe("2019-11-04");
    expect(d.precision).toBe("day");
  });
  it("a month stamp gives month precision", () => {
    const raw = `The Islamic State in Iraq: Down but Not Out\nFebruary 2021, Volume 14, Issue 2\n${body}`;
    const d = inferPublishedDate({ raw, cleaned: cleanArticle(raw) })!;
    expect([d.date, d.precision, d.earliest, d.latest]).toEqual(["2021-02", "month", "2021-02-01", "2021-02-28"]);
  });
  it("the wire in the dateline names the outlet when nothing better does, and stays in the body", () => {
    const raw = `Suicide bomber kills six north of Baghdad\n${body}`;
    const cleaned = cleanArticle(raw);
    const o = inferOutlet({ raw, cleaned })!;
    expect(o.name).toBe("Reuters");
    expect(o.span.origin).toBe("body");
    expect(cleaned.body.slice(o.span.start, o.span.end)).toBe(o.evidence);
    expect(cleaned.dateline).toBe("BAGHDAD");
  });
  it("HTML: JSON-LD publisher and <title> suffix name the outlet, offsets into raw", () => {
    const raw = `<html><head><title>ISIS Resurgence Update | Institute for the Study of War</title></head><body><article><h1>ISIS Resurgence Update</h1><p>${body}</p><p>More text follows here about the insurgency and its cells in the desert.</p></article></body></html>`;
    const o = inferOutlet({ raw, cleaned: cleanArticle(raw) })!;
    expect(o.name).toBe("Institute for the Study of War");
    expect(raw.slice(o.span.start, o.span.end)).toBe(o.evidence);
    const ld = raw.replace("<head>", `<head><script type="application/ld+json">{"publisher":{"@type":"Organization","name":"Military Times"}}</script>`);
    expect(inferOutlet({ raw: ld, cleaned: cleanArticle(ld) })!.name).toBe("Military Times");
  });
  it("a date label run into the first paragraph dates the page", () => {
    const raw = ` date 2020-08-24 Kurdish security forces arrested three suspected militants near Kirkuk on Sunday, a police source said.\n\nThe suspects were planning attacks on power lines, the source added.`;
    const d = inferPublishedDate({ raw, cleaned: cleanArticle(raw) })!;
    expect([d.date, d.precision]).toEqual(["2020-08-24", "day"]);
    expect(raw.slice(d.spans[0]!.start, d.spans[0]!.end)).toBe("2020-08-24");
  });
  it("a leading label may carry a month name, and a label not followed by a date is ignored", () => {
    const named = `Date: Oct 8, 2017 Syrian troops advanced along the river east of the city, state media said, as the militants withdrew.`;
    expect(inferPublishedDate({ raw: named, cleaned: cleanArticle(named) })).toMatchObject({ date: "2017-10-08", precision: "day" });
    const none = `Published by the ministry, the figures for 2019 show attacks fell sharply in the province, officials said.`;
    expect(inferPublishedDate({ raw: none, cleaned: cleanArticle(none) })?.precision).not.toBe("day");
  });
  it("a date in the first words that is not labelled is not taken as the page's", () => {
    const raw = `2020-08-24 was the day the convoy was hit near Tikrit, officials recalled on Monday in a long statement about the attack.`;
    expect(inferPublishedDate({ raw, cleaned: cleanArticle(raw) })?.precision).not.toBe("day");
  });
  it("a stamp below a site notice, the headline and a dek is still in the header block", () => {
    const raw = [
      "Sign up for breaking news alerts from the Daily Courier",
      "",
      "Alerts can be switched off in your browser settings.",
      "",
      "Car bomb kills nine at a checkpoint south of Mosul",
      "",
      "Officials blame militants who have stepped up attacks in the desert since the spring",
      "",
      "Maria Lindqvist",
      "Tuesday 3 October 2017 16:05 BST",
      "Comments",
      "",
      "A car bomb killed nine people at an army checkpoint south of Mosul on Tuesday, security officials said, in the deadliest attack in the province for months.",
      "",
      "The officials said militants had driven the car from the desert west of the city before detonating it beside a queue of vehicles waiting to be searched.",
    ].join("\n");
    const d = inferPublishedDate({ raw, cleaned: cleanArticle(raw) })!;
    expect([d.date, d.precision]).toEqual(["2017-10-03", "day"]);
  });
  it("a byline carrying weekday, date, time and zone dates the page", () => {
    const raw = `Rockets hit base hosting US troops in Anbar\nBy Layla Hassan | Reuters | Friday, 6 March 2020 11:20 GMT\n${body}`;
    const d = inferPublishedDate({ raw, cleaned: cleanArticle(raw) })!;
    expect([d.date, d.precision]).toEqual(["2020-03-06", "day"]);
  });
  it("a stamp below two paragraphs of article text is not the page's", () => {
    const raw = [
      "Car bomb kills nine at a checkpoint south of Mosul",
      "A car bomb killed nine people at an army checkpoint south of Mosul, security officials said, in the deadliest attack in the province for months.",
      "The officials said militants had driven the car from the desert west of the city before detonating it beside a queue of vehicles.",
      "Related: Mortar fire hits village near Tal Afar",
      "May 2, 2016",
    ].join("\n");
    const d = inferPublishedDate({ raw, cleaned: cleanArticle(raw) });
    expect(d?.evidence ?? "").not.toContain("page header");
  });
  it("a lede weekday anchored by an Updated stamp opens the interval on that weekday", () => {
    const raw = [
      "Gunmen abduct 14 shepherds in Anbar desert: officials",
      "Updated 18:02, 09-Nov-2019",
      "Gunmen abducted 14 shepherds in the desert west of Ramadi, local officials said Wednesday, blaming remnants of the Islamic State group.",
      "The shepherds were taken with their flocks near the Syrian border, the officials added.",
    ].join("\n");
    const d = inferPublishedDate({ raw, cleaned: cleanArticle(raw) })!;
    // 9 November 2019 was a Saturday; the Wednesday before it was the 6th.
    expect([d.earliest, d.latest]).toEqual(["2019-11-06", "2019-11-09"]);
    expect(d.evidence).toContain("said Wednesday");
    // A weekday that is ahead in the reported clause anchors nothing; the same-day convention applies.
    const ahead = raw.replace("local officials said Wednesday", "local officials announced that searches would resume on Wednesday");
    expect(inferPublishedDate({ raw: ahead, cleaned: cleanArticle(ahead) })!.earliest).toBe("2019-11-08");
  });
});
