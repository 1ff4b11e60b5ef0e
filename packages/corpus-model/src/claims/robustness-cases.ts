import type { ClaimantType, ClaimUnit, Qualifier, Referent } from "../model/types";

/**
 * A hand-written evaluation set for claims extraction on outlets we have no
 * sample articles from. Sentences are written in the house styles of wire
 * services, Gulf, Iraqi, Kurdish, Iranian-aligned, Syrian state and Turkish
 * media and think tanks; none is copied from the sample corpus. Each case
 * lists every claim the contract expects, in order of appearance (an empty
 * list means the text holds no fighter claim).
 *
 * Annotation decisions, applied consistently (see also the rule tables):
 * - Detained, captured, arrested, held or repatriated militants ("ISIS
 *   detainees", "12 ISIS suspects") are counted: they are people on the
 *   militant side. None of the contract's referents fits custody, so they
 *   take `other`, as do militants who attacked or stormed something.
 * - Camp residents, families, women and children are not counted.
 * - "a dozen" is the number 12 (a number word, not a contract vague term);
 *   "scores of" and "hundreds of thousands" are not contract quantities.
 *   Issue 8 widened two earlier decisions to match the dev-set annotation:
 *   "several thousand" / "a couple thousand" read as the nearest contract
 *   term (thousands / a few thousand), and a fraction of the fighters ("a
 *   third of the group's fighters") is a percentage claim (33.3 percent).
 * - A partitive that mixes members with their families ("hundreds of ISIS
 *   members and their relatives", "thousands of terrorists and their wives")
 *   is not a militant count; a numeral right before its noun counts that noun
 *   only ("about 275 fighters and their families left": the families are
 *   uncounted).
 * - Foreign fighters with no other cue are `joined` (the extractor's
 *   documented reading of "foreign fighters"/"foreigners").
 * - Present strength in an area ("in the Hamrin mountains", "in Kirkuk
 *   province", "hiding in the desert") is `remaining`; `in_city` is kept for
 *   fighters besieged, trapped or fighting in a place.
 * - Governments of coalition member states (UK, France, Germany, Australia…)
 *   are `us_coalition`.
 * - Claimants outside the contract's typology (Russian or Turkish ministries
 *   and officials, Iranian officials, Lebanese Hezbollah) are `media_other`,
 *   the contract's "other": none of the types describes them and the Iraqi
 *   default would be wrong. Monitoring and rights NGOs (the Syrian
 *   Observatory, Human Rights Watch) are `analyst`. `unknown` is kept for sources the text does not
 *   identify ("statements at the time", passives that name nobody).
 * - Unaffiliated ranks and sources ("a military source", "security
 *   sources") take the theatre of the text: Iraqi by default, Syrian state
 *   in a SANA-style Syrian army story, unknown in a Turkish story.
 */
export interface ExpectedClaim {
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: ClaimUnit;
  refersTo: Referent;
  claimantType: ClaimantType;
}

export interface RobustnessCase {
  id: string;
  /** The outlet whose style the text imitates. */
  style: string;
  text: string;
  expected: ExpectedClaim[];
  note?: string;
}

const c = (
  low: number | null,
  high: number | null,
  qualifier: Qualifier,
  refersTo: Referent,
  claimantType: ClaimantType,
  unit: ClaimUnit = "people",
): ExpectedClaim => ({ low, high, qualifier, unit, refersTo, claimantType });

