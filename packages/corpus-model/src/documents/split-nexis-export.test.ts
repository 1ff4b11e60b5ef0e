import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeNexisExport, splitNexisExport } from "./split-nexis-export";

const EXAMPLE = fs.readFileSync(path.join(import.meta.dirname, "../../../../docs/examples/nexis-export.txt"), "utf8");

describe("splitNexisExport", () => {
  it("splits the example export into its three documents with their header metadata", () => {
    expect(looksLikeNexisExport(EXAMPLE)).toBe(true);
    const docs = splitNexisExport(EXAMPLE);
    expect(docs).toHaveLength(3);
    const [first, second, third] = docs.map((d) => ("document" in d ? d.document : null));
    expect(first!.metadata).toEqual({
      title: "Iraqi commanders say militants regroup in Makhmour hills",
      outlet: "The Tigris Ledger",
      published: "2021-03-04",
      byline: "Sarah Haddad",
      language: "ENGLISH",
    });
    // The text is the body only: no header, no classification trailer.
    expect(first!.text.startsWith("Iraqi and Kurdish commanders said on Wednesday")).toBe(true);
    expect(first!.text.endsWith("according to local officials.")).toBe(true);
    expect(second!.metadata).toMatchObject({ outlet: "Eastern Wire Service", published: "2021-04-22", byline: "Peter Lang" });
    expect(third!.metadata).toEqual({ title: "Syrian desert ambush kills soldiers near Palmyra", outlet: "The Levant Evening Post", published: "2021-05-15" });
    expect(third!.text.endsWith("did not say who carried it out.")).toBe(true);
  });

  it("reports a document without a Body line or without text, and keeps the others; reads CRLF and a Title: field", () => {
    const crlf = "Title: Convoy hit near Tikrit\r\nDaily Example\r\nJune 1, 2020\r\nBody\r\nA roadside bomb hit a fuel convoy near Tikrit on Sunday, police said.\r\nEnd of Document\r\n";
    const broken = "A headline only\nSome Paper\nEnd of Document\nAnother headline\nBody\n\nLoad-Date: June 2, 2020\nEnd of Document\n";
    const docs = splitNexisExport(crlf + broken);
    expect(docs).toEqual([
      { document: { text: "A roadside bomb hit a fuel convoy near Tikrit on Sunday, police said.", metadata: { title: "Convoy hit near Tikrit", outlet: "Daily Example", published: "2020-06-01" } } },
      { error: 'no "Body" line: a Nexis document is a header, a line "Body", then the text' },
      { error: 'no article text after the "Body" line' },
    ]);
  });

  it("is not fooled by an ordinary article that mentions a body", () => {
    expect(looksLikeNexisExport("The body of the soldier was found.\nBody\nThe end of document review.")).toBe(false);
  });
});
