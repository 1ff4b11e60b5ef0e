import { describe, expect, it } from "vitest";
import { splitSentences } from "../text/split-sentences";
import { analyzeSources } from "./analyze-sources";

/** For each reporting frame (in order): the speaker words, the source they resolve to, its type and why. */
function resolved(body: string) {
  const a = analyzeSources(body, splitSentences(body));
  return a.frames.map((f, i) => {
    const s = a.model.frameSources.get(i);
    return { said: f.speaker.text, source: s?.name ?? null, type: s?.type ?? null, why: s?.why ?? null };
  });
}

describe("buildSourceModel: who each mention is", () => {
  it("resolves a surname, a title with a surname and a pronoun to the person named in full", () => {
    const body = [
      "Brig. Gen. Tariq Rasheed, the commander of the Anbar Operations Command, said the desert was calm.",
      "Rasheed said patrols had found no camps.",
      "“We watch the border every night,” he added.",
      "Gen. Rasheed told reporters the cells were small.",
    ].join("\n");
    const out = resolved(body);
    expect(new Set(out.map((r) => r.source))).toEqual(new Set(["Tariq Rasheed"]));
    expect(out.every((r) => r.type === "iraqi_gov_military")).toBe(true);
  });

  it("ties a name given without affiliation to the role that introduced it", () => {
    const body = "There may be 400 fighters left, a senior Kurdish commander has said.\nGen. Aram Salih said on Sunday that the cells were moving at night.";
    const out = resolved(body);
    expect(out[1]).toMatchObject({ source: "Aram Salih", type: "kurdish" });
    expect(out[1]!.why).toMatch(/^linked:role/);
  });

  it("types a well-known person from the name alone, surname included", () => {
    const body = "The group still has 9,000 fighters, Voronkov told the council.";
    expect(resolved(body)[0]).toMatchObject({ type: "un", why: "known:voronkov" });
  });

  it("finds a person by the name a later mention uses, and the role a copula or verb gives them", () => {
    const body = [
      "Sheikh Hamad Sheikh Yusuf commands Peshmerga forces on the southern front.",
      "Sheikh Hamad said the militants had moved south.",
      "Dana Karim is the head of the Sulaimani security directorate.",
      "Karim said 12 cells had been broken up.",
    ].join("\n");
    const out = resolved(body);
    expect(out[0]).toMatchObject({ source: "Hamad Sheikh Yusuf", type: "kurdish" });
    expect(out[1]).toMatchObject({ source: "Dana Karim" });
  });

  it("resolves definite descriptions to the last source they fit", () => {
    const body = [
      "The Syrian defence ministry said army units had cleared the road.",
      "A report by UN sanctions monitors said the group had regrouped.",
      "The report said 3,000 fighters were hiding in the desert.",
      "The ministry said 20 militants were killed.",
    ].join("\n");
    const out = resolved(body);
    expect(out[2]).toMatchObject({ said: "The report", type: "un" });
    expect(out[3]).toMatchObject({ said: "The ministry", type: "syrian_gov" });
  });

  it("gives a bare institution noun the sentence's subject, and a bare document noun the last institution", () => {
    const out = resolved("The Counter-Terrorism Service arrested nine suspects in Mosul, the service said.\nThe cells were planning attacks, the statement added.");
    expect(out[0]).toMatchObject({ said: "the service", type: "iraqi_gov_military" });
    expect(out[1]).toMatchObject({ said: "the statement", type: "iraqi_gov_military" });
  });

  it("names an unidentified 'report' by the agency the next sentences credit", () => {
    const out = resolved("Hundreds of detainees were moved to the base, a report said on Monday.\nThe transfers followed a riot, according to SANA.");
    expect(out[0]).toMatchObject({ said: "a report", type: "syrian_gov" });
    expect(out[0]!.why).toMatch(/^linked:named later/);
  });

  it("lets officials outrank commentators in a joint claimant, and keeps other governments as 'other'", () => {
    expect(resolved("Estimates by analysts and US officials put the number at 10,000.")[0]!.type).toBe("us_coalition");
    expect(resolved("Turkish officials said 40 suspects were detained.")[0]!.type).toBe("media_other");
    expect(resolved("Western military officials said the group still had 8,000 fighters.")[0]!.type).toBe("us_coalition");
  });

  it("does not take a country, an acronym or the group for a person's surname", () => {
    const body = "A senior security source said the attack was repelled.\nISIS claimed the attack.\nRussia said the raid killed 30 militants.";
    const out = resolved(body);
    expect(out[1]).toMatchObject({ said: "ISIS", type: "isis" });
    expect(out[2]).toMatchObject({ said: "Russia", type: "media_other" });
  });
});