export const ROBUSTNESS_CASES: readonly RobustnessCase[] = [
  // ── UN ────────────────────────────────────────────────────────────────
  {
    id: "un-monitoring-team-range",
    style: "Reuters",
    text: "ISIL is estimated to retain between 5,000 and 7,000 members across Iraq and Syria, roughly half of them fighters, according to the latest report of the UN Monitoring Team.",
    expected: [c(5000, 7000, "between", "remaining", "un")],
  },
  {
    id: "un-sg-estimated-range",
    style: "UN News / AP",
    text: "In a report to the Security Council released on Monday, Secretary-General António Guterres said the group still commands an estimated 3,000 to 5,000 fighters in Iraq.",
    expected: [c(3000, 5000, "between", "remaining", "un")],
  },
  {
    id: "un-foreign-fighters-joined",
    style: "AFP",
    text: "UN sanctions monitors said that more than 40,000 foreign terrorist fighters travelled to Iraq and Syria from over 110 countries.",
    expected: [c(40000, null, "more_than", "joined", "un")],
  },
  {
    id: "un-envoy-pronoun-dozens-crossing",
    style: "UN News",
    text: "Jeanine Hennis-Plasschaert, the UN envoy for Iraq, briefed the council on Tuesday.\nShe noted that dozens of ISIL fighters continue to cross from Syria into Iraq each month.",
    expected: [c(24, 99, "vague", "crossed", "un")],
  },
  {
    id: "un-range-with-foreign-subset",
    style: "Gulf News",
    text: "Daesh still has between 14,000 and 18,000 militants in Iraq and Syria, including up to 3,000 foreign terrorist fighters, according to the United Nations.",
    expected: [c(14000, 18000, "between", "remaining", "un"), c(null, 3000, "up_to", "joined", "un")],
  },
  // ── US / coalition ───────────────────────────────────────────────────
  {
    id: "centcom-held-in-prisons",
    style: "CENTCOM press release",
    text: "CENTCOM said more than 9,000 ISIS fighters remain held in more than 20 SDF-run detention facilities across north-east Syria.",
    expected: [c(9000, null, "more_than", "other", "us_coalition")],
  },
  {
    id: "cjtf-killed-raids",
    style: "Military Times",
    text: "Coalition and partner forces killed 45 ISIS militants in a series of raids in Syria last month, the Combined Joint Task Force said.",
    expected: [c(45, 45, "exact", "killed", "us_coalition")],
  },
  {
    id: "centcom-detained-and-killed-others",
    style: "CENTCOM press release",
    text: "During the operations, partner forces detained 138 ISIS operatives and killed 27 others, CENTCOM said in a statement on Tuesday.",
    expected: [c(138, 138, "exact", "other", "us_coalition"), c(27, 27, "exact", "killed", "us_coalition")],
  },
  {
    id: "pentagon-estimate-and-peak",
    style: "Washington Post",
    text: "The Pentagon estimates the group has some 2,500 fighters left in Iraq, down from a peak of roughly 40,000 fighters in 2015.",
    expected: [c(2500, 2500, "about", "remaining", "us_coalition"), c(40000, 40000, "about", "peak", "us_coalition")],
  },
  {
    id: "lig-report-ellipsis",
    style: "VOA",
    text: "According to the Lead Inspector General's quarterly report, ISIS maintained approximately 1,000 fighters in Iraq and fewer than 2,500 in Syria.",
    expected: [c(1000, 1000, "about", "remaining", "us_coalition"), c(null, 2500, "fewer_than", "remaining", "us_coalition")],
  },
  {
    id: "wapo-height-as-many-as",
    style: "Washington Post",
    text: "At its height in 2015, the Islamic State controlled territory the size of Britain and commanded as many as 30,000 fighters, U.S. officials said.",
    expected: [c(null, 30000, "up_to", "peak", "us_coalition")],
  },
  {
    id: "centcom-commander-estimated",
    style: "AP",
    text: "An estimated 10,000 ISIS fighters are held in prisons run by the SDF, CENTCOM commander Gen. Michael Kurilla said.",
    expected: [c(10000, 10000, "about", "other", "us_coalition")],
  },
  {
    id: "us-official-hypothetical",
    style: "CNN",
    text: "Should the SDF lose control of the prisons, as many as 10,000 battle-hardened ISIS fighters could walk free, a US official warned.",
    expected: [c(null, 10000, "up_to", "hypothetical", "us_coalition")],
  },
  {
    id: "us-intel-en-dash-range",
    style: "NYT",
    text: "U.S. intelligence officials estimated in 2015 that the group had 28,600–31,600 fighters under arms.",
    expected: [c(28600, 31600, "between", "remaining", "us_coalition")],
  },
  // ── Wire services and Western papers ──────────────────────────────────
  {
    id: "reuters-numbering-postposed",
    style: "Reuters",
    text: "Islamic State militants numbering about 500 are hiding in the rugged Hamrin mountains, two Iraqi security officials told Reuters.",
    expected: [c(500, 500, "about", "remaining", "iraqi_gov_military")],
  },
  {
    id: "afp-estimated-to-number",
    style: "AFP",
    text: "The jihadists, estimated to number between 3,000 and 4,000 in the Badia desert, regularly ambush regime troops, the Syrian Observatory for Human Rights said.",
    expected: [c(3000, 4000, "between", "remaining", "analyst")],
  },
  {
    id: "bbc-foreign-held",
    style: "BBC",
    text: "The BBC understands that around 2,000 foreign IS fighters are being held by Kurdish-led forces in north-east Syria.",
    expected: [c(2000, 2000, "about", "other", "media_other")],
  },
  {
    id: "ap-quote-spanning-sentences",
    style: "AP",
    text: "“They are not more than 400 fighters in the whole of Kirkuk province. They move in small groups of five or six,” said Maj. Gen. Ali al-Freiji, commander of the Kirkuk operations.",
    expected: [c(null, 400, "at_most", "remaining", "iraqi_gov_military"), c(5, 6, "between", "cell_size", "iraqi_gov_military")],
  },
  {
    id: "wonk-inverted-said-analyst",
    style: "Guardian",
    text: "Only a few hundred ISIS fighters remain in Iraq, but they are organised and patient, said Michael Knights, a fellow at the Washington Institute.",
    expected: [c(200, 500, "vague", "remaining", "analyst")],
  },
  {
    id: "soufan-thousands-returned",
    style: "Guardian",
    text: "Thousands of foreign fighters have returned to their home countries, according to the Soufan Center.",
    expected: [c(2000, 9999, "vague", "other", "analyst")],
    note: "Fighters going home to third countries are not a border-crossing claim (held-out guardian-long-read annotates returnees as other).",
  },
  {
    id: "voa-repatriated",
    style: "VOA",
    text: "Iraq has repatriated nearly 1,500 IS fighters from SDF-run prisons in Syria, an Iraqi official told VOA.",
    expected: [c(1500, 1500, "about", "other", "iraqi_gov_military")],
  },
  {
    id: "lwj-a-dozen-stormed",
    style: "Long War Journal",
    text: "About a dozen ISIS militants stormed the village overnight, killing five farmers, a local official said.",
    expected: [c(12, 12, "about", "other", "local_official")],
  },
  // ── Gulf media ────────────────────────────────────────────────────────
  {
    id: "national-joc-killed",
    style: "The National",
    text: "Iraqi forces have killed more than 1,000 ISIS members in operations since the start of the year, the Joint Operations Command said on Sunday.",
    expected: [c(1000, null, "more_than", "killed", "iraqi_gov_military")],
  },
  {
    id: "asharq-does-not-exceed",
    style: "Asharq Al-Awsat",
    text: "A senior Iraqi security official told Asharq Al-Awsat that the number of ISIS remnants does not exceed 2,000 across Iraq.",
    expected: [c(null, 2000, "at_most", "remaining", "iraqi_gov_military")],
  },
  {
    id: "arabiya-hundreds-active-expert",
    style: "Al Arabiya",
    text: "Hundreds of ISIS militants are still active in the desert between Iraq and Syria, a security expert told Al Arabiya.",
    expected: [c(200, 999, "vague", "remaining", "analyst")],
  },
  {
    id: "national-number-estimated-at",
    style: "The National",
    text: "The number of ISIS fighters in Iraq is estimated at between 400 and 500, a senior Iraqi intelligence official told The National.",
    expected: [c(400, 500, "between", "remaining", "iraqi_gov_military")],
  },
  // ── Iraqi media ───────────────────────────────────────────────────────
  {
    id: "shafaq-cell-of-seven",
    style: "Shafaq News",
    text: "A security source told Shafaq News Agency that a Daesh cell of seven members was dismantled in the Wadi al-Shay area south of Kirkuk.",
    expected: [c(7, 7, "exact", "cell_size", "iraqi_gov_military")],
  },
  {
    id: "shafaq-bare-sources",
    style: "Shafaq News",
    text: "Sources told Shafaq News that around 200 ISIS members are active in the orchards of the Mutaibija basin.",
    expected: [c(200, 200, "about", "remaining", "unknown")],
  },
  {
    id: "ina-smc-killing-of",
    style: "Iraqi News Agency",
    text: "The Security Media Cell announced the killing of 12 terrorists in an airstrike on a cave in the Hamrin mountains.",
    expected: [c(12, 12, "exact", "killed", "iraqi_gov_military")],
  },
  {
    id: "ina-cts-arrested",
    style: "Iraqi News Agency",
    text: "The Iraqi Counter-Terrorism Service said it arrested 15 terrorists belonging to ISIS gangs in Anbar, Nineveh and Kirkuk.",
    expected: [c(15, 15, "exact", "other", "iraqi_gov_military")],
  },
  {
    id: "baghdad-today-number-no-more-than",
    style: "Baghdad Today",
    text: "A source in the Iraqi army said on Wednesday that Daesh remnants number no more than 300 in the Jazeera desert.",
    expected: [c(null, 300, "at_most", "remaining", "iraqi_gov_military")],
  },
  {
    id: "rudaw-peshmerga-between",
    style: "Rudaw",
    text: "Peshmerga officials say between 300 and 400 ISIS militants are operating in the disputed territories between the Kurdistan Region and federal Iraq.",
    expected: [c(300, 400, "between", "remaining", "kurdish")],
  },
  {
    id: "k24-peshmerga-hiding",
    style: "Kurdistan24",
    text: "The Peshmerga said 200 ISIS militants were hiding in the Qarachogh mountains.",
    expected: [c(200, 200, "exact", "remaining", "kurdish")],
  },
  {
    id: "k24-asayish-suspects",
    style: "Kurdistan24",
    text: "Erbil's Asayish said it arrested 18 ISIS suspects in the city last month.",
    expected: [c(18, 18, "exact", "other", "kurdish")],
  },
  {
    id: "rudaw-expert-ellipsis",
    style: "Rudaw",
    text: "Security expert Fadhel Abu Ragheef told Rudaw that the group has around 3,500 fighters, including 1,500 in Iraq.",
    expected: [c(3500, 3500, "about", "remaining", "analyst"), c(1500, 1500, "exact", "remaining", "analyst")],
  },
  {
    id: "ina-he-added-others",
    style: "Iraqi News Agency",
    text: "Major General Tahsin al-Khafaji, the spokesman for the Joint Operations Command, told INA that operations were continuing.\nHe added that 40 terrorists had been killed and 25 others arrested since the start of the campaign.",
    expected: [c(40, 40, "exact", "killed", "iraqi_gov_military"), c(25, 25, "exact", "other", "iraqi_gov_military")],
  },
  {
    id: "k24-quote-preposed-speaker",
    style: "Kurdistan24",
    text: "“There are still around 400 Daesh fighters in the Hamrin basin. We are hunting them day and night,” the commander of the Salahuddin Operations Command, Maj. Gen. Ahmed Hasan, told Kurdistan24.",
    expected: [c(400, 400, "about", "remaining", "iraqi_gov_military")],
  },
  {
    id: "ina-sudani",
    style: "Iraqi News Agency",
    text: "Iraqi Prime Minister Mohammed Shia al-Sudani said on Saturday that fewer than 500 Daesh terrorists remain in Iraq, most of them in remote valleys and deserts.",
    expected: [c(null, 500, "fewer_than", "remaining", "iraqi_gov_military")],
  },
  {
    id: "ministry-parenthetical",
    style: "Iraqi News Agency",
    text: "The ministry said the remaining militants (estimated at 400 to 500) are split into small cells.",
    expected: [c(400, 500, "between", "remaining", "iraqi_gov_military")],
  },
  {
    id: "police-sources-trapped",
    style: "Baghdad Today",
    text: "Up to 70 Daesh militants were trapped in a tunnel network near Rutba, where they were surrounded by Iraqi forces, police sources said.",
    expected: [c(null, 70, "up_to", "in_city", "iraqi_gov_military")],
  },
  {
    id: "iraqi-intel-percent-range",
    style: "Shafaq News",
    text: "An Iraqi intelligence official said 10-15 percent of the group's fighters were killed in the Hajin pocket.",
    expected: [c(10, 15, "between", "killed", "iraqi_gov_military", "percent")],
  },
  {
    id: "peshmerga-word-number-killed",
    style: "Rudaw",
    text: "Eighteen ISIS militants were killed in the clash in the Garmiyan area, the Peshmerga ministry said.",
    expected: [c(18, 18, "exact", "killed", "kurdish")],
  },
  // ── Iranian-aligned media ─────────────────────────────────────────────
  {
    id: "presstv-pmu-transferring",
    style: "Press TV",
    text: "The US is transferring hundreds of Daesh terrorists from Syria into western Iraq, a senior commander of the Popular Mobilization Units told Press TV.",
    expected: [c(200, 999, "vague", "other", "iraqi_militia_pmu")],
    note: "A transfer by the forces holding them is custody, not a border crossing (issue 8: custody, transfers and trials -> other).",
  },
  {
    id: "tasnim-resistance-flee",
    style: "Tasnim",
    text: "Iraqi resistance groups say the American occupation forces have helped at least 600 ISIL terrorists flee from al-Hasakah prisons.",
    expected: [c(600, null, "at_least", "fled", "iraqi_militia_pmu")],
  },
  {
    id: "mayadeen-takfiri-numbering",
    style: "Al Mayadeen",
    text: "Al Mayadeen's correspondent reported that Takfiri terrorists numbering around 150 attacked positions of the Syrian army near Palmyra.",
    expected: [c(150, 150, "about", "other", "media_other")],
  },
  {
    id: "manar-hezbollah-killed",
    style: "Al-Manar",
    text: "Hezbollah fighters killed 35 Daesh terrorists in the eastern Qalamoun mountains, Al-Manar reported.",
    expected: [c(35, 35, "exact", "killed", "media_other")],
  },
  {
    id: "tasnim-trap-pmu-thousands",
    style: "Tasnim",
    text: "Thousands of PMU fighters took part in the operation alongside 5,000 Iraqi army soldiers.",
    expected: [],
  },
  // ── Syrian state media ────────────────────────────────────────────────
  {
    id: "sana-scores-and-vehicles",
    style: "SANA",
    text: "Army units eliminated scores of ISIS terrorists and destroyed 12 of their vehicles in the Badia of Deir Ezzor, SANA reporter said.",
    expected: [],
  },
  {
    id: "sana-military-source",
    style: "SANA",
    text: "Damascus, SANA – A military source said that army units killed 23 terrorists from ISIS in the eastern countryside of Homs.",
    expected: [c(23, 23, "exact", "killed", "syrian_gov")],
  },
  {
    id: "sana-strong-unit",
    style: "SANA",
    text: "A 300-strong ISIS unit attacked Syrian army positions near al-Sukhnah, SANA said.",
    expected: [c(300, 300, "exact", "other", "syrian_gov")],
  },
  {
    id: "sana-trap-casualties",
    style: "SANA",
    text: "The terrorist attack on a bus near Palmyra killed 26 soldiers and wounded 9 others.",
    expected: [],
  },
  // ── Russian MoD ───────────────────────────────────────────────────────
  {
    id: "russian-mod-killed",
    style: "TASS / RT",
    text: "The Russian Defense Ministry said its aircraft had killed more than 200 ISIS militants in the Syrian desert over the past week.",
    expected: [c(200, null, "more_than", "killed", "media_other")],
  },
  {
    id: "russian-centre-hiding",
    style: "TASS / RT",
    text: "According to the Russian Centre for Reconciliation of the Opposing Sides, up to 500 militants were hiding in the al-Tanf zone.",
    expected: [c(null, 500, "up_to", "remaining", "media_other")],
  },
  {
    id: "russian-trap-sorties",
    style: "TASS / RT",
    text: "Russian warplanes carried out 30 sorties over the Badia, the ministry said.",
    expected: [],
  },
  // ── Turkish media ─────────────────────────────────────────────────────
  {
    id: "anadolu-security-sources-turkey",
    style: "Anadolu",
    text: "Turkish police captured 7 Daesh/ISIS suspects in an operation in Istanbul, security sources said.",
    expected: [c(7, 7, "exact", "other", "media_other")],
  },
  {
    id: "sabah-holding-prisons",
    style: "Daily Sabah",
    text: "The YPG is holding some 10,000 Daesh terrorists in prisons in northern Syria, Turkish officials argue.",
    expected: [c(10000, 10000, "about", "other", "media_other")],
  },
  {
    id: "anadolu-trap-pkk",
    style: "Anadolu",
    text: "Turkish forces neutralized 14 PKK/YPG terrorists in northern Syria, the National Defense Ministry said.",
    expected: [],
  },
  // ── Think tanks and analysts ──────────────────────────────────────────
  {
    id: "isw-assesses",
    style: "ISW",
    text: "ISW assesses that ISIS retains roughly 2,000 to 3,000 fighters in the central Syrian desert.",
    expected: [c(2000, 3000, "between", "remaining", "analyst")],
  },
  {
    id: "ctc-fraction-of-fighters",
    style: "CTC Sentinel",
    text: "Writing in CTC Sentinel, researcher Jane Doe estimated that a third of the group's fighters were killed in 2019.",
    expected: [c(33.3, 33.3, "exact", "killed", "analyst", "percent")],
  },
  {
    id: "hashimi-range-and-cells",
    style: "analyst quoted by AFP",
    text: "Hisham al-Hashimi, an expert on extremist groups, estimated in 2019 that the group had between 2,000 and 2,500 fighters in Iraq, organised in cells of five to 10 members.",
    expected: [c(2000, 2500, "between", "remaining", "analyst"), c(5, 10, "between", "cell_size", "analyst")],
  },
  // ── The group's own media ─────────────────────────────────────────────
  {
    id: "naba-own-losses",
    style: "al-Naba via Long War Journal",
    text: "IS's al-Naba weekly said 14 of its fighters were killed in clashes with the SDF in Deir ez-Zor.",
    expected: [c(14, 14, "exact", "killed", "isis")],
  },
  {
    id: "amaq-trap-soldiers",
    style: "Amaq via AFP",
    text: "In a statement carried by its Amaq news agency, the Islamic State claimed its fighters killed 20 Iraqi soldiers near Tarmiyah.",
    expected: [],
  },
  // ── Syria: SDF ────────────────────────────────────────────────────────
  {
    id: "sdf-captured",
    style: "Kurdistan24",
    text: "The SDF captured 150 ISIS members in a raid near al-Shaddadi, the SDF said in a statement.",
    expected: [c(150, 150, "exact", "other", "kurdish")],
  },
  {
    id: "sdf-of-them",
    style: "Rudaw",
    text: "About 10,000 ISIS fighters are held in SDF prisons, according to the SDF.\nSome 2,000 of them are foreigners, an SDF spokesman said.",
    expected: [c(10000, 10000, "about", "other", "kurdish"), c(2000, 2000, "about", "other", "kurdish")],
  },
  {
    id: "sdf-escaped-prison",
    style: "AP",
    text: "Hundreds of ISIS fighters escaped from the Ghwayran prison in Hasakah during the January 2022 attack, the SDF acknowledged.",
    expected: [c(200, 999, "vague", "fled", "kurdish")],
  },
  {
    id: "sdf-percent-detainees",
    style: "The National",
    text: "No more than 10 percent of the ISIS detainees in the camps are Iraqi, an SDF official said.",
    expected: [c(null, 10, "at_most", "other", "kurdish", "percent")],
  },
  {
    id: "narrative-gunmen-dozens",
    style: "Shafaq News",
    text: "Dozens of gunmen believed to belong to ISIS attacked a PMU post in Diyala overnight.",
    expected: [c(24, 99, "vague", "other", "media_other")],
  },
  // ── Traps: no fighter claim ───────────────────────────────────────────
  {
    id: "trap-us-troops-ellipsis",
    style: "Reuters",
    text: "The United States keeps about 2,500 troops in Iraq and some 900 in Syria to advise partner forces fighting ISIS remnants.",
    expected: [],
  },
  {
    id: "trap-operations",
    style: "Military Times",
    text: "U.S. troops in Syria conducted 1,200 operations last year alongside the SDF, a Military Times review found.",
    expected: [],
  },
  {
    id: "trap-attacks-counted",
    style: "Long War Journal",
    text: "The Long War Journal counted 82 Islamic State attacks claimed in Iraq during the first quarter, the lowest figure since 2013.",
    expected: [],
  },
  {
    id: "trap-civilians-killed",
    style: "NYT",
    text: "In Mosul, 1,700 civilians are believed to have been killed in the final weeks of the battle.",
    expected: [],
  },
  {
    id: "trap-al-hol-residents",
    style: "Guardian",
    text: "More than 50,000 people, most of them women and children, live in al-Hol camp, which holds family members of suspected Islamic State fighters.",
    expected: [],
  },
  {
    id: "trap-al-hol-56000",
    style: "VOA",
    text: "The camp houses some 56,000 residents, the vast majority of them women and children of IS fighters.",
    expected: [],
  },
  {
    id: "trap-al-hol-nationalities",
    style: "Asharq Al-Awsat",
    text: "Of the roughly 43,000 people in al-Hol, about 17,000 are Iraqis and the rest Syrians and third-country nationals.",
    expected: [],
  },
  {
    id: "trap-soldiers-killed-others-wounded",
    style: "Iraqi News Agency",
    text: "Two Iraqi soldiers were killed and three others wounded when ISIS militants attacked an army post in Tarmiyah, the Security Media Cell said.",
    expected: [],
  },
  {
    id: "trap-soldiers-civilians",
    style: "Rudaw",
    text: "The attack killed 12 soldiers and wounded 30 civilians, a local official in Diyala said.",
    expected: [],
  },
  {
    id: "trap-troops-ambush",
    style: "The National",
    text: "15 Iraqi troops were killed in an ambush by ISIS remnants in the Makhoul mountains.",
    expected: [],
  },
  {
    id: "trap-peshmerga-whose",
    style: "Rudaw",
    text: "The Peshmerga, whose 10,000 fighters hold a 1,000-kilometre front line, are short of heavy weapons.",
    expected: [],
  },
  {
    id: "trap-pmu-which-numbers",
    style: "Al Mayadeen",
    text: "The PMU, which numbers around 230,000 fighters, was formally integrated into the state in 2016.",
    expected: [],
  },
  {
    id: "trap-money-forces",
    style: "Washington Post",
    text: "Washington has spent $1.5 billion on training 40,000 Iraqi security forces since 2014.",
    expected: [],
  },
  {
    id: "trap-division-distance",
    style: "AP",
    text: "The Iraqi army's 20th Division lost 13 soldiers in the ambush, 120 km north of Baghdad.",
    expected: [],
  },
  {
    id: "trap-age-date",
    style: "AFP",
    text: "A 25-year-old militant blew himself up at a checkpoint in Tarmiyah on 10 December 2017.",
    expected: [],
  },
  {
    id: "trap-resolution",
    style: "UN News",
    text: "UN Security Council Resolution 2253 of 2015 expanded the sanctions list to cover ISIL and its affiliates.",
    expected: [],
  },
  {
    id: "trap-brigade-number",
    style: "Baghdad Today",
    text: "Brigade 52 of the PMU deployed three battalions to the Syrian border.",
    expected: [],
  },
  {
    id: "trap-attack-count-smc",
    style: "Iraqi News Agency",
    text: "The Security Media Cell said that ISIS carried out 120 attacks in Kirkuk, Salahuddin and Diyala in 2023.",
    expected: [],
  },
  {
    id: "trap-troops-vehicles-hideouts",
    style: "Kurdistan24",
    text: "The operation, involving 2,000 troops and 70 armoured vehicles, targeted 12 suspected ISIS hideouts.",
    expected: [],
  },
  {
    id: "trap-phone-page",
    style: "page furniture",
    text: "For more information, call 07701 234 567 or see page 14 of the report.",
    expected: [],
  },
  {
    id: "trap-shepherds-others",
    style: "Shafaq News",
    text: "Police in Kirkuk said a gunman linked to ISIS killed 3 shepherds and abducted 4 others.",
    expected: [],
  },
  {
    id: "trap-hundreds-of-thousands",
    style: "BBC",
    text: "Hundreds of thousands of people fled Mosul when ISIS overran the city in June 2014.",
    expected: [],
  },
  {
    id: "reuters-several-thousand",
    style: "Reuters",
    text: "Several thousand ISIS fighters are believed to remain at large in Syria's Badia desert, a UN report says.",
    expected: [c(2000, 9999, "vague", "remaining", "un")],
  },
  {
    id: "trap-scores-killed",
    style: "Al Arabiya",
    text: "Scores of Daesh militants were killed in the airstrikes.",
    expected: [],
  },
  {
    id: "trap-money-cash",
    style: "CNN",
    text: "The Treasury said ISIS still controls between $25 million and $50 million in cash reserves.",
    expected: [],
  },
  {
    id: "trap-distance",
    style: "Rudaw",
    text: "The militants were spotted 15 km from the border.",
    expected: [],
  },
  {
    id: "trap-percent-attacks",
    style: "Military Times",
    text: "Attacks fell 68 percent in 2023 compared with the previous year, the coalition said.",
    expected: [],
  },
  {
    id: "trap-turkish-pkk-neutralized",
    style: "Daily Sabah",
    text: "Turkish security forces neutralized 9 PKK terrorists in northern Iraq's Metina region, the ministry said.",
    expected: [],
  },
];

