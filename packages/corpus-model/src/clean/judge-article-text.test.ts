import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateArticle } from "../../bench/generate-corpus";
import { analyzeArticle, NotProseError } from "../analyze";
import { cleanArticle } from "./clean-article";
import { judgeArticleText } from "./judge-article-text";

const corpus = fileURLToPath(new URL("../../../../data/corpus/", import.meta.url));

const refuse = (raw: string) => () => analyzeArticle({ source: "x", raw }, { requireProse: true });

describe("judgeArticleText", () => {
  it.each(readdirSync(corpus).filter((f) => f.endsWith(".txt")))("passes the bundled seed %s", (name) => {
    const raw = readFileSync(`${corpus}${name}`, "utf8");
    expect(judgeArticleText(cleanArticle(raw).body)).toBeNull();
    expect(refuse(raw)).not.toThrow();
  });

  it("passes short news: a headline and one or two sentences", () => {
    expect(refuse("ISIS cells regroup near Kirkuk, officials say (report 7)\n\nAbout 107 ISIS fighters remain in the desert west of Kirkuk, an Iraqi army spokesman told reporters on Sunday in report 7.\n")).not.toThrow();
    expect(judgeArticleText("Two soldiers were killed in an attack near Tikrit on Monday, police said.")).toBeNull();
  });

  it("passes prose in scripts written without spaces, and in Arabic", () => {
    const zh = "伊拉克军方发言人周日告诉记者，约三百名武装分子仍藏匿在基尔库克以西的沙漠中。";
    expect(judgeArticleText(Array.from({ length: 8 }, () => zh).join("\n\n"))).toBeNull();
    expect(judgeArticleText("قال متحدث باسم الجيش العراقي للصحفيين يوم الأحد إن نحو 300 مقاتل لا يزالون في الصحراء غرب كركوك.")).toBeNull();
  });

  it("passes the generated benchmark corpus", () => {
    for (let i = 0; i < 200; i++) expect(judgeArticleText(cleanArticle(generateArticle(42, i).raw).body), `article ${i}`).toBeNull();
  });

  const pdf = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj",
    "4 0 obj << /Length 44 >> stream",
    "BT /F1 24 Tf 100 700 Td (Hello) Tj ET",
    "endstream endobj",
    "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj",
    "xref 0 6 0000000000 65535 f 0000000010 00000 n 0000000060 00000 n 0000000117 00000 n 0000000250 00000 n 0000000345 00000 n",
    "trailer << /Size 6 /Root 1 0 R >> startxref 420 %%EOF",
  ].join("\n");

  it.each([
    ["a PDF's ASCII", pdf, /not prose/],
    ["a file of only numbers", Array.from({ length: 400 }, (_, i) => `${i * 37} ${i * 11}.${i % 7}`).join("\n"), /not prose: 0 words|body is empty/],
    ["very long lines of junk", Array.from({ length: 20 }, (_, i) => `${"x7Qz/+=".repeat(2_000)}${i}`).join("\n"), /not prose/],
    ["HTML with no body", "<!doctype html><html><head><title>Nothing here</title><script>var a = 1;</script></head><body></body></html>", /body is empty/],
    ["only page furniture", "Home | World | Politics\nShare this article\nAdvertisement\n", /not prose|empty/],
  ])("refuses %s with a reason", (_name, raw, reason) => {
    expect(refuse(raw)).toThrow(NotProseError);
    expect(refuse(raw)).toThrow(reason);
  });

  it("refuses a few words next to a long blob (base64, hex) by the share of characters in words", () => {
    const text = `Fighters were seen in the desert near Kirkuk on Sunday, officials said. ${"QUJDRGVmZ2hpams=".repeat(50)}`;
    expect(judgeArticleText(text)).toMatch(/not prose: only \d+% of its characters are in words/);
  });

  it("leaves analysis without requireProse as it was (corpus analyze prints whatever it finds)", () => {
    expect(() => analyzeArticle({ source: "x", raw: pdf })).not.toThrow();
  });
});
