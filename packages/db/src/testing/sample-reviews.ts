import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../client";
import { recordDecision, type DecisionInput } from "../review/record-decision";
import type { Reviewer } from "../review/review-types";

/**
 * Three short articles written for the review tests: what the current extractor finds in them is listed beside
 * each, so a test can say which decisions make which gold.
 */
export const SAMPLE_REVIEW_ARTICLES: Record<string, string> = {
  // Claims: "About 400" (iraqi_gov_military), "at least 60" (local_official), "between 1,000 and 1,500" (un);
  // "perhaps thirty men" is missed. Attacks: kidnapping ("kidnapped"), bombing_explosion ("car bomb").
  "a-courier.txt": `Desert cells regroup south of Mosul, officials say

Source: Euphrates Courier

About 400 ISIS fighters are hiding in the valleys south of Mosul, an Iraqi army spokesman told reporters on Monday.

Local police said militants kidnapped two shepherds near the river last week. A car bomb also exploded at a checkpoint, killing three soldiers.

The provincial governor said at least 60 of the militants were killed in air strikes since January, while a UN report put the group's strength at between 1,000 and 1,500 fighters across the province.

Villagers said the last holdouts, perhaps thirty men, fled into the hills with their weapons.
`,
  // Claims: "25" (killed), "roughly 200" (remaining). Attacks: armed_assault ("gunmen").
  "b-wire.txt": `Raids continue in Anbar as remnants scatter

Source: Anbar Wire

Security forces killed 25 Islamic State militants in a raid near Rutba, the interior ministry said on Tuesday.

A tribal leader told the paper that roughly 200 fighters still roam the desert, and gunmen attacked a police post overnight with rifles.
`,
  // Claims: "12" (kurdish). No attacks.
  "c-wire.txt": `Kurdish forces report arrests near Kirkuk

Source: Anbar Wire

Kurdish forces arrested 12 ISIS suspects in villages west of Kirkuk, a Peshmerga commander said on Wednesday.
`,
};

/** Writes SAMPLE_REVIEW_ARTICLES into `dir`; returns their paths. */
export function writeSampleReviewArticles(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(SAMPLE_REVIEW_ARTICLES).map(([name, text]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  });
}

/**
 * The decisions the review tests record on the stored sample articles, one of each kind:
 * - a-courier: claims accept "About 400", correct "at least 60" to claimant type iraqi_gov_military, reject
 *   "between 1,000 and 1,500", add "perhaps thirty men"; attacks: accept both. Both lists complete.
 * - b-wire: accept "25" only: its claims list is incomplete and its attacks unreviewed, so it is left out.
 * - c-wire: accept "12": claims complete, attacks unreviewed (the machine found none and nobody said so).
 */
export async function recordSampleReviews(prisma: PrismaClient, user: Reviewer): Promise<void> {
  const article = (name: string) => prisma.article.findFirstOrThrow({ where: { source: { endsWith: name } }, include: { claims: true, attacks: true } });
  const [a, b, c] = [await article("a-courier.txt"), await article("b-wire.txt"), await article("c-wire.txt")];
  const claim = (art: typeof a, quantity: string) => {
    const found = art.claims.find((x) => x.quantityText === quantity);
    if (!found) throw new Error(`${art.source}: the extractor no longer reads "${quantity}" as a claim; update the sample`);
    return found.id;
  };
  const record = async (input: DecisionInput) => {
    const result = await recordDecision(prisma, input, user);
    if (result.status !== "recorded") throw new Error(`${JSON.stringify(input)}: ${JSON.stringify(result)}`);
  };
  await record({ articleId: a.id, kind: "claim", action: "accept", factId: claim(a, "About 400"), basedOn: null });
  await record({ articleId: a.id, kind: "claim", action: "correct", factId: claim(a, "at least 60"), basedOn: null, fields: { claimantType: "iraqi_gov_military" } });
  await record({ articleId: a.id, kind: "claim", action: "reject", reason: "duplicate", factId: claim(a, "between 1,000 and 1,500"), basedOn: null });
  const sentence = "Villagers said the last holdouts, perhaps thirty men, fled into the hills with their weapons.";
  const sentenceStart = a.body.indexOf(sentence);
  const anchorStart = a.body.indexOf("perhaps thirty", sentenceStart);
  await record({
    articleId: a.id,
    kind: "claim",
    action: "add",
    basedOn: null,
    fields: { low: 30, high: 30, qualifier: "about", unit: "people", claimant: "Villagers", claimantType: "unknown", refersTo: "fled" },
    anchor: { sentenceStart, sentenceEnd: sentenceStart + sentence.length, anchorStart, anchorEnd: anchorStart + "perhaps thirty".length },
  });
  for (const t of a.attacks) await record({ articleId: a.id, kind: "attack", action: "accept", factId: t.id, basedOn: null });
  await record({ articleId: b.id, kind: "claim", action: "accept", factId: claim(b, "25"), basedOn: null });
  await record({ articleId: c.id, kind: "claim", action: "accept", factId: claim(c, "12"), basedOn: null });
}
