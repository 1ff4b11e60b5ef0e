import type { FramingLexiconEntry } from "./framing-lexicon-entry";

/** The 15 frames of the Policy Frames Codebook (Boydstun et al. 2014). */
export const POLICY_FRAMES = [
  "Economic",
  "Capacity and resources",
  "Morality",
  "Fairness and equality",
  "Legality, constitutionality and jurisprudence",
  "Policy prescription and evaluation",
  "Crime and punishment",
  "Security and defense",
  "Health and safety",
  "Quality of life",
  "Cultural identity",
  "Public opinion",
  "Political",
  "External regulation and reputation",
  "Other",
] as const;
export type PolicyFrame = (typeof POLICY_FRAMES)[number];

interface FrameEntry extends FramingLexiconEntry {
  category: PolicyFrame;
}

/**
 * One keyword table per frame. A sentence gets every frame whose table
 * matches and none when nothing matches; "Other" has its own table (topics
 * outside the codebook's 14) instead of being a fallback. Keywords are
 * general news vocabulary, not words of the sample articles.
 */
export const POLICY_FRAME_LEXICON: readonly FrameEntry[] = [
  {
    id: "frame.economic",
    category: "Economic",
    pattern:
      /\b(?:econom\w*|budget\w*|costs?|costly|money|funds?|funding|financ\w*|revenues?|taxe?s|taxation|trade|jobs?|unemploy\w*|invest\w*|oil\s+(?:prices?|exports?|revenues?)|smuggl\w*|ransoms?|rackets?|salar(?:y|ies)|wages?|dollars?|billion|million|markets?)\b|\$\s?\d/gi,
    description: "Money, costs, the economy, funding, trade and jobs.",
    examples: ["The fence will cost $3m.", "Militants fund themselves through smuggling."],
  },
  {
    id: "frame.capacity",
    category: "Capacity and resources",
    pattern:
      /\b(?:capacity|capabilit(?:y|ies)|resources|shortages?|lack\s+of|insufficient|understaffed|stretched|manpower|equipment|equipped|supplies|logistic\w*|training|trained|untrained|air\s+cover|reinforcements?|too\s+many|not\s+enough)\b/gi,
    description: "Whether there are enough people, equipment, training and resources.",
    examples: ["We need more training and equipment.", "No one has that capacity."],
  },
  {
    id: "frame.morality",
    category: "Morality",
    pattern: /\b(?:moral\w*|immoral|evil|sin(?:s|ful)?|ethic\w*|values|conscience|righteous\w*|brutality|atrocit(?:y|ies)|god|sacred|duty|honou?r)\b/gi,
    description: "Moral, religious or ethical judgement.",
    examples: ["Their brutality shocked the world.", "It is our moral duty."],
  },
  {
    id: "frame.fairness",
    category: "Fairness and equality",
    pattern:
      /\b(?:discriminat\w*|marginali[sz]\w*|inequalit\w*|equal(?:ity|ly)?|fair(?:ness|ly)?|unfair\w*|injustice|grievances?|disenfranchis\w*|sectarian\w*|reprisals?|collective\s+punishment|rift)\b/gi,
    description: "Equality, discrimination, sectarian grievances, reprisals.",
    examples: ["Sunnis complain of marginalisation.", "The sectarian rift deepened."],
  },
  {
    id: "frame.legality",
    category: "Legality, constitutionality and jurisprudence",
    pattern:
      /\b(?:laws?|legal\w*|illegal\w*|courts?|judges?|judicial|constitution\w*|human\s+rights|rights\s+violations?|jurisdiction|legislation|lawsuit|ruling|tribunal|due\s+process|arbitrary\s+arrests?|permission)\b/gi,
    description: "Law, courts, constitutionality, rights violations.",
    examples: ["Militias were accused of human rights violations.", "The court ruled on the case."],
  },
  {
    id: "frame.policy",
    category: "Policy prescription and evaluation",
    pattern:
      /\b(?:strateg(?:y|ies|ic)|polic(?:y|ies)|plans?|planning|measures?|approach|priority|priorities|reforms?|effective\w*|ineffective|succeed\w*|success\w*|fail(?:ed|ure|s)?|should|must|needs?\s+to|has\s+to|have\s+to|key\s+to|solution)\b/gi,
    description: "What should be done and whether policies work.",
    examples: ["The new strategy is designed to counter the move.", "It has to focus on ideology."],
  },
  {
    id: "frame.crime",
    category: "Crime and punishment",
    pattern:
      /\b(?:crimes?|criminals?|arrest\w*|prisons?|prisoners?|jail\w*|detain\w*|detention|punish\w*|execut(?:e|ed|ion|ions)|sentenc(?:ed|es)|convict\w*|organi[sz]ed\s+crime|kidnap\w*|ransom|money\s+laundering|interrogat\w*|informants?|investigat\w*)\b/gi,
    description: "Crime, arrests, prisons, punishment and investigations.",
    examples: ["Raids and arrests continued.", "They turned to organized crime."],
  },
  {
    id: "frame.security",
    category: "Security and defense",
    pattern:
      /\b(?:security|military|militar\w*|army|troops|soldiers?|forces|defen[cs]e|attacks?|attacked|militants?|fighters?|insurgen\w*|terror\w*|counterterror\w*|intelligence|operations?|airstrikes?|offensive|border|weapons|bomb\w*|battle|combat|patrol\w*|checkpoints?|sleeper\s+cells?|jihadists?|coalition)\b/gi,
    description: "Threats, the military, fighting, borders and policing as security.",
    examples: ["Troops patrol the border.", "Militants attacked a checkpoint."],
  },
  {
    id: "frame.health",
    category: "Health and safety",
    pattern:
      /\b(?:health|hospitals?|medical|medicine|doctors?|wounded|injur\w*|casualt(?:y|ies)|disease\w*|epidemic|safety|chemical\s+weapons|killed|deaths?|dead|died|bodies|corpses|drowned)\b/gi,
    description: "Injuries, deaths, health care and physical safety.",
    examples: ["Two police were killed and others wounded.", "Hospitals are overwhelmed."],
  },
  {
    id: "frame.quality-of-life",
    category: "Quality of life",
    pattern:
      /\b(?:daily\s+li(?:fe|ves)|living\s+conditions|homes?|families|family|displaced|refugees?|housing|electricity|drinking\s+water|food|schools?|poverty|livelihoods?|reconstruction|afraid|fear(?:s|ful)?|neighbou?rhoods?|previous\s+lives|shepherds?|farmers?|villagers?)\b/gi,
    description: "Everyday life: homes, families, services, livelihoods, fear.",
    examples: ["Families returned home to ruined neighbourhoods.", "Residents are afraid."],
  },
  {
    id: "frame.cultural-identity",
    category: "Cultural identity",
    pattern:
      /\b(?:cultur\w*|traditions?|traditional|identit(?:y|ies)|tribes?|tribal|Sunnis?|Shi(?:a|ite|ites|'ite)s?|Kurds?|Kurdish|ethnic\w*|heritage|ideolog\w*|Bedouins?|Christians?|Yazidis?|religious)\b/gi,
    description: "Identity, ethnicity, sect, tribe, religion and ideology.",
    examples: ["Predominantly Sunni areas distrust the army.", "Tribal leaders met."],
  },
  {
    id: "frame.public-opinion",
    category: "Public opinion",
    pattern:
      /\b(?:public\s+opinion|polls?|surveys?|protests?|protesters?|demonstrat(?:ions?|ors)|popular\s+(?:support|anger)|sympath\w*|trust|distrust|confidence|residents\s+say|many\s+\w+\s+(?:believe|feel|say)|widely\s+believed|thankful|angry|anger)\b/gi,
    description: "What the public thinks: polls, protests, trust, sympathy.",
    examples: ["Protests rocked the capital.", "Building trust with locals is key."],
  },
  {
    id: "frame.political",
    category: "Political",
    pattern:
      /\b(?:government|prime\s+minister|president|parliament\w*|elections?|politic\w*|ministers?|ministry|lawmakers?|cabinet|opposition|parties|party|mayor|governor|officials?)\b/gi,
    description: "Government, politicians, parties, elections.",
    examples: ["The prime minister warned of danger.", "Parliament voted."],
  },
  {
    id: "frame.external",
    category: "External regulation and reputation",
    pattern:
      /\b(?:international\w*|foreign|abroad|coalition|US-led|U\.S\.-led|United\s+Nations|UN|NATO|sanctions?|diplomat\w*|allies|alliance|Iran-backed|US-backed|U\.S\.-backed|Western|the\s+West|neighbou?ring\s+countr(?:y|ies)|cross-border|sovereignty|reputation)\b/g,
    description: "Relations with other countries, the coalition, international bodies and reputation.",
    examples: ["The US-led coalition resumed operations.", "Iraq coordinates with Western Europe."],
  },
  {
    id: "frame.other",
    category: "Other",
    pattern:
      /\b(?:weather|rain(?:fall)?|sandstorms?|sports?|football|celebrit\w*|films?|music|tourism|tourists?|archaeolog\w*|wildlife|technology|internet\s+outage|anniversary)\b/gi,
    description: "Topics outside the codebook's 14 frames (weather, sport, culture industry, technology).",
    examples: ["A sandstorm grounded flights.", "Football fans gathered."],
  },
];
