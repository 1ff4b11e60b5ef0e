import { describe, expect, it } from "vitest";
import { findCountedNoun, type CountedNounOptions } from "./find-counted-noun";
import { parseQuantities } from "./parse-quantity";

/** Whether each quantity in the sentence counts militants. */
const counts = (s: string) => parseQuantities(s).map((q) => findCountedNoun(s, q).accepted);

/** Whether each quantity counts militants, reading them in order as the extractor does (the previous one lends its noun). */
const countsInOrder = (s: string, options: CountedNounOptions = {}) => {
  let previous: CountedNounOptions["previous"] = null;
  let lastAccepted: CountedNounOptions["lastAccepted"] = null;
  return parseQuantities(s).map((q) => {
    const noun = findCountedNoun(s, q, { ...options, previous, lastAccepted });
    previous = { accepted: noun.accepted, phraseEnd: Math.max(noun.phraseEnd, q.end), unit: q.unit };
    if (noun.accepted) lastAccepted = previous;
    return noun.accepted;
  });
};

describe("findCountedNoun", () => {
  it.each([
    "Commanders said 350 militants were holed up in the old quarter.",
    "The group still fields about 6,000 fighters across the region.",
    "Roughly 900 Daesh loyalists remain in the valleys.",
    "Officials believe 1,200 ISIS members are at large.",
    "Hundreds of the organisation's foreign fighters are held in camps.",
    "Thousands of jihadists travelled there, including 700 Tunisians who joined ISIS.",
  ])("accepts a militant count: %s", (s) => {
    expect(counts(s).some(Boolean)).toBe(true);
  });

  it.each([
    ["victims", "The bombing killed 43 civilians and wounded 120 people."],
    ["police killed", "Gunmen killed three policemen at a checkpoint."],
    ["security forces", "Baghdad sent 4,000 troops and 1,500 police to the province."],
    ["militia strength", "About 2,500 militia fighters joined the offensive."],
    ["militia possessor", "The Hashd has 120,000 fighters on its payroll."],
    ["Kurdish forces", "Some 9,000 Peshmerga held the line."],
    ["money", "The group raised $25 million and paid 300 dollars a month."],
    ["distances", "The fighters retreated 40 kilometres, then another 15 miles."],
    ["areas", "They once held 88,000 square kilometres."],
    ["dates", "On 17 October 2016 the offensive began; 2014 militants is not a phrase."],
    ["attack counts", "Militants carried out up to six attacks a week."],
    ["durations", "Training takes 3-4 months for new fighters."],
    ["sources", "Five officials - three from the army and two from the police - spoke."],
    ["several", "Several militants were killed."],
    ["a few", "A few fighters came to the village at night."],
    ["lowercase islamic state", "Some 3,000 members of the movement want an Islamic state."],
    ["pronoun of", "Some 2,000 of them fled."],
    ["hyphen unit", "They fled along the 370-mile border."],
  ])("rejects %s", (_label, s) => {
    expect(counts(s).some(Boolean)).toBe(false);
  });

  it("treats 'members' as militant only with the group named nearby", () => {
    expect(counts("Police said 30 family members were evacuated.")).toEqual([false]);
    expect(counts("Police said 30 ISIS members were arrested.")).toEqual([true]);
  });

  it("accepts a percentage of fighters only with 'of'", () => {
    expect(counts("Barely 15 percent of the fighters survived.")).toEqual([true]);
    expect(counts("Support fell by 15 percent last year.")).toEqual([false]);
  });

  it("accepts a cell size with no noun after it", () => {
    const s = "The fighters now move in groups of four.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { cellContext: true }).accepted).toBe(true);
    expect(findCountedNoun(s, q).accepted).toBe(false);
  });

  it.each([
    "Four assailants stormed the hotel before dawn.",
    "Police said 3 attackers wearing suicide vests were shot.",
    "Two gunmen opened fire on worshippers.",
    "One attacker blew himself up at the gate.",
  ])("accepts the perpetrators of an attack: %s", (s) => {
    expect(counts(s)).toEqual([true]);
  });

  it.each([
    ["the group's name on soldiers", "Some 1,200 Daesh soldiers were sent to the front.", [true]],
    ["the group's name on troops", "About 800 Islamic State troops held the bridge.", [true]],
    ["bare troops", "Baghdad sent 2,000 troops to the city.", [false]],
    ["troops the group fights", "ISIS fighters clashed with 200 troops near the dam.", [false]],
    ["the group owns the troops", "Analysts think the caliphate's remnants may field 25,000 troops.", [true]],
    ["the group's losses", "The Pentagon said the group had lost 40,000 men since 2014.", [true]],
    ["the group kills troops", "ISIS has killed 300 troops since January.", [false]],
    ["a security force's men", "The Peshmerga said it had 7,000 men on the front line against ISIS.", [false]],
  ])("reads who owns soldiers and men: %s", (_label, s, expected) => {
    expect(counts(s)).toEqual(expected);
  });

  it("lets the group's name in the phrase outrank a security subject", () => {
    expect(counts("Iraqi forces have killed 450 ISIS fighters this month.")).toEqual([true]);
    expect(counts("The coalition has transferred dozens of Daesh detainees to Iraq.")).toEqual([true]);
    expect(counts("The Peshmerga has 5,000 fighters in the sector.")).toEqual([false]);
  });

  it("reads an apposition that names the group", () => {
    expect(counts("Dozens of inmates, all of them Daesh members, broke out overnight.")).toEqual([true]);
    expect(counts("Hundreds of prisoners, jihadists, escaped in the chaos.")).toEqual([true]);
    expect(counts("Dozens of inmates, mostly petty criminals, escaped overnight.")).toEqual([false]);
  });

  it("reads people tried or convicted in a story about the group as its suspects", () => {
    expect(counts("Courts have tried 2,300 individuals on charges of belonging to ISIS.")).toEqual([true]);
    expect(counts("The ministry knows of 640 men convicted or awaiting trial as Daesh members.")).toEqual([true]);
    expect(counts("Police detained 14 suspects over alleged links to the ISIS group.")).toEqual([true]);
    expect(counts("ISIS executed 25 men accused of spying for the army.")).toEqual([false]);
    expect(counts("Courts have tried 2,300 individuals on drug charges.")).toEqual([false]);
  });

  it("reads through quotation marks inside the phrase", () => {
    expect(counts("Officials said 800 “foreign terrorist fighters” were held.")).toEqual([true]);
  });

  it("does not take the agent of what happened to the counted people as their group", () => {
    expect(counts("Another 14 men from villages attacked by Daesh are missing.")).toEqual([false]);
    expect(counts("Police found 9 men kidnapped by ISIS in the valley.")).toEqual([false]);
  });

  it("reads numbers whose noun is left out after a copula or a demonym", () => {
    expect(countsInOrder("Of the 6,000 ISIS detainees, 2,500 are Iraqi and 1,500 Syrian.")).toEqual([true, true, true]);
    expect(countsInOrder("The group has 2,000 fighters in Iraq and several thousand in Syria.")).toEqual([true, true]);
    expect(countsInOrder("Of the 43,000 residents of the camp, about 20,000 are Iraqis and 8,000 Syrians.")).toEqual([false, false, false]);
  });

  it("finds the antecedent of 'of them' in the sentence before", () => {
    const s = "More than 700 of them are foreigners.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { previousText: "The SDF guards a large population of ISIS members." }).accepted).toBe(true);
    expect(findCountedNoun(s, q, { previousText: "The camp holds many women and children." }).accepted).toBe(false);
    expect(findCountedNoun(s, q).accepted).toBe(false);
  });

  it("keeps counts mixed with families out", () => {
    expect(counts("Troops moved hundreds of Daesh terrorists and their wives to the base.")).toEqual([false]);
    expect(counts("Up to 900 foreign fighters, along with their families, remain in camps.")).toEqual([true]);
    expect(counts("Some 50,000 ISIS affiliates, mostly women and children, live in the camp.")).toEqual([false]);
    expect(counts("About 12,000 Daesh members who are mainly families remain in camps.")).toEqual([false]);
    expect(counts("About 2,000 ISIS fighters, mostly foreigners, remain in prisons.")).toEqual([true]);
    const s = "Kurdish guards held roughly 3,000 Daesh members at the site.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { nextText: "Those comprised 800 fighters and their wives and children." }).accepted).toBe(false);
    expect(findCountedNoun(s, q, { nextText: "Those comprised 800 foreigners." }).accepted).toBe(true);
  });

  it("keeps a figure the article gives for a camp population out of member counts", () => {
    const s = "After the fall of its last ISIS enclave, some 45,000 of its members were detained.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { populationFigures: new Set([45000]) }).accepted).toBe(false);
    expect(findCountedNoun(s, q, { populationFigures: new Set([12000]) }).accepted).toBe(true);
    const f = "Some 45,000 ISIS fighters were killed.";
    expect(findCountedNoun(f, parseQuantities(f)[0]!, { populationFigures: new Set([45000]) }).accepted).toBe(true);
  });

  it.each([
    ["The militants, whose numbers have dwindled to several hundred, hide in caves.", true],
    ["The jihadists' ranks have shrunk to fewer than 2,000.", true],
    ["The group, which numbers in the thousands, still attacks villages.", true],
    ["Daesh remnants, which number in the hundreds, hide in the desert.", true],
    ["The group's fighters now number in the low thousands, officials said.", true],
    ["Analysts at a Washington think tank put the number of Daesh militants between 4,000 and 6,000.", true],
    ["The army's numbers have fallen to 90,000.", false],
  ])("reads a number written after its noun: %s", (s, expected) => {
    expect(counts(s).some(Boolean)).toBe(expected);
  });

  it("reads 'put the number at' as the number named just before", () => {
    const s = "Older assessments placed the figure at roughly 7,000.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { antecedent: true }).accepted).toBe(true);
    expect(findCountedNoun(s, q).accepted).toBe(false);
  });

  it("reads 'by the thousands' as counting the clause's subject", () => {
    expect(counts("Foreign fighters flocked to Syria by the thousands.")).toEqual([true]);
    expect(counts("Civilians fled the city by the thousands.")).toEqual([false]);
  });

  it("completes a head noun cut short by the end of an excerpt", () => {
    const s = "A coalition spokesman put the count at 600 foreign jiha";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { cutAtEnd: true }).accepted).toBe(true);
    expect(findCountedNoun(s, q).accepted).toBe(false);
    const t = "A coalition spokesman put the count at 600 foreign ci";
    expect(findCountedNoun(t, parseQuantities(t)[0]!, { cutAtEnd: true }).accepted).toBe(false);
  });

  it("reads a bare number after a participle or 'of whom' as sharing the count before it", () => {
    expect(countsInOrder("The ministry said 23 terrorists were neutralized and 9 captured.")).toEqual([true, true]);
    expect(countsInOrder("Some 900 people from Belgium travelled to join ISIS, of whom about 150 have died.")).toEqual([true, true]);
    expect(countsInOrder("More than 100 people were killed, of whom 30 were children.")).toEqual([false, false]);
    expect(countsInOrder("The group fielded 30,000 fighters in Iraq and Syria in 2015, and two years later officials believed that fewer than 3,000 remained.")).toEqual([true, false, true]);
    expect(countsInOrder("Some 5,000 civilians fled the fighting, but about 2,000 remained in the old city.")).toEqual([false, false]);
  });

  it("reads 'they are … men' after a sentence about the militants", () => {
    const s = "They are perhaps 150 to 200 men in the valley.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { previousText: "The jihadists now hide in the caves." }).accepted).toBe(true);
    expect(findCountedNoun(s, q, { previousText: "The soldiers guard the checkpoint." }).accepted).toBe(false);
  });

  it("reads a cell of men in a sentence about the militants", () => {
    const s = "The fighters move in small groups of four to six men.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { cellContext: true }).accepted).toBe(true);
    const t = "Residents were moved in groups of 10 to 15 men.";
    expect(findCountedNoun(t, parseQuantities(t)[0]!, { cellContext: true }).accepted).toBe(false);
  });

  it("reads suspects in a story about the group", () => {
    const s = "Police detained 9 suspects in dawn raids.";
    const q = parseQuantities(s)[0]!;
    expect(findCountedNoun(s, q, { previousText: "Prosecutors accuse the network of funding ISIS." }).accepted).toBe(true);
    expect(findCountedNoun(s, q, { previousText: "Prosecutors accuse the network of smuggling cigarettes." }).accepted).toBe(false);
    expect(counts("Turkish police detained 31 people suspected of links to ISIS.")).toEqual([true]);
    expect(counts("Turkish police detained 31 people suspected of tax fraud.")).toEqual([false]);
    expect(counts("The SDF has detained more than 300 people accused of belonging to the group.")).toEqual([true]);
  });

  it("reads 'one in five' with its noun", () => {
    expect(counts("Officials say one in five fighters is a foreigner.")).toEqual([true]);
    expect(counts("One in five residents has left.")).toEqual([false]);
  });

  it("reads past a second name for the group", () => {
    expect(counts("Police neutralized 9 Daesh/ISIS terrorists near the border.")).toEqual([true]);
    const s = "The ministry said 1,400 ISIL (Daesh) militants were killed.";
    const q = parseQuantities(s)[0]!;
    const noun = findCountedNoun(s, q);
    expect(noun.accepted).toBe(true);
    expect(s.slice(noun.headStart!, noun.headEnd!)).toBe("militants");
  });

  it("reads a bare number the group has in a place", () => {
    expect(countsInOrder("ISIS still has 4,000 in Iraq and 2,000 in Syria, officials said.")).toEqual([true, true]);
    expect(counts("The army has 4,000 in Anbar.")).toEqual([false]);
    expect(counts("ISIS took 4,000 in ransom payments.")).toEqual([false]);
  });

  it("reads 'more' before a noun as a modifier", () => {
    expect(counts("Thousands more ISIS fighters remain at large.")).toEqual([true]);
    expect(counts("Officials said 200 more militants had surrendered.")).toEqual([true]);
    expect(counts("Officials said 200 more civilians had fled.")).toEqual([false]);
    expect(countsInOrder("Troops killed 12 militants and 40 more were captured.")).toEqual([true, true]);
  });

  it("reads the group's own casualties", () => {
    expect(counts("ISIS suffered 1,200 casualties in the battle for the city.")).toEqual([true]);
    expect(counts("The army suffered 1,200 casualties in the battle.")).toEqual([false]);
    expect(counts("The bombing caused 40 casualties, ISIS said.")).toEqual([false]);
  });
});