describe("buildSourceModel: names around the speaker", () => {
  it("drops a dateline before the speaker and keeps the medium a statement appeared on", () => {
    const out = resolved("MOSUL — ISIS claimed the attack on the checkpoint.\nA statement on the group's Amaq agency said four fighters took part.");
    expect(out[0]).toMatchObject({ said: "ISIS", type: "isis" });
    expect(out[1]!.type).toBe("isis");
  });

  it("reads 'X confirmed to Y' as X speaking, and a bare country as its government", () => {
    const out = resolved("The US confirmed to reporters that 900 foreign fighters were held in the camps.");
    expect(out[0]).toMatchObject({ said: "The US", type: "us_coalition" });
  });

  it("does not take 'the police' for whatever institution came before", () => {
    const out = resolved("The Iraqi Observatory said the market was busy.\nGunmen attacked a checkpoint in the town, the police said.");
    expect(out[1]).toMatchObject({ said: "the police", type: "iraqi_gov_military" });
  });
});

describe("buildSourceModel: sources typed by their context", () => {
  it("gives a document the type of the institution that owns it", () => {
    const body = "US Central Command said three militants were killed.\nThe raid hit a cell of 12 fighters, according to the command's statement.\nThe network has 40 members, according to command figures released on Friday.";
    const out = resolved(body);
    expect(out[1]).toMatchObject({ said: "the command's statement", type: "us_coalition" });
    expect(out[2]!.type).toBe("us_coalition");
  });

  it("gives an unaffiliated spokesman the institution named just before", () => {
    const out = resolved("The Home Office said it would not comment, but a spokesman said passports had been seized.");
    expect(out[1]).toMatchObject({ said: "a spokesman", type: "us_coalition" });
    expect(out[1]!.why).toMatch(/^linked:near/);
  });

  it("names an earlier 'study' by the research centre that the next sentence credits", () => {
    const body = "Recruitment doubled in a year, according to a study.\nThe Centre for Conflict Research, based at a Berlin university, puts the total at 20,000.\nDr Lena Brandt, the report's lead author, said the figure was conservative.";
    const out = resolved(body);
    expect(out[0]).toMatchObject({ said: "a study", type: "analyst" });
    expect(out[1]!.type).toBe("analyst");
    expect(out[2]).toMatchObject({ source: "Lena Brandt", type: "analyst" });
  });

  it("types the Kurds and the Kurdish-run administration of northeast Syria as Kurdish", () => {
    expect(resolved("Kurds say they hold 2,000 foreign fighters.")[0]!.type).toBe("kurdish");
    expect(resolved("Some 10,000 men are held, according to figures the AANES released.")[0]!.type).toBe("kurdish");
  });
});

describe("buildSourceModel: 'the group'", () => {
  it("is the insurgent group itself, or a rights group named just before", () => {
    expect(resolved("Daesh claimed the bombing. In a statement on its Amaq outlet, the group said two of its fighters took part.")[1]).toMatchObject({ said: "the group", type: "isis" });
    expect(resolved("The militant group said 30 of its fighters had been freed.")[0]!.type).toBe("isis");
    expect(resolved("Amnesty International published its findings on Tuesday.\nThe group said 400 detainees had died in custody.")[0]).toBeDefined();
    const ngo = resolved("Human Rights Watch said the trials were unfair.\nThe group said 400 suspects had been tried in a day.");
    expect(ngo[1]).toMatchObject({ said: "The group", type: "analyst" });
  });
});
