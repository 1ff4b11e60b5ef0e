import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean-article";

const sample = [
  "World News",
  "",
  "Militants strike checkpoint near Tikrit",
  "By Sara Haddad",
  "",
  "TIKRIT: Gunmen attacked an army checkpoint north of the city overnight, killing two soldiers, officials said on Tuesday.",
  "",
  "A soldier stands guard at the checkpoint. [Photo courtesy of the provincial council]",
  "",
  "The attackers escaped into the nearby orchards before reinforcements arrived, according to police.",
  "Smoke over the orchards after the raid [Jane Roe/Example Wire]",
  "Smoke over the orchards after the raid [Jane Roe/Example Wire]",
  "Share",
  "3 Comments",
  "{{#related}}",
  "- {{headline}} {{/related}}",
  "Source: Example Wire",
].join("\n");

describe("cleanArticle (text)", () => {
  const c = cleanArticle(sample);

  it("finds the headline, byline and dateline", () => {
    expect(c.title).toBe("Militants strike checkpoint near Tikrit");
    expect(c.byline).toBe("Sara Haddad");
    expect(c.dateline).toBe("TIKRIT");
    expect(c.format).toBe("text");
  });

  it("keeps the prose paragraphs byte-identical, separated by blank lines", () => {
    expect(c.body).toBe(
      "TIKRIT: Gunmen attacked an army checkpoint north of the city overnight, killing two soldiers, officials said on Tuesday.\n\n" +
        "The attackers escaped into the nearby orchards before reinforcements arrived, according to police.",
    );
  });

  it("records every removed line with raw offsets and a reason", () => {
    for (const r of c.removed) expect(sample.slice(r.start, r.end)).toBe(r.text);
    const reasons = Object.fromEntries(c.removed.map((r) => [r.text, r.reason]));
    expect(reasons["World News"]).toBe("widget");
    expect(reasons["A soldier stands guard at the checkpoint. [Photo courtesy of the provincial council]"]).toBe("caption");
    expect(c.removed.filter((r) => r.text.startsWith("Smoke over")).map((r) => r.reason)).toEqual(["caption", "duplicate-caption"]);
    expect(reasons["{{#related}}"]).toBe("template-placeholder");
    expect(reasons["- {{headline}} {{/related}}"]).toBe("template-placeholder");
    expect(reasons["3 Comments"]).toBe("widget");
    expect(reasons["Share"]).toBe("widget");
    expect(reasons["Source: Example Wire"]).toBe("source-trailer");
  });

  it("drops a headline repeated inside the body and keeps mid-body subheads", () => {
    const raw = [
      "Border guards foil infiltration attempt from Syria",
      "Border guards foil infiltration attempt from Syria",
      "Iraqi border guards repelled a group of militants who tried to cross from Syria late on Sunday, a commander said.",
      "Tighter patrols",
      "Border guards foil infiltration attempt from Syria",
      "New watchtowers and thermal cameras were installed along the frontier over the past year, he added.",
    ].join("\n");
    const r = cleanArticle(raw);
    expect(r.title).toBe("Border guards foil infiltration attempt from Syria");
    expect(r.body).not.toContain("foil infiltration");
    expect(r.body).toContain("Tighter patrols");
    expect(r.removed.map((x) => x.reason)).toEqual(["headline", "duplicate-headline", "duplicate-headline"]);
  });

  it("takes a headline that a scraper appended after the story", () => {
    const raw = [
      "MOSUL: Residents of the old city are rebuilding homes destroyed in the fighting, with little help from the state.",
      "Many say compensation promised years ago has never arrived, and some have given up waiting.",
      "Old city residents rebuild on their own",
      "-",
      "{{#bullets}}",
    ].join("\n");
    const r = cleanArticle(raw);
    expect(r.title).toBe("Old city residents rebuild on their own");
    expect(r.dateline).toBe("MOSUL");
    expect(r.body.endsWith("waiting.")).toBe(true);
  });

  it("removes icon-ligature widgets, loading notices and desk bylines", () => {
    const raw = [
      "Loading...",
      "Kirkuk Channel",
      "Drone strike hits hideout in Hamrin mountains",
      "calendar_today3 days ago",
      "bookmarkSave for later",
      "Staff Writer",
      "An air strike destroyed a cave used by a militant cell in the Hamrin mountains, the security media cell said in a statement.",
    ].join("\n");
    const r = cleanArticle(raw);
    expect(r.title).toBe("Drone strike hits hideout in Hamrin mountains");
    expect(r.byline).toBe("Staff Writer");
    expect(r.body).toBe(raw.split("\n")[6]);
  });

  it("reads a title-case dateline with a dash", () => {
    const r = cleanArticle("Rawa, Iraq \u2013 Farmers along the river say the nights are quiet again after months of raids on their villages.");
    expect(r.dateline).toBe("Rawa, Iraq");
  });
});

describe("cleanArticle on excerpts cut at a length", () => {
  it("keeps a last line cut mid-sentence as article text, not as a headline or a related list", () => {
    const raw = [
      "Militants attack a checkpoint near Tuz Khurmatu",
      "",
      "Gunmen attacked a police checkpoint south of Tuz Khurmatu late on Tuesday, killing two officers, a local official said.",
      "",
      "The attackers fled towards the Hamrin hills, where security forces have hunted hideouts for months.",
      "",
      "Officials said the cells in the area numbered no more than a few hundred men and moved at ni",
    ].join("\n");
    const r = cleanArticle(raw);
    expect(r.title).toBe("Militants attack a checkpoint near Tuz Khurmatu");
    expect(r.body).toContain("numbered no more than a few hundred men and moved at ni");
  });

  it("still drops a related-headline list after the article", () => {
    const raw = [
      "Gunmen attacked a police checkpoint south of Tuz Khurmatu late on Tuesday, killing two officers, a local official said.",
      "",
      "Related",
      "",
      "Floods hit farms in the south as the river breaks its banks",
    ].join("\n");
    expect(cleanArticle(raw).body).not.toContain("Floods hit farms");
  });
});

describe("cleanArticle (html)", () => {
  it("extracts the article with Readability and cleans it like text", () => {
    const html = `<!doctype html><html><head><title>Iraq hunts ISIS cells in desert | Example Post</title></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <article><h1>Iraq hunts ISIS cells in desert</h1>
      <p>By Omar Nasser</p>
      <p>BAGHDAD (Reuters) - Iraqi forces launched an operation on Sunday to clear desert hideouts used by militants near the Syrian border, the military said.</p>
      <p>Helicopters and drones supported ground troops as they searched valleys and caves for weapons caches, a statement said.</p>
      <figure><img src="a.jpg"><figcaption>Troops in the desert. [Photo courtesy of the Iraqi army]</figcaption></figure>
      </article><footer><p>Copyright 2024 Example Post</p></footer></body></html>`;
    const r = cleanArticle(html);
    expect(r.format).toBe("html");
    expect(r.title).toBe("Iraq hunts ISIS cells in desert");
    expect(r.byline).toBe("Omar Nasser");
    expect(r.dateline).toBe("BAGHDAD");
    expect(r.body).toContain("Helicopters and drones supported ground troops");
    expect(r.body).not.toContain("Photo courtesy");
    expect(r.body).not.toContain("Home");
  });
});