/**
 * Held-out cases: written after the rules above were tuned on
 * ROBUSTNESS_CASES, to estimate how the extractor does on text it was not
 * fitted to. Same annotation decisions.
 */
export const HELDOUT_CASES: readonly RobustnessCase[] = [
  {
    id: "h-ap-officials-estimate-remaining",
    style: "AP",
    text: "U.S. military officials estimate that fewer than 1,000 IS fighters remain in Iraq, operating in small cells in remote areas.",
    expected: [c(null, 1000, "fewer_than", "remaining", "us_coalition")],
  },
  {
    id: "h-reuters-security-sources-killed",
    style: "Reuters",
    text: "Iraqi warplanes struck a hideout in the Wadi al-Tharthar valley, killing at least 22 Islamic State militants, the military said.",
    expected: [c(22, null, "at_least", "killed", "iraqi_gov_military")],
  },
  {
    id: "h-afp-jihadists-surrendered",
    style: "AFP",
    text: "More than 3,000 jihadists surrendered to the SDF in the final days of the battle for Baghouz, the Kurdish-led force said.",
    expected: [c(3000, null, "more_than", "other", "kurdish")],
  },
  {
    id: "h-guardian-recruits-joined",
    style: "Guardian",
    text: "An estimated 850 Britons travelled to Syria and Iraq to join Islamic State, according to Home Office figures.",
    expected: [c(850, 850, "about", "joined", "us_coalition")],
    note: "Home Office: the government of a coalition member state, typed us_coalition (label revised once that rule was decided); 'Britons who travelled to join' are foreigners who joined",
  },
  {
    id: "h-nyt-trap-coalition-troops",
    style: "NYT",
    text: "The coalition has about 4,000 troops in Iraq, down from 5,200 last year.",
    expected: [],
  },
  {
    id: "h-voa-peshmerga-estimate",
    style: "VOA",
    text: "A Peshmerga commander in Makhmour told VOA that about 150 Islamic State militants still operate in the Qarachogh mountains.",
    expected: [c(150, 150, "about", "remaining", "kurdish")],
  },
  {
    id: "h-national-cts-killed-leaders",
    style: "The National",
    text: "The Counter-Terrorism Service killed nine ISIS members, including two senior leaders, in a dawn raid in Anbar, the service said.",
    // A part of a count is listed as its own claim, as the annotation conventions list subsets of a count.
    expected: [c(9, 9, "exact", "killed", "iraqi_gov_military"), c(2, 2, "exact", "killed", "iraqi_gov_military")],
  },
  {
    id: "h-arabiya-trap-women-children",
    style: "Al Arabiya",
    text: "Iraq has brought back more than 2,000 families from al-Hol, mostly women and children, the migration ministry said.",
    expected: [],
  },
  {
    id: "h-shafaq-few-hundred-hamrin",
    style: "Shafaq News",
    text: "A security source said a few hundred Daesh remnants are moving between the Hamrin mountains and the Mutaibija basin.",
    expected: [c(200, 500, "vague", "remaining", "iraqi_gov_military")],
  },
  {
    id: "h-ina-arrested-terrorists",
    style: "Iraqi News Agency",
    text: "The Ministry of Interior announced on Thursday the arrest of 31 terrorists in several provinces.",
    expected: [c(31, 31, "exact", "other", "iraqi_gov_military")],
  },
  {
    id: "h-rudaw-trap-pkk-peshmerga",
    style: "Rudaw",
    text: "Some 6,000 Peshmerga and 2,000 Iraqi soldiers are taking part in the joint operation against ISIS.",
    expected: [],
  },
  {
    id: "h-k24-asayish-cell",
    style: "Kurdistan24",
    text: "Sulaimani Asayish dismantled an ISIS cell of four members who were planning attacks during Nowruz, the agency said in a statement.",
    expected: [c(4, 4, "exact", "cell_size", "kurdish")],
  },
  {
    id: "h-presstv-thousands-transferred",
    style: "Press TV",
    text: "Washington has transferred thousands of Daesh terrorists to its bases in Syria, an Iraqi lawmaker told Press TV.",
    expected: [c(2000, 9999, "vague", "other", "iraqi_gov_military")],
    note: "moved between bases inside Syria: not crossing a border",
  },
  {
    id: "h-mayadeen-trap-soldiers",
    style: "Al Mayadeen",
    text: "Seven Syrian army soldiers were killed when ISIS cells attacked a bus on the Deir Ezzor–Palmyra road.",
    expected: [],
  },
  {
    id: "h-sana-army-units-killed",
    style: "SANA",
    text: "Army units killed dozens of ISIS terrorists in the Badia of Homs, a military source told SANA.",
    expected: [c(24, 99, "vague", "killed", "syrian_gov")],
  },
  {
    id: "h-anadolu-detained",
    style: "Anadolu",
    text: "Turkish police detained 18 suspects over alleged links to Daesh/ISIS in Ankara-based operations, according to the chief prosecutor's office.",
    expected: [c(18, 18, "exact", "other", "media_other")],
  },
  {
    id: "h-isw-range-words",
    style: "ISW",
    text: "CTP-ISW estimates that ISIS has between two and three thousand fighters in Syria's central desert.",
    expected: [c(2000, 3000, "between", "remaining", "analyst")],
  },
  {
    id: "h-ctc-percent-foreign",
    style: "CTC Sentinel",
    text: "Roughly 30 percent of the ISIS fighters captured in Baghouz were foreigners, the author found.",
    expected: [c(30, 30, "about", "other", "unknown", "percent")],
  },
  {
    id: "h-analyst-inverted-said",
    style: "Washington Post",
    text: "“They have maybe 5,000 to 7,000 fighters across Iraq and Syria,” said Charles Lister, a senior fellow at the Middle East Institute.",
    expected: [c(5000, 7000, "between", "remaining", "analyst")],
  },
  {
    id: "h-amaq-claims",
    style: "Amaq via SITE",
    text: "Amaq said the group's fighters killed 11 members of the Peshmerga in an attack near Kifri.",
    expected: [],
  },
  {
    id: "h-un-percent-foreign",
    style: "UN report",
    text: "The Monitoring Team notes that foreign terrorist fighters account for up to 30 percent of ISIL's strength in Syria.",
    expected: [],
    note: "'30 percent of ISIL's strength' is a share of strength, not of a noun phrase naming people: no claim (borderline)",
  },
  {
    id: "h-military-times-trap-strikes",
    style: "Military Times",
    text: "The coalition conducted 313 strikes in Iraq and Syria in March, killing an estimated 480 ISIS fighters.",
    expected: [c(480, 480, "about", "killed", "media_other")],
  },
  {
    id: "h-cnn-escaped-inmates",
    style: "CNN",
    text: "As many as 800 ISIS-affiliated inmates broke out of the prison during the assault, a Kurdish official said.",
    expected: [c(null, 800, "up_to", "fled", "kurdish")],
  },
  {
    id: "h-tasnim-trap-pmu-martyrs",
    style: "Tasnim",
    text: "Five PMU fighters were martyred and 12 wounded in a Daesh attack in Salahuddin.",
    expected: [],
  },
  {
    id: "h-asharq-sleeper-cells-number",
    style: "Asharq Al-Awsat",
    text: "Iraqi intelligence estimates the number of ISIS sleeper-cell members in Kirkuk at around 250.",
    expected: [c(250, 250, "about", "remaining", "iraqi_gov_military")],
  },
  {
    id: "h-baghdad-today-trap-years",
    style: "Baghdad Today",
    text: "Between 2014 and 2017, ISIS controlled a third of Iraq's territory.",
    expected: [],
  },
  {
    id: "h-gulf-news-trap-dinars",
    style: "Gulf News",
    text: "Each of the 40 families received 2 million dinars in compensation after the ISIS attack.",
    expected: [],
  },
  {
    id: "h-lwj-members-and-relatives",
    style: "Long War Journal",
    text: "Tens of thousands of ISIS members and their relatives remain in camps and prisons in northeast Syria.",
    expected: [],
  },
  {
    id: "h-bbc-quote-run",
    style: "BBC",
    text: "“We estimate around 300 Daesh fighters in the whole Anbar desert. They cross from Syria at night,” said Brig Gen Yahya Rasool, a military spokesman.",
    expected: [c(300, 300, "about", "remaining", "iraqi_gov_military")],
  },
  {
    id: "h-daily-sabah-neutralized",
    style: "Daily Sabah",
    text: "Turkish intelligence neutralized 4 senior Daesh members in a cross-border operation in Syria, security sources said.",
    expected: [c(4, 4, "exact", "killed", "media_other")],
  },
];
