import { describe, expect, it } from "vitest";
import type { Qualifier, Referent } from "../model/types";
import { splitSentences } from "../text/split-sentences";
import { extractClaims } from "./extract-claims";

// Phenomena families, each with passages written for this file (invented
// places, numbers and wording). Each case lists every claim expected, in
// order, as [low, high, qualifier, referent]; an empty list means no claim.
type Row = [number | null, number | null, Qualifier, Referent];
type Case = [id: string, text: string, expected: Row[]];

const read = (text: string): Row[] => extractClaims(text, splitSentences(text)).map((c) => [c.low, c.high, c.qualifier, c.refersTo]);

const check = (cases: Case[]) =>
  it.each(cases)("%s", (_id, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

describe("'of them' whose antecedent is a few sentences back", () => {
  check([
    ["count two sentences back", "A Kurdish officer said about 600 jihadists were hiding in the valley. The men move only at night. “Nearly 200 of them have been captured since the spring,” he added.", [[600, 600, "about", "remaining"], [200, 200, "about", "other"]]],
    ["attackers named before", "Islamic State gunmen attacked a checkpoint near Tuz Khurmatu. Helicopters chased the attackers into the hills. “We killed 14 of them before dawn,” the colonel said.", [[14, 14, "exact", "killed"]]],
    ["we against them, soldiers named last", "The militants fired on soldiers guarding the bridge. Reinforcements arrived within the hour. “Around 40 of them were killed when we counterattacked,” an officer said.", [[40, 40, "about", "killed"]]],
    ["group's fighters named before", "A column of Daesh fighters was spotted near Rutba. Army aircraft struck the vehicles on Tuesday. “At least 25 of them were eliminated,” the statement said.", [[25, null, "at_least", "killed"]]],
    ["sympathisers named before", "Police said the cell had recruited ISIS sympathisers in three towns. Four of them were detained on Sunday.", [[4, 4, "exact", "other"]]],
    ["interview, our units against them", "The Islamic State still attacks villages in the north. Q: What have your men achieved? A: Since January our units have detained over 90 of them, and around 40 were killed in clashes.", [[90, null, "more_than", "other"], [40, 40, "about", "killed"]]],
    ["crossing, a count two sentences back", "“There are perhaps 250 ISIS fighters in the hills,” the general said. “They are well armed. At least 60 of them came over from Syria in the winter,” he added.", [[250, 250, "about", "remaining"], [60, null, "at_least", "crossed"]]],
    ["speakers are not them", "ISIS fighters attacked the base at dawn. Security forces said 40 of them were killed.", [[40, 40, "exact", "killed"]]],
    ["residents speaking", "Daesh militants overran the village last week. Residents said about 20 of them fled when the army arrived.", [[20, 20, "about", "fled"]]],
    ["civilians are not them", "Some 9,000 civilians fled the town this week. Aid workers said 3,000 of them were children.", []],
    ["families are not them, even with a speaker's we", "About 1,200 families remain in the camp near the ISIS front. “We moved 300 of them to a safer site,” the camp manager said.", []],
    ["soldiers in the same sentence", "ISIS attacked the outpost at night. “We had 60 soldiers there and 12 of them were wounded,” he said.", []],
    ["of those, opening a sentence", "Peshmerga forces say they are holding roughly 200 Islamic State fighters captured near Makhmour. Of those, 45 are foreigners, a Kurdish official said.", [[200, 200, "about", "other"], [45, 45, "exact", "other"]]],
    ["of those, people suspected", "Police in Istanbul detained 50 people suspected of links to ISIS. Of those, 12 were foreign nationals.", [[50, 50, "exact", "other"], [12, 12, "exact", "other"]]],
    ["a speaker's we with the antecedent after", "“We evacuated 150 of them overnight,” a Red Cross official said of the trapped residents.", []],
    ["a share of people just named", "The camp holds nearly 50,000 people, 90 percent of them women and children, after ISIS lost its last village.", []],
  ]);
});

describe("interview answers read on the question", () => {
  check([
    ["remaining in a town", "Q: How many militants are still in the town?\nA: Maybe 150, maybe fewer.", [[150, 150, "about", "remaining"]]],
    ["killed", "Reporter: How many Daesh fighters were killed in the operation?\nColonel Salim: About 60.", [[60, 60, "about", "killed"]]],
    ["held", "Interviewer: How many foreign fighters do you hold?\nAhmed: Around 2,000.", [[2000, 2000, "about", "other"]]],
    ["strength in an area", "Q: And how many militants remain in the mountains?\nA: Between 300 and 350, according to our estimates.", [[300, 350, "between", "remaining"]]],
    ["prisons", "Q: How many ISIS members are in your prisons?\nA: Roughly 5,000.", [[5000, 5000, "about", "other"]]],
    ["a group's strength", "Interviewer: How many men does Daesh still field in Syria?\nGeneral Mazloum: No more than 1,500.", [[null, 1500, "at_most", "remaining"]]],
    ["a predicate count in a later answer", "The general spoke about ISIS in the desert. Q: The UN speaks of 3,000. A: He said the active jihadists in Anbar, those with weapons, are fewer than 400.", [[null, 400, "fewer_than", "remaining"]]],
    ["active jihadists", "Q: How many jihadists are active in Diyala?\nA: I would say around 300.", [[300, 300, "about", "remaining"]]],
    ["soldiers asked about", "The army deployed 5,000 troops. Q: How many soldiers were wounded? A: About 30.", []],
    ["civilians asked about", "Q: How many civilians are still trapped?\nA: Perhaps 5,000.", []],
    ["attacks asked about", "Q: How many attacks did ISIS carry out last year?\nA: More than 400.", []],
    ["no question before", "The mayor said the market reopened. Between 400 and 500.", []],
  ]);
});

describe("foreign-fighter totals with people nouns", () => {
  check([
    ["went to fight", "A regional body estimates that up to 5,000 Central Asian men went to Syria to fight.", [[null, 5000, "up_to", "joined"]]],
    ["from countries", "Officials counted more than 1,500 people from over 40 countries who travelled to Iraq to join the jihadists.", [[1500, null, "more_than", "joined"]]],
    ["died fighting", "Officials in Canberra track ISIS recruits closely. They believe around 120 Australians died fighting in Syria and Iraq.", [[120, 120, "about", "killed"]]],
    ["killed while fighting", "Around 300 Germans have been killed while fighting for the Islamic State, officials say.", [[300, 300, "about", "killed"]]],
    ["foreigners a week", "Daesh recruitment peaked in 2014. Each week, as many as 500 foreigners were crossing into Syria from Turkey at the time, officials say.", [[null, 500, "up_to", "crossed"]]],
    ["the total, people named before", "The number of Tunisians who have joined Isis has risen sharply. The interior ministry puts the total at about 3,000.", [[3000, 3000, "about", "joined"]]],
    ["up from", "Ever more Chechens who joined Daesh are coming home. Moscow now estimates their total at 4,000 to 5,000, up from 2,500 a year earlier.", [[4000, 5000, "between", "joined"], [2500, 2500, "exact", "joined"]]],
    ["country of origin", "Roughly 800 of those fighters hailed from Morocco, analysts said.", [[800, 800, "about", "joined"]]],
    ["died fighting, jihadist groups", "Some 250 Britons have died fighting for jihadist groups in Syria.", [[250, 250, "about", "killed"]]],
    ["gone to fight alongside", "Nearly 3,000 Russians have gone to Syria and Iraq to fight alongside extremists, the FSB said.", [[3000, 3000, "about", "joined"]]],
    ["may have been killed fighting", "Isis propaganda targets Europe. Up to 40 Swedes may have been killed fighting in Syria, police say.", [[null, 40, "up_to", "killed"]]],
    ["shoppers do not fight", "About 2,000 people from neighbouring villages have travelled to the city to shop.", []],
    ["killed in fighting", "Dozens of people were killed in fighting near the border with ISIS.", []],
    ["came over from Syria is a movement", "Troops said about 70 of the ISIS fighters came over from Syria last week.", [[70, 70, "about", "crossed"]]],
  ]);
});

describe("small attacker, suspect and cell counts", () => {
  check([
    ["suicide bombers", "Three suicide bombers struck a police station in Tikrit, officials said.", [[3, 3, "exact", "other"]]],
    ["martyrdom-seekers", "Amaq named four martyrdom-seekers who it said carried out the raid.", [[4, 4, "exact", "other"]]],
    ["accomplices in the story", "ISIS claimed the bombing of a bus in Karbala. A security official said two suspected accomplices were arrested hours later.", [[2, 2, "exact", "other"]]],
    ["suspects two sentences after the group", "An ISIS cell planted the bomb, police said. The blast wounded a shopkeeper. Police later said nine suspects had been detained in the district.", [[9, 9, "exact", "other"]]],
    ["squad made up of, group named before", "A Daesh sniper killed a farmer near Hawija. Police believe the squad is made up of four men hiding in the orchards.", [[4, 4, "exact", "cell_size"]]],
    ["squad made up of", "Intelligence officers said the squad that raided the village was made up of six fighters.", [[6, 6, "exact", "cell_size"]]],
    ["network of", "The emir led a network of about 25 militants in the western desert.", [[25, 25, "about", "cell_size"]]],
    ["the slain militants", "Eleven of the slain militants carried foreign passports, officials said.", [[11, 11, "exact", "killed"]]],
    ["the dead jihadists", "Troops said nine of the dead jihadists were teenagers.", [[9, 9, "exact", "killed"]]],
    ["among the dead", "Troops killed 40 ISIS fighters in the raid. Among the dead were nine foreign nationals, the army said.", [[40, 40, "exact", "killed"], [9, 9, "exact", "killed"]]],
    ["a whole network is no cell", "The network of 3,000 fighters stretches across Iraq.", [[3000, 3000, "exact", "other"]]],
    ["inghimasis", "Amaq said two of the group's inghimasis had carried out the assault.", [[2, 2, "exact", "other"]]],
    ["women suicide bombers in disguise", "Three women suicide bombers disguised as displaced people approached the checkpoint, ISIS said.", [[3, 3, "exact", "other"]]],
    ["accomplices with the group in the sentence", "The interior ministry said six accomplices were detained after the bombing claimed by Daesh.", [[6, 6, "exact", "other"]]],
    ["cell, which comprised", "The cell, which comprised 12 Daesh members, was dismantled in Kirkuk.", [[12, 12, "exact", "cell_size"]]],
    ["bomber attacks", "Two suicide bomber attacks hit the market, the ministry said.", []],
    ["suspects with no group", "Police arrested 12 suspects in a car-theft ring on Monday.", []],
  ]);
});

describe("militant heads in custody stories and subsets", () => {
  check([
    ["emirs flown out", "A Russian general alleged that the coalition had flown 25 ISIS emirs out of the besieged town.", [[25, 25, "exact", "other"]]],
    ["foreign nationals in a held count", "The SDF holds about 8,000 ISIS detainees, including some 1,000 foreign nationals from 50 countries.", [[8000, 8000, "about", "other"], [1000, 1000, "about", "other"]]],
    ["among those arrested", "Turkish police detained 30 ISIS suspects on Monday. Among those held were seven foreign nationals, the ministry said.", [[30, 30, "exact", "other"], [7, 7, "exact", "other"]]],
    ["inmates broke out", "Kurdish guards moved 150 ISIS detainees to a new jail last week. A dozen inmates broke out on the way, officials admitted.", [[150, 150, "exact", "other"], [12, 12, "exact", "fled"]]],
    ["leaders among the killed", "The army killed 22 Daesh militants, among them three commanders, in the Hamrin hills.", [[22, 22, "exact", "killed"], [3, 3, "exact", "killed"]]],
    ["inmates after detainees escaped", "The ministry said 30 ISIS detainees escaped last month. At least 8 inmates were recaptured on Friday.", [[30, 30, "exact", "fled"], [8, null, "at_least", "other"]]],
    ["foreign nationals among held fighters", "The SDF holds 1,000 ISIS fighters in Hasakah, including about 300 foreign nationals.", [[1000, 1000, "exact", "other"], [300, 300, "about", "other"]]],
    ["commanders among the killed", "Iraqi jets killed about 100 ISIS militants near Rawa, among them 20 commanders.", [[100, 100, "about", "killed"], [20, 20, "exact", "killed"]]],
    ["prisoners of the group", "ISIS executed 20 prisoners in Raqqa, activists said.", []],
    ["nationals in a camp population", "The camp holds 50,000 people, including 10,000 foreign nationals.", []],
  ]);
});

describe("referents", () => {
  check([
    ["another source's figure, closer to, no 'at'", "Kurdish officials say they hold 1,200 ISIS fighters; Iraqi officials put the figure closer to 900.", [[1200, 1200, "exact", "other"], [900, 900, "about", "other"]]],
    ["in Iraqi custody", "About 900 ISIS fighters are in Iraqi custody, a US official said.", [[900, 900, "about", "other"]]],
    ["remain in jails run by a force", "About 4,000 Daesh militants remain in Kurdish-run jails.", [[4000, 4000, "about", "other"]]],
    ["detained others", "Troops killed 35 militants and detained 60 others.", [[35, 35, "exact", "killed"], [60, 60, "exact", "other"]]],
    ["says it holds", "The administration says it holds some 3,000 ISIS fighters.", [[3000, 3000, "about", "other"]]],
    ["another source's toll", "Iraqi officials said 400 militants died in the battle, while US officials put the toll at about 250.", [[400, 400, "exact", "killed"], [250, 250, "about", "killed"]]],
    ["another source's figure, closer to", "Baghdad says it holds about 700 ISIS fighters, while Kurdish officials put the figure at closer to 1,000.", [[700, 700, "about", "other"], [1000, 1000, "about", "other"]]],
    ["another source's toll, next sentence", "Syrian state media said 1,500 ISIS militants were killed in the offensive. Opposition monitors put the toll at about 1,200.", [[1500, 1500, "exact", "killed"], [1200, 1200, "about", "killed"]]],
    ["headline present tense", "Army kills 40 ISIS militants near Rutba", [[40, 40, "exact", "killed"]]],
    ["where-clause on a city", "Troops are now inside Anah, where about 300 ISIS fighters have mined every road.", [[300, 300, "about", "in_city"]]],
    ["where-clause, remain", "Troops advanced into Hawija, where an estimated 1,000 Daesh fighters are thought to remain.", [[1000, 1000, "about", "in_city"]]],
    ["where-clause on a country", "The group lost ground in Syria, where about 2,000 of its fighters remain.", [[2000, 2000, "about", "remaining"]]],
    ["where-clause, hiding", "Iraqi troops entered the city of Tal Afar, where up to 800 Daesh fighters were believed to be hiding.", [[null, 800, "up_to", "in_city"]]],
    ["remain in the old city of", "Only about 50 ISIS fighters remain in the old city of Raqqa, a coalition spokesman said.", [[50, 50, "about", "in_city"]]],
    ["left in the town", "No more than 80 militants are left in the town, the mayor said.", [[null, 80, "at_most", "in_city"]]],
    ["digging in", "Some 500 jihadists are digging in around Baiji, a police officer said.", [[500, 500, "about", "in_city"]]],
    ["regrouped", "Some 2,000 jihadists have regrouped in the desert west of Anbar.", [[2000, 2000, "about", "remaining"]]],
    ["numbered", "In 2021 the group numbered about 5,000 fighters, according to the report.", [[5000, 5000, "about", "remaining"]]],
    ["present activity", "Hundreds of ISIS militants roam the farmland south of Kirkuk, villagers say.", [[200, 999, "vague", "remaining"]]],
    ["fighters of the group, glossed", "Some 250 fighters of the Islamic State (ISIS) are regrouping in the Jazira desert, the report said.", [[250, 250, "about", "remaining"]]],
    ["posing as fleeing", "Two suicide bombers posing as fleeing farmers blew themselves up at the gate, ISIS said.", [[2, 2, "exact", "other"]]],
    ["dressed as, then fled", "Dozens of militants dressed as shepherds fled the village.", [[24, 99, "vague", "fled"]]],
    ["were … to", "Were 2,000 ISIS detainees to walk free, the region would be in danger.", [[2000, 2000, "exact", "hypothetical"]]],
    ["had … participle", "Had 500 ISIS fighters slipped away, the town would have fallen.", [[500, 500, "exact", "hypothetical"]]],
    ["were a fraction … to", "Were a quarter of the ISIS prisoners to escape, the consequences would be grave.", [[25, 25, "exact", "hypothetical"]]],
    ["a question is no condition", "Were 50 ISIS fighters killed in the raid?", [[50, 50, "exact", "killed"]]],
    ["capture the remaining", "Police detained 11 ISIS suspects and are hunting for the remaining four.", [[11, 11, "exact", "other"], [4, 4, "exact", "other"]]],
    ["dozens got away", "Witnesses say dozens of jihadists got away in pickup trucks before dawn.", [[24, 99, "vague", "fled"]]],
  ]);
});

describe("the new readings leave other counts alone", () => {
  check([
    ["a predicate count of villagers", "ISIS attacked a village near Kirkuk. The villagers, mostly farmers, are about 300 in number.", []],
    ["an answer about residents", "ISIS lost Mosul in 2017. How many people live there now? About 1.5 million.", []],
    ["a predicate count of another force's fighters", "The Peshmerga took the town. Their fighters, all volunteers, were 400.", []],
    ["them as things", "Daesh attacks continued. We counted 30 of them in the first week alone.", []],
    ["a subset of things", "ISIS hit the city hard. The hospitals, including 12 in the east, are full.", []],
    ["holds positions", "The army, which holds 3,000 positions, says ISIS is weak.", []],
    ["try cases", "Police will try 40 cases this month related to ISIS.", []],
    ["where-clause on civilians", "Troops entered Falluja, where 50,000 civilians are still trapped.", []],
    ["a team of doctors", "The team consists of 12 doctors who treat wounded fighters of the SDF.", []],
    ["among soldiers killed", "ISIS killed 20 soldiers. Among the dead were 3 officers.", []],
    ["a network of hospitals", "The network of 3 hospitals serves Mosul, which ISIS held until 2017.", []],
    ["them as captives", "ISIS held 5,000 Yazidi women. Some 2,000 of them are still missing.", []],
    ["an answer about attacks", "Q: How many ISIS attacks were there? A: About 40.", []],
    ["them as interviewees", "We interviewed 40 residents. Some 20 of them said ISIS still collects taxes.", []],
    ["a subset of trained soldiers", "The coalition trained 5,000 Iraqi soldiers, including 300 officers, to fight ISIS.", []],
    ["a condition on soldiers", "Were 300 soldiers to leave, ISIS would return, the general said.", []],
    ["refugees from a city", "ISIS is weak. The refugees, who came from Mosul, are 20,000.", []],
    ["of those, cells", "Daesh cells remain active. Of those, 20 are in Kirkuk.", []],
  ]);
});

describe("referents: deaths, perfect passives, releases, gatherings, scattering", () => {
  check([
    ["deaths of", "The monitor has recorded the deaths of 412 ISIS fighters since January.", [[412, 412, "exact", "killed"]]],
    ["death of, a total", "Activists confirmed the death of nearly 90 Daesh members in the strikes.", [[90, 90, "about", "killed"]]],
    ["perfect passive, then there", "The ministry said at least 60 militants had been eliminated there since Monday.", [[60, null, "at_least", "killed"]]],
    ["perfect passive, then an adverb", "Some 35 jihadists have been neutralised overnight, the army said.", [[35, 35, "about", "killed"]]],
    ["perfect passive, then a clause", "About 120 ISIS fighters had been killed there, he said.", [[120, 120, "about", "killed"]]],
    ["released from a jail", "Officials said the militia had released about 80 ISIS detainees held at a jail in the town.", [[80, 80, "about", "fled"]]],
    ["freed", "The rebels freed some 45 Daesh prisoners kept in a school before they pulled out.", [[45, 45, "about", "fled"]]],
    ["were released", "More than 200 ISIS suspects held in the camp were later released, a monitor said.", [[200, null, "more_than", "fled"]]],
    ["gathered", "Around 1,500 ISIS militants had gathered in the valleys east of the river, the source said.", [[1500, 1500, "about", "remaining"]]],
    ["massing", "Hundreds of Daesh fighters are massing near the border crossing, officials warn.", [[200, 999, "vague", "remaining"]]],
    ["scattered in", "No more than 400 Daesh remnants are scattered in the mountains, the general said.", [[null, 400, "at_most", "remaining"]]],
    ["scattered across", "Roughly 700 jihadists remain, dispersed across the badlands south of the city.", [[700, 700, "about", "remaining"]]],
    ["scattered, alone", "About 60 militants scattered when the helicopters arrived.", [[60, 60, "about", "fled"]]],
    ["a long apposition, then withdrew", "Around 250 militants, most of them foreign recruits, withdrew towards the desert at night.", [[250, 250, "about", "fled"]]],
  ]);
});

describe("referents: carried between Iraq and Syria", () => {
  check([
    ["ferried from a Syrian province to Iraq", "A militia spokesman claimed that helicopters ferried 150 ISIS members from Syria's Deir Ezzor to airfields in western Iraq.", [[150, 150, "exact", "crossed"]]],
    ["driven from Iraq into Syria", "Trucks drove dozens of Daesh fighters from Iraq into eastern Syria last month, residents said.", [[24, 99, "vague", "crossed"]]],
    ["moved from Syria to bases in Iraq", "Some 300 ISIS elements were moved from Syria to bases in western Iraq, the lawmaker said.", [[300, 300, "about", "crossed"]]],
    ["transferred in custody stays custody", "The SDF transferred 120 ISIS detainees from Syria to Iraq on Tuesday.", [[120, 120, "exact", "other"]]],
    ["within one country is no crossing", "About 90 militants moved from Syria's Raqqa to Deir Ezzor, the monitor said.", [[90, 90, "about", "other"]]],
  ]);
});

describe("referents: fighters inside a city under siege", () => {
  check([
    ["still inside", "A council member said about 90 of the militants still inside were Chechens.", [[90, 90, "about", "in_city"]]],
    ["remained inside", "Officials said only a few hundred jihadists remained inside as troops advanced.", [[200, 500, "vague", "in_city"]]],
    ["number inside a city", "“The number of ISIS fighters inside Baiji is between 150 and 200,” the colonel said.", [[150, 200, "between", "in_city"]]],
    ["left, in a siege sentence", "He said roughly 400 fighters were left and that troops had surrounded the town.", [[400, 400, "about", "in_city"]]],
    ["remain, with the battle named", "As Tal Afar offensive enters second week, officials say 1,000 ISIS fighters remain", [[1000, 1000, "exact", "in_city"]]],
    ["inside a prison is custody", "Some 300 ISIS members still inside the prison are foreigners, a guard said.", [[300, 300, "about", "other"]]],
    ["a country keeps remaining", "As troops stormed Hajin, officials said 3,000 ISIS fighters remain in Iraq and Syria.", [[3000, 3000, "exact", "remaining"]]],
    ["no siege, left stays remaining", "He said roughly 400 fighters were left after a year of raids.", [[400, 400, "about", "remaining"]]],
  ]);
});

describe("referents: the consequence of a condition is hypothetical", () => {
  check([
    ["you could see", "“If the guards walk away, you could see hundreds of Daesh fighters back in the villages within days,” the analyst said.", [[200, 999, "vague", "hypothetical"]]],
    ["even if, present tense", "“Even if only a fraction return, we are talking about 50 or more militants in this province alone,” the official said.", [[50, null, "at_least", "hypothetical"]]],
    ["after a colon, in a quotation", "The minister warned of the camps: “If nothing changes, up to 2,000 ISIS members raised there could take up arms.”", [[null, 2000, "up_to", "hypothetical"]]],
    ["unless", "Unless the border is sealed, some 300 ISIS fighters will slip into Anbar this year, he said.", [[300, 300, "about", "hypothetical"]]],
    ["in the event", "In the event of a Turkish push, roughly 1,000 ISIS detainees may walk free, the SDF said.", [[1000, 1000, "about", "hypothetical"]]],
    ["a participle phrase before could", "Up to 600 ISIS prisoners detained in the school could escape, the council warned.", [[null, 600, "up_to", "hypothetical"]]],
    ["if anything is no condition", "If anything, the group has grown: about 4,000 fighters now operate in the desert, the report said.", [[4000, 4000, "about", "remaining"]]],
    ["a condition in an earlier sentence does not carry", "If the army leaves, the town will fall. About 200 ISIS fighters remain nearby.", [[200, 200, "about", "remaining"]]],
  ]);
});

describe("an attack's toll among the security side's fighters", () => {
  check([
    ["a bomb on a Peshmerga patrol", "On Monday a roadside bomb hit a Peshmerga patrol near Kifri, wounding four fighters.", []],
    ["militants attack a PMU post", "Later, the militants stormed a PMU checkpoint west of Samarra, killing three fighters.", []],
    ["an SDF position", "ISIS gunmen opened fire on an SDF position in Shaddadi, injuring at least five fighters, the monitor said.", []],
    ["tribal fighters' post", "A mortar round struck a tribal militia post, leaving two fighters dead.", []],
    ["strikes on the group still count", "Army jets struck an ISIS hideout near Hit, killing 12 fighters.", [[12, 12, "exact", "killed"]]],
    ["the group named after the security side", "Peshmerga artillery shelled Daesh positions, killing some 20 fighters, a commander said.", [[20, 20, "about", "killed"]]],
    ["the group's fighters named in the phrase", "A Kurdish drone hit a car, killing three ISIS fighters.", [[3, 3, "exact", "killed"]]],
  ]);
});

describe("nouns: the group named in the complement", () => {
  check([
    ["leaders of the group", "Among those killed were six senior commanders of the group, the ministry said.", [[6, 6, "exact", "killed"]]],
    ["members of the organisation", "Police arrested 14 members of the organisation in Mosul on Friday.", [[14, 14, "exact", "other"]]],
    ["emirs of the terror group", "The strikes killed three emirs of the terror group near Hit.", [[3, 3, "exact", "killed"]]],
    ["leaders of the Islamic State", "Some 20 leaders of the Islamic State remain at large, officials said.", [[20, 20, "about", "remaining"]]],
    ["men of the group", "Around 40 men of the group surrendered to the army in the valley.", [[40, 40, "about", "other"]]],
    ["leaders of a council", "Eight leaders of the council met the governor on Sunday.", []],
  ]);
});

describe("nouns: a share after 'of whom'", () => {
  check([
    ["percent killed", "Some 1,200 people from Belgium went to join ISIS in Syria, of whom about 20% were killed.", [[1200, 1200, "about", "joined"], [20, 20, "about", "killed"]]],
    ["percent returned", "An estimated 600 Danes travelled to join Isis, of whom 30 percent have returned.", [[600, 600, "about", "joined"], [30, 30, "exact", "other"]]],
    ["of them, percent", "Roughly 3,000 Tunisians joined the jihadists, of them 10 per cent were women.", [[3000, 3000, "about", "joined"], [10, 10, "exact", "joined"]]],
    ["a percent with no antecedent", "Turnout rose to 45%, of whom 10% were young.", []],
    ["a share of civilians", "About 9,000 civilians fled the town, of whom 40% were children.", []],
  ]);
});

describe("nouns: a numeral before fighters and their families", () => {
  check([
    ["numeral, families uncounted", "Under the deal, about 400 ISIS fighters and their families left Tabqa by bus.", [[400, 400, "about", "fled"]]],
    ["exact numeral", "Some 120 militants and their wives were evacuated from the enclave, the SDF said.", [[120, 120, "about", "other"]]],
    ["numeral, relatives", "Nearly 90 Daesh members and their relatives surrendered to the army at dawn.", [[90, 90, "about", "other"]]],
    ["partitive with families stays out", "Buses moved hundreds of ISIS fighters and their families out of the town.", []],
    ["partitive of members and wives stays out", "The army took thousands of Daesh members and their wives to the camp.", []],
  ]);
});

describe("nouns: people who left a country to join", () => {
  check([
    ["left a country to join", "More than 700 people have left France to join jihadist groups in Syria, the interior minister said.", [[700, null, "more_than", "joined"]]],
    ["left their homes to fight", "About 150 young men left their homes to fight for ISIS, the police chief said.", [[150, 150, "about", "joined"]]],
    ["left for Syria to join", "Some 60 citizens left Kosovo for Syria to join the Islamic State, officials said.", [[60, 60, "about", "joined"]]],
    ["left a city is no joining", "Over 3,000 people have left Mosul since the fighting began.", []],
    ["fighters who left a city", "About 500 ISIS fighters left Raqqa under the deal.", [[500, 500, "about", "fled"]]],
  ]);
});

describe("nouns: a count after a share of 'them'", () => {
  check([
    ["had returned, had been killed", "More than 900 people have left Britain to join Isis. Nearly half of them have come back, officials said, and at least 100 have been killed.", [[900, null, "more_than", "joined"], [50, 50, "about", "other"], [100, null, "at_least", "killed"]]],
    ["a third returned, 40 died", "About 300 Swedes travelled to join ISIS. A third of them returned, and 40 have died fighting.", [[300, 300, "about", "joined"], [33.3, 33.3, "exact", "other"], [40, 40, "exact", "killed"]]],
    ["share of civilians, then a count", "Some 5,000 residents fled. A third of them were children, and 200 have since returned.", []],
    ["a bare perfect without a share", "ISIS attacked a wedding in the town. At least 20 have been killed, police said.", []],
    ["share of fighters, captured", "Around 800 ISIS fighters were holed up in the town. A quarter of them were killed, and 150 have been captured.", [[800, 800, "about", "in_city"], [25, 25, "exact", "killed"], [150, 150, "exact", "other"]]],
  ]);
});

describe("nouns: a share of 'that total'", () => {
  check([
    ["foreigners made up of that total", "The CIA put the group's strength at 25,000 fighters. Foreigners probably made up about 12,000 of that total, a researcher said.", [[25000, 25000, "exact", "remaining"], [12000, 12000, "about", "joined"]]],
    ["killed a percent of that force", "The group fields about 4,000 fighters; air strikes killed perhaps 10 percent of that force last year.", [[4000, 4000, "about", "remaining"], [10, 10, "about", "killed"]]],
    ["foreign fighters accounted for a percent of them", "About 6,000 ISIS fighters are held in the prisons, and foreign fighters account for 20 percent of them.", [[6000, 6000, "about", "other"], [20, 20, "exact", "other"]]],
    ["of the total, no count before", "Officials said 300 of the total were paid in cash.", []],
    ["of that figure, civilians", "About 20,000 civilians live in the camp. Children make up 12,000 of that figure.", []],
  ]);
});

describe("referents: attackers of one incident, escaped inmates, recruits the group may gain", () => {
  check([
    ["a unit that carried out an attack", "A detachment of 12 ISIS fighters carried out the ambush near Tuz Khurmatu, police said.", [[12, 12, "exact", "other"]]],
    ["cells of a size, present tense", "ISIS operates in cells of up to 10 fighters in the Hamrin mountains, the officer said.", [[null, 10, "up_to", "cell_size"]]],
    ["inmates still at large after a jailbreak", "ISIS fighters stormed the prison in Hasakah in January. Dozens of inmates are still at large, the SDF said.", [[24, 99, "vague", "fled"]]],
    ["inmates with no jailbreak stay out", "The prison in the town holds common criminals. Dozens of inmates are still at large after a riot.", []],
    ["young men who could join the cells", "Up to 3,000 young men raised on ISIS ideology in al-Hol could join the group's sleeper cells, the official warned.", [[null, 3000, "up_to", "hypothetical"]]],
    ["men from the camps could swell the ranks", "Officials fear some 500 men from the camps could swell the ranks of ISIS.", [[500, 500, "about", "hypothetical"]]],
    ["men who will join a football club stay out", "About 40 young men will join the football club next season.", []],
  ]);
});

describe("nouns: soldiers of the caliphate, a second estimate of the same count, 'the number is'", () => {
  check([
    ["soldiers of the caliphate", "Amaq said 30 soldiers of the caliphate took part in the attack on the base.", [[30, 30, "exact", "other"]]],
    ["soldiers of an army stay out", "The ministry said 30 soldiers of the Iraqi army were wounded.", []],
    ["estimates of, further on", "The Pentagon says about 2,500 ISIS fighters remain in Syria, while a UN report relayed coalition estimates of up to 10,000 across both countries.", [[2500, 2500, "about", "remaining"], [null, 10000, "up_to", "remaining"]]],
    ["the number is, after the group's strength is asked", "Estimates of how many fighters ISIS still fields vary widely. US officials insist the number is fewer than 1,000.", [[null, 1000, "fewer_than", "remaining"]]],
    ["the number is, civilians", "Estimates of how many civilians fled vary. Aid groups say the number is about 30,000.", []],
    ["'tried to' is no trial", "About 200 ISIS fighters tried to cross into Iraq from Syria last week, the army said.", [[200, 200, "about", "crossed"]]],
  ]);
});
