import { describe, expect, it } from "vitest";
import { printable } from "./printable";

describe("printable", () => {
  it("escapes control characters so a file name stays on one line and cannot drive the terminal", () => {
    expect(printable("a\nb\tc\r\u001b[2J\u0085\u2028.txt")).toBe("a\\nb\\tc\\r\\u001b[2J\\u0085\\u2028.txt");
  });

  it("leaves other names, Unicode included, as they are", () => {
    expect(printable("data/تقرير-доклад-報告 ✓.txt")).toBe("data/تقرير-доклад-報告 ✓.txt");
  });
});
