import { describe, expect, it } from "vitest";
import { readSupplied, suppliedHref } from "./read-supplied";

describe("readSupplied", () => {
  it("keeps the string fields an import stores and drops everything else", () => {
    expect(readSupplied({ url: "https://www.bbc.co.uk/news/x", outlet: "BBC", published: "2021-03-04", title: 7, byline: "", extra: "x" })).toEqual({
      url: "https://www.bbc.co.uk/news/x",
      outlet: "BBC",
      published: "2021-03-04",
    });
    expect(readSupplied(null)).toEqual({});
    expect(readSupplied(["BBC"])).toEqual({});
  });

  it("links only http and https URLs", () => {
    expect(suppliedHref("https://www.bbc.co.uk/news/x")).toBe("https://www.bbc.co.uk/news/x");
    expect(suppliedHref("javascript:alert(1)")).toBeNull();
    expect(suppliedHref("not a url")).toBeNull();
    expect(suppliedHref(undefined)).toBeNull();
  });
});
