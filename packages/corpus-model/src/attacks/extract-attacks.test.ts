import { describe, expect, it } from "vitest";
import type { AttackType } from "../model/types";
import { splitSentences } from "../text";
import { extractAttacks } from "./extract-attacks";

function types(text: string): AttackType[] {
  return extractAttacks(text, splitSentences(text)).map((a) => a.type);
}

describe("extractAttacks", () => {
  it("codes a method per sentence with the trigger's offsets", () => {
    const text = "Officials met on Monday. A roadside bomb struck an army patrol near Tikrit.";
    const [a] = extractAttacks(text, splitSentences(text));
    expect(a?.type).toBe("bombing_explosion");
    expect(a?.trigger.text).toBe("roadside bomb");
    expect(text.slice(a!.trigger.start, a!.trigger.end)).toBe("roadside bomb");
    expect(a?.text).toBe("A roadside bomb struck an army patrol near Tikrit.");
  });

  it("gives one entry per sentence and type even with several triggers", () => {
    expect(types("Kidnappings and a kidnapping for ransom were reported, along with abductions.")).toEqual(["kidnapping"]);
  });

  it("codes insurgents who attacked with no method as unknown, and with a method by the method", () => {
    expect(types("Jihadists attacked a border post near Rabia overnight, killing two guards.")).toEqual(["unknown"]);
    expect(types("Jihadists attacked a border post near Rabia with machine guns, killing two guards.")).toEqual(["armed_assault"]);
  });

  it("codes a lead by the method the next sentence gives the same incident", () => {
    const text =
      "Militants attacked a police station in Hit late on Monday, killing four officers. The attackers detonated a car bomb at the gate before storming the building.";
    const attacks = extractAttacks(text, splitSentences(text));
    expect(attacks.filter((a) => a.text.startsWith("Militants attacked")).map((a) => [a.type, a.trigger.text])).toEqual([
      ["bombing_explosion", "attacked"],
      ["armed_assault", "attacked"],
    ]);
  });

  it("matches a lead to its incident told later by the same death toll", () => {
    const text = [
      "Insurgents attacked a minibus on the Kirkuk road, killing 17 passengers.",
      "The interior ministry condemned the crime.",
      "Officials said they had no suspects yet.",
      "Witnesses said the gunmen opened fire on the minibus from a pickup, killing 17 people.",
    ].join(" ");
    expect([...new Set(types(text))]).toEqual(["armed_assault"]);
  });

  it("codes two types in one sentence", () => {
    expect(types("Insurgents and a suicide bomber attacked the oil refinery at dawn.").sort()).toEqual([
      "armed_assault",
      "bombing_explosion",
    ]);
  });

  it("does not code generic attacks without a method", () => {
    expect(types("The group keeps carrying out attacks across the province.")).toEqual([]);
    expect(types("Their attacks are opportunistic and frequent.")).toEqual([]);
  });

  it("does not code hit-and-run attacks without a method", () => {
    expect(types("Commanders describe no frontal fighting, only hit-and-run attacks.")).toEqual([]);
  });

  it("does not code a method named as a possibility or a plan", () => {
    expect(types("Officials warned that the cells could carry out suicide bombings during the holidays.")).toEqual([]);
    expect(types("Intelligence showed the militants were planning a car bomb attack on the capital.")).toEqual([]);
    expect(types("Police foiled a plot to bomb a church in Mosul.")).toEqual([]);
    expect(types("The cell planned and carried out a car bombing in Kirkuk.")).toEqual(["bombing_explosion"]);
    expect(types("The group retains the ability to carry out ambushes and roadside bombings.").sort()).toEqual(["armed_assault", "bombing_explosion"]);
  });

  it("does not code planned or intended attacks in general", () => {
    expect(types("The cells would plot attacks on markets and prisons.")).toEqual([]);
    expect(types("Police want to prevent an attack on the parade that killed nobody yet.")).toEqual([]);
  });

  it("does not code state military action", () => {
    expect(types("Warplanes carried out airstrikes on the hideouts.")).toEqual([]);
    expect(types("He was wounded in a firefight during the battle for the town.")).toEqual([]);
    expect(types("Counter-terrorism forces stormed a farmhouse and arrested two suspects.")).toEqual([]);
    expect(types("Coalition jets bombed a cave complex.")).toEqual([]);
  });

  it("lets 'a similar attack' inherit the previous incident's type", () => {
    const text =
      "Gunmen on motorbikes opened fire on a border post. Two attackers were killed. A similar attack hit a post further south on Friday.";
    const attacks = extractAttacks(text, splitSentences(text));
    expect(attacks.map((a) => [a.type, a.trigger.text])).toEqual([
      ["armed_assault", "opened fire"],
      ["armed_assault", "A similar attack"],
    ]);
  });

  it("does not inherit when no incident came shortly before", () => {
    expect(types("Farmers harvested wheat. A similar attack is feared next year.")).toEqual([]);
  });

  it("does not recode a back-reference to the same incident", () => {
    const text = "Jihadists attacked a police checkpoint with machine guns. Their attack was repelled but it killed one officer.";
    expect(types(text)).toEqual(["armed_assault"]);
  });

  it("codes a concrete attack with no method as unknown", () => {
    expect(types("A separate attack near Baiji on Sunday targeted a tribal militia patrol.")).toEqual(["unknown"]);
    expect(types("An attack on a village council killed two members.")).toEqual(["unknown"]);
  });

  it("codes sniper attacks with no target named as assassination and shot-dead officials as assassination", () => {
    expect(types("The insurgents rely on sniper fire at night.")).toEqual(["assassination"]);
    expect(types("Unknown gunmen shot dead a tribal sheikh in his car.")).toEqual(["assassination"]);
  });

  it("codes sniper fire at a post or the forces as armed assault, at a person as assassination", () => {
    expect(types("Overnight the jihadists fired on a Peshmerga position near the dam with a sniper rifle.")).toEqual(["armed_assault"]);
    expect(types("A sniper wounded three soldiers at a checkpoint outside Baiji.")).toEqual(["armed_assault"]);
    expect(types("A sniper shot dead the village mukhtar as he left the mosque.")).toEqual(["assassination"]);
  });

  it("does not code a weapon or attacker noun when no attack happens", () => {
    expect(types("\"We killed more than 40 of them this week,\" the colonel said, adding that four snipers had been taken prisoner.")).toEqual([]);
    expect(types("The statement did not say whether the sniper's cell was among the dead.")).toEqual([]);
    expect(types("The army said it had destroyed 20 of their pickups, most of them mounted with heavy machine guns.")).toEqual([]);
  });

  it("codes a gun-and-bomb assault as both armed assault and bombing", () => {
    expect(types("The debate changed after the gun and suicide-bomb assault on a Madrid stadium in 2016.").sort()).toEqual([
      "armed_assault",
      "bombing_explosion",
    ]);
  });

  it("codes an attack with mortars and light weapons as both bombing and armed assault", () => {
    expect(types("The suspects took part in the attack that hit an army post near Tuz last month with mortar shells and light weapons.").sort()).toEqual([
      "armed_assault",
      "bombing_explosion",
    ]);
  });

  it("does not code a state's assassination, nor lend its type to a method-less attack told before it", () => {
    const text =
      "Militants abducted two farmers near Rawa on Thursday, residents said. Late on Friday, the militants also attacked an army post near Samarra, wounding three soldiers. " +
      "The violence comes days after the Israeli assassination of a senior commander in a drone strike near Damascus.";
    const attacks = extractAttacks(text, splitSentences(text));
    expect(attacks.map((a) => [a.type, a.text.slice(0, 20)])).toEqual([
      ["kidnapping", "Militants abducted t"],
      ["unknown", "Late on Friday, the "],
    ]);
  });

  it("codes insurgents blowing up a bridge, and their 'martyrdom operations', as bombing", () => {
    expect(types("The general said the militants had blown up the last bridge into the town.")).toEqual(["bombing_explosion"]);
    expect(types("Troops had blown up the tunnels before withdrawing.")).toEqual([]);
    expect(types("The group said two of its fighters carried out \"martyrdom operations\" against the army.")).toEqual(["bombing_explosion"]);
  });

  it("codes 'attacked ... with heavy weapons' by a pronoun subject as armed assault", () => {
    expect(types("Overnight they attacked two army checkpoints with heavy weapons.")).toEqual(["armed_assault"]);
  });

  it("does not code an agentless passive attack", () => {
    expect(types("We have been attacked nearly every night this month.")).toEqual([]);
  });

  it("ignores bomb-making, metaphors and found explosives", () => {
    expect(types("Troops found a bomb-making workshop in the orchard.")).toEqual([]);
    expect(types("Unemployment is a ticking time bomb.")).toEqual([]);
    expect(types("Police seized explosives in a safe house.")).toEqual([]);
  });

  it("codes hijacking, hostage taking, arson, sabotage and unarmed assault", () => {
    expect(types("Militants hijacked a bus carrying pilgrims.")).toEqual(["hijacking"]);
    expect(types("The attackers took twelve guests hostage.")).toEqual(["hostage_barricade"]);
    expect(types("Insurgents set fire to barley fields near the village.")).toEqual(["facility_infrastructure"]);
    // GTD codebook: a sharp instrument (knife) makes it armed assault, not unarmed.
    expect(types("A man was stabbed outside the shrine.")).toEqual(["armed_assault"]);
  });

  it("codes a concrete attack reported by the media, but not the state's attack", () => {
    expect(types("An attack by jihadists on a border post killed two guards, local media reported.")).toEqual(["unknown"]);
    expect(types("An attack by coalition aircraft killed 14 people near Hajin.")).toEqual([]);
    expect(types("Army units launched an attack on the village at dawn, killing nine.")).toEqual([]);
    expect(types("An attack on the convoy killed 12 militants, the ministry said.")).toEqual([]);
  });

  it("codes execution-style killings with no method as unknown, not their aftermath", () => {
    expect(types("Six herders were killed on Sunday, their bodies found with their hands tied near Khanaqin.")).toEqual(["unknown"]);
    const text =
      "Militants abducted two truck drivers on the highway near Rutba. The kidnappers asked their families for money. Police said both drivers had been killed; their bodies were found on Friday.";
    expect([...new Set(types(text))]).toEqual(["kidnapping"]);
  });

  it("codes each type in a list of tactics or in attack statistics", () => {
    expect(types("In 2019 the cells staged 800 attacks, among them 210 roadside bombings, 30 attempts to overrun army outposts and 55 killings of village mukhtars.").sort()).toEqual([
      "armed_assault",
      "assassination",
      "bombing_explosion",
    ]);
    expect(types("The jihadists now rely on small-unit raids, abductions for ransom and the murder of local officials.").sort()).toEqual([
      "armed_assault",
      "assassination",
      "kidnapping",
    ]);
  });

  it("drops the triggers of a report the article corrects", () => {
    expect(types("Initial reports said a farmer had been kidnapped and killed, but it later emerged that the victim was a tribal sheikh.")).toEqual([]);
  });

  it("does not code insurgents who are the victims of state action", () => {
    expect(types("Dozens of gunmen were killed in airstrikes on their hideouts.")).toEqual([]);
    expect(types("Twenty militants killed in the raid were buried in the desert.")).toEqual([]);
    expect(types("The coalition dropped 500 bombs on the old city in a week.")).toEqual([]);
    expect(types("The Hashd launched an assault on the village at dawn.")).toEqual([]);
  });

  it("codes captivity and sexual slavery as kidnapping", () => {
    expect(types("Its rule was marked by the sexual slavery of captured women and the killing of foreign hostages.")).toEqual(["kidnapping"]);
  });

  it("returns nothing for text with no attacks", () => {
    expect(types("The ministry announced a new budget for schools.")).toEqual([]);
  });
});
