import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean";
import { inferOutlet } from "./infer-outlet";

const run = (raw: string, extra: { url?: string; supplied?: string } = {}) => inferOutlet({ raw, cleaned: cleanArticle(raw, extra), ...extra });
const story = "A provincial official said militants attacked a police post near Haditha overnight, wounding three officers.";

describe("inferOutlet", () => {
  it("lets supplied metadata win, canonicalising known aliases", () => {
    const o = run(`${story}\nSource: Al Jazeera`, { supplied: "Associated Press" });
    expect(o?.name).toBe("AP");
    expect(o?.span.origin).toBe("supplied");
  });

  it("reads a Source trailer from the raw text", () => {
    const raw = `${story}\nSource: Rudaw`;
    const o = run(raw);
    expect(o?.name).toBe("Rudaw");
    expect(o?.evidence).toBe("Source: Rudaw");
    expect(raw.slice(o!.span.start, o!.span.end)).toBe("Source: Rudaw");
  });

  it("skips a generic agency credit and falls through to a masthead", () => {
    const raw = `Please Wait...\nShafaq News Telegram\nMilitants attack police post near Haditha\n${story}\nSource: News Agencies, Edited by website team`;
    const o = run(raw);
    expect(o?.name).toBe("Shafaq News");
    expect(o?.span.origin).toBe("raw");
  });

  it("uses 'told X' for outlets in the table, with body offsets", () => {
    const raw = `"We are ready," the commander told Kurdistan24. ${story}`;
    const cleaned = cleanArticle(raw);
    const o = inferOutlet({ raw, cleaned });
    expect(o?.name).toBe("Kurdistan24");
    expect(cleaned.body.slice(o!.span.start, o!.span.end)).toBe("told Kurdistan24");
  });

  it("prefers a non-wire outlet over a wire named in the text", () => {
    const o = run(`An officer told Reuters the cells were small. Another officer told The National that the border was porous. ${story}`);
    expect(o?.name).toBe("The National");
  });

  it("accepts an unknown name only when it looks like a media outlet", () => {
    expect(run(`The mayor told Baghdad Today that roads were closed. ${story}`)?.name).toBe("Baghdad Today");
    expect(run(`The mayor told Ahmed that roads were closed. ${story}`)).toBeNull();
  });

  it("maps the URL domain through the table, else names the outlet by its domain", () => {
    expect(run(story, { url: "https://www.aljazeera.com/news/2018/10/31/x" })?.evidence).toBe("aljazeera.com");
    expect(run(story, { url: "https://www.aljazeera.com/news/2018/10/31/x" })?.name).toBe("Al Jazeera");
    expect(run(story, { url: "https://iraqiwatch.org/a/1" })?.name).toBe("iraqiwatch.org");
    expect(run(story, { url: "https://www.bbc.co.uk/news/world-middle-east-1" })?.name).toBe("BBC");
    expect(run(story, { url: "https://apnews.com/article/iraq-1" })?.name).toBe("AP");
  });

  it("takes a supplied outlet as given, through the table, and a supplied domain without its www.", () => {
    expect(run(story, { supplied: "Al Jazeera English" })).toMatchObject({ name: "Al Jazeera", span: { origin: "supplied" } });
    expect(run(story, { supplied: "www.aljazeera.com" })?.name).toBe("Al Jazeera");
    expect(run(story, { supplied: "www.tigrisledger.example" })?.name).toBe("tigrisledger.example");
    expect(run(story, { supplied: "The Tigris Ledger" })?.name).toBe("The Tigris Ledger");
  });

  it("returns null when nothing names an outlet", () => {
    expect(run(story)).toBeNull();
  });
});
