import { describe, expect, it } from "vitest";
import { loadViewState, parseIsoDayString, parseSentenceRange, serializeViewState, toFilters, toggleInList } from "./view-state";

describe("view-state parsers", () => {
  it("gives every parameter its default on an empty URL", () => {
    expect(loadViewState("")).toEqual({
      outlets: [],
      from: null,
      to: null,
      claimants: [],
      referents: [],
      attacks: [],
      facts: "applied",
      dim: "naming",
      sourcing: "share",
      sel: null,
      scale: "log",
      color: "claimantType",
      measure: "count",
      s: null,
      hide: [],
      claimsCursor: null,
      attacksCursor: null,
      signalsCursor: null,
      q: null,
      sort: "newest",
      cursor: null,
    });
  });

  it("parses well-formed values", () => {
    const s = loadViewState(
      "?outlets=3,1&from=2019-01-01&to=2020-12-31&claimants=un,isis&referents=killed&attacks=kidnapping&dim=threat&scale=linear&color=outlet&measure=share&sel=threat:3:&s=10-20&hide=claims",
    );
    expect(s).toMatchObject({
      outlets: [3, 1],
      from: "2019-01-01",
      to: "2020-12-31",
      claimants: ["un", "isis"],
      referents: ["killed"],
      attacks: ["kidnapping"],
      dim: "threat",
      scale: "linear",
      color: "outlet",
      measure: "share",
      sel: "threat:3:",
      s: { start: 10, end: 20 },
      hide: ["claims"],
    });
  });

  it("falls back to defaults on malformed values, never throwing", () => {
    const s = loadViewState(
      "?outlets=abc,-1,2.5&from=2020-13-45&to=yesterday&claimants=nobody&referents=&attacks=nukes,kidnapping&dim=vibes&scale=cubic&color=red&measure=%%&s=20-10&hide=everything",
    );
    expect(s).toMatchObject({
      outlets: [],
      from: null,
      to: null,
      claimants: [],
      referents: [],
      attacks: ["kidnapping"],
      dim: "naming",
      scale: "log",
      color: "claimantType",
      measure: "count",
      s: null,
      hide: [],
    });
  });

  it("accepts a record of search params as Next passes them (arrays take the first value)", () => {
    expect(loadViewState({ dim: ["frames", "naming"], outlets: "2" })).toMatchObject({ dim: "frames", outlets: [2] });
  });

  it("validates calendar days and sentence ranges", () => {
    expect(parseIsoDayString("2020-02-29")).toBe("2020-02-29");
    expect(parseIsoDayString("2019-02-29")).toBeNull();
    expect(parseSentenceRange("5-9")).toEqual({ start: 5, end: 9 });
    expect(parseSentenceRange("9-9")).toBeNull();
    expect(parseSentenceRange("a-b")).toBeNull();
  });

  it("serialises without defaults and round-trips", () => {
    const url = serializeViewState({ dim: "naming", scale: "linear", outlets: [1, 2], sel: "naming:1:ISIS" });
    expect(url).not.toContain("dim=");
    const back = loadViewState(url);
    expect(back).toMatchObject({ scale: "linear", outlets: [1, 2], sel: "naming:1:ISIS" });
  });

  it("maps to the db Filters, swapping a reversed date range", () => {
    const f = toFilters({ outlets: [1], from: "2021-01-01", to: "2020-01-01", claimants: [], referents: ["killed"], attacks: [] });
    expect(f).toEqual({ outletIds: [1], from: "2020-01-01", to: "2021-01-01", claimantTypes: [], referents: ["killed"], attackTypes: [] });
  });

  it("toggles values in an empty-means-all list", () => {
    const all = ["a", "b", "c"];
    expect(toggleInList([], all, "b")).toEqual(["a", "c"]);
    expect(toggleInList(["a", "c"], all, "b")).toEqual([]);
    expect(toggleInList(["a"], all, "c")).toEqual(["a", "c"]);
  });

  it("reads the list parameters: search, sort and page cursors, falling back on anything malformed", () => {
    expect(loadViewState("?q=%20Mosul%20&sort=title&cursor=WyJhIiwxXQ&claimsCursor=abc_-1")).toMatchObject({
      q: "Mosul",
      sort: "title",
      cursor: "WyJhIiwxXQ",
      claimsCursor: "abc_-1",
    });
    expect(loadViewState(`?q=${"x".repeat(201)}&sort=loudest&cursor=a%20b&signalsCursor=%00`)).toMatchObject({ q: null, sort: "newest", cursor: null, signalsCursor: null });
    expect(serializeViewState({ sort: "newest", q: null, cursor: null })).toBe("");
  });
});
