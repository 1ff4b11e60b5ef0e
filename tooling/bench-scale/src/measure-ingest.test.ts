import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyTextField, measureAnalysis, writeGeneratedFiles } from "./measure-ingest";

describe("copyTextField", () => {
  it("escapes what COPY's text format treats specially", () => {
    expect(copyTextField("a\\b\nc\r\td")).toBe("a\\\\b\\nc\\r\\td");
    expect(copyTextField("plain “text”")).toBe("plain “text”");
  });
});

describe("generated files and the analysis rate", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("writes distinct files and analyses every one of them", () => {
    const files = writeGeneratedFiles(dir, 7, 12);
    expect(new Set(files).size).toBe(12);
    expect(fs.readdirSync(dir)).toHaveLength(12);
    const rate = measureAnalysis(files);
    expect(rate.articles).toBe(12);
    expect(rate.perSecond).toBeCloseTo(12 / rate.seconds);
  }, 180_000);
});
