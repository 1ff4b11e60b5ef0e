import { describe, expect, it } from "vitest";
import { cleanArticle } from "../clean";
import { inferPublishedDate } from "./infer-date";
import { OFFICE_TERMS } from "./office-terms";

const infer = (raw: string) => inferPublishedDate({ raw, cleaned: cleanArticle(raw) });

describe("OFFICE_TERMS", () => {
  it.each([
    ["iq-president-masum", "Iraqi President Fuad Masum urged calm after the bombing."],
    ["iq-president-salih", "President Barham Salih condemned the attack on the shrine."],
    ["iq-president-rashid", "Iraq's President Abdul Latif Rashid received the delegation."],
    ["krg-pm-nechirvan", "KRG Prime Minister Nechirvan Barzani met the coalition envoy."],
    ["krg-pm-masrour", "Kurdistan Region Prime Minister Masrour Barzani warned of sleeper cells."],
    ["centcom-votel", "CENTCOM commander Gen. Joseph Votel visited the front."],
    ["centcom-mckenzie", "Central Command chief Gen. Kenneth McKenzie said the camps were a risk."],
    ["centcom-kurilla", "CENTCOM commander Gen. Michael Kurilla toured al-Hol camp."],
    ["pm-abadi", "Prime Minister Haidar al-Abadi visited the troops."],
  ])("%s names its holder: %s", (id, sentence) => {
    const term = OFFICE_TERMS.find((t) => t.id === id)!;
    expect(term.pattern.test(sentence)).toBe(true);
    const d = infer(sentence)!;
    expect(d.earliest >= term.from).toBe(true);
  });

  it("keeps Trump's first term when nothing else dates the text, and takes the second when a date does", () => {
    expect(infer("President Donald Trump said the group had been defeated.")!.latest < "2021-02-01").toBe(true);
    const later = infer("President Donald Trump said the group was regrouping, after attacks rose through 2024.")!;
    expect(later.earliest >= "2025-01-20").toBe(true);
  });
});
