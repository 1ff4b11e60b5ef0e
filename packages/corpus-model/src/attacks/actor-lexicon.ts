/**
 * Who is acting: used to tell an insurgent attack ("gunmen opened fire")
 * from state military action ("troops opened fire", "jets bombed"), which
 * the GTD does not code. `neutral` entries exist only to stop a shorter
 * entry from claiming the words: "tribal fighters" are not insurgent
 * "fighters", "protesters stormed" is not an armed assault.
 */
export type ActorSide = "militant" | "state" | "neutral";

export interface ActorRule {
  id: string;
  side: ActorSide;
  pattern: RegExp;
  description: string;
  examples: string[];
}

export const ACTOR_LEXICON: readonly ActorRule[] = [
  {
    id: "actor.militant-noun",
    side: "militant",
    pattern:
      /\b(?:militants?|gunm[ae]n|insurgents?|jihadists?|terrorists?|extremists?|fighters?|attackers?|assailants?|sleeper\s+cells?|cells?|remnants|jihadis|bombers?|kidnappers?|abductors?|assassins?|snipers?|armed\s+men|masked\s+men|suspected\s+\w+)\b/gi,
    description: "Nouns for insurgents and unidentified attackers.",
    examples: ["Gunmen opened fire.", "ISIS sleeper cells struck."],
  },
  {
    id: "actor.group-name",
    side: "militant",
    // Case-sensitive: the group's names, as in the terms lexicon.
    pattern: /(?<![\p{L}\p{N}])(?:ISIS|ISIL|IS|Daesh|Islamic\s+State|al-Qaeda|Al-Qaeda|Al\s+Qaeda)(?![\p{L}\p{N}])/gu,
    description: "The group's names used as the actor.",
    examples: ["Daesh stormed the village."],
  },
  {
    id: "actor.state-force",
    side: "state",
    pattern:
      /\b(?:forces|troops|soldiers?|army|armed\s+forces|police(?:men)?|military|coalition|warplanes?|jets?|aircraft|air\s+force|drones?|helicopters?|gunships?|F-\d+s?|artillery|commandos|counter-?terrorism\s+(?:service|units?|forces)|Peshmerga|SDF|special\s+forces|security\s+services|officers?|Hashd|PMU|PMF|Popular\s+Mobili[sz]ation(?:\s+(?:Forces|Units))?)\b/gi,
    description:
      "State or coalition forces, and the Hashd/PMU (a state body since 2016); their raids, shootings and bombings are military action, not attacks.",
    examples: ["Iraqi troops stormed the hideout."],
  },
  {
    id: "actor.non-insurgent-fighters",
    side: "neutral",
    pattern:
      /\b(?:militia|tribal|Kurdish|Peshmerga|PMU|PMF|Hashd|government|pro-government|SDF|Iraqi|Syrian|US|American|foreign)\s+fighters?\b/gi,
    description: "Fighters who are not the insurgents (militia, tribal, Kurdish, government...).",
    examples: ["Tribal fighters stormed the hideout."],
  },
  {
    id: "actor.civilian-crowd",
    side: "neutral",
    pattern: /\b(?:protesters|demonstrators|crowds?|mobs?|supporters|rioters)\b/gi,
    description: "Crowds: \"protesters stormed the embassy\" is not an armed assault.",
    examples: ["Protesters stormed the embassy."],
  },
];
