import { describe, expect, it } from "vitest";
import { describeDate, formatClaimNumber, formatShare, formatSigned, parseIsoDay } from "./format";

const n = (low: number | null, high: number | null, qualifier: Parameters<typeof formatClaimNumber>[0]["qualifier"], unit: "people" | "percent" = "people") =>
  formatClaimNumber({ low, high, qualifier, unit });

describe("formatClaimNumber", () => {
  it("says numbers the way the contract's examples read", () => {
    expect(n(null, 1000, "fewer_than")).toBe("fewer than 1,000");
    expect(n(20000, 30000, "between")).toBe("20,000–30,000");
    expect(n(700, null, "at_least")).toBe("≥ 700");
    expect(n(25, 25, "exact", "percent")).toBe("25%");
    expect(n(1000, 1000, "about")).toBe("about 1,000");
    expect(n(null, 25, "at_most", "percent")).toBe("at most 25%");
    expect(n(null, 500, "up_to")).toBe("up to 500");
    expect(n(100, null, "more_than")).toBe("more than 100");
    expect(n(200, 999, "vague")).toBe("200–999");
    expect(n(20, 30, "between", "percent")).toBe("20–30%");
    expect(n(null, null, "vague")).toBe("an unspecified number");
  });
});

describe("describeDate", () => {
  it("is honest about precision", () => {
    expect(describeDate({ earliest: "2020-02-10", latest: "2020-02-10", precision: "day" })).toBe("10 Feb 2020");
    expect(describeDate({ earliest: "2018-03-01", latest: "2018-03-31", precision: "month" })).toBe("March 2018");
    expect(describeDate({ earliest: "2019-01-01", latest: "2019-12-31", precision: "year" })).toBe("2019");
    expect(describeDate({ earliest: "2020-02-10", latest: "2020-02-11", precision: "day" })).toBe("between 10 Feb 2020 and 11 Feb 2020");
    expect(describeDate({ earliest: "bad", latest: "bad", precision: "day", label: "sometime" })).toBe("sometime");
  });
  it("parses partial ISO dates as UTC", () => {
    expect(parseIsoDay("2018")).toBe(Date.UTC(2018, 0, 1));
    expect(parseIsoDay("2017-12")).toBe(Date.UTC(2017, 11, 1));
    expect(Number.isNaN(parseIsoDay("soon"))).toBe(true);
  });
});

describe("number helpers", () => {
  it("formats shares and signed indices", () => {
    expect(formatShare(0.256)).toBe("26%");
    expect(formatShare(0.004)).toBe("0.4%");
    expect(formatShare(0.068)).toBe("6.8%");
    expect(formatSigned(0.35)).toBe("+0.35");
    expect(formatSigned(-0.6)).toBe("\u22120.60");
  });
});
