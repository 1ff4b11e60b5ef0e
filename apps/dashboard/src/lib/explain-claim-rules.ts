/** One line of a claim's "why": what the extractor read, and the rule id behind it. */
export interface RuleExplanation {
  /** "Number", "Counted noun", "Refers to", "Claimant found by", "Claimant type". */
  aspect: string;
  text: string;
  /** The rule id as stored, for people who read the rule tables. */
  rule: string;
}

const CREDIT: Record<string, string> = {
  quote: "the speaker of the quotation it sits in",
  "frame:subject": "the subject of a reporting verb (“X said …”, “…, X said”)",
  "frame:inverted": "an inverted attribution (“…, said X”)",
  "frame:according-to": "“according to X”",
  "frame:citing": "the source cited (“…, citing X”)",
  "frame:quoted-as": "the source quoted (“Y quoted X as saying”)",
  "frame:source-phrase": "a source named in a noun phrase (“X’s estimate”, “estimates by X”)",
  "frame:passive": "a passive that names nobody (“is believed to”)",
  relay: "the agency relaying an unidentified source",
  "frame:label": "the speaker label of an interview transcript (“Name: …”)",
  retro: "the next sentence, which credits “that number” to a source",
  continuation: "the source of the sentence before, in the same paragraph, which this one goes on paraphrasing",
  addition: "the source closing the next sentence, which adds to this one (“… also …”)",
  publisher: "nobody named: the outlet’s own voice",
  "headline-frame": "the source the headline names",
  "headline-colon": "the source before the headline’s colon (“UN: …”)",
};

/**
 * Turns a stored claim's rule ids (see FighterClaim.rules in corpus-model)
 * into lines a reader can follow: how the number was read, what noun it
 * counts, why it has its referent, how the claimant was found and why the
 * claimant has its type.
 */
export function explainClaimRules(rules: readonly string[]): RuleExplanation[] {
  const out: RuleExplanation[] = [];
  for (const rule of rules) {
    const [kind, ...rest] = rule.split(":");
    const value = rest.join(":");
    switch (kind) {
      case "range":
      case "qualifier":
      case "vague":
      case "unit":
        out.push({ aspect: "Number", text: `${kind} rule “${value}”`, rule });
        break;
      case "noun":
        out.push({ aspect: "Counted noun", text: value.replace(/^postposed:/, "noun before the number, ").replace(/-/g, " "), rule });
        break;
      case "referent":
        out.push({ aspect: "Refers to", text: value === "default" ? "no cue: other" : `cue “${value.replace(/-/g, " ")}”`, rule });
        break;
      case "claimant": {
        const matchesBody = /^headline-matches-body@(\d+)$/.exec(value);
        out.push({
          aspect: "Claimant found by",
          text: matchesBody ? `the body claim sharing the headline’s number (at offset ${matchesBody[1]})` : (CREDIT[value] ?? value),
          rule,
        });
        break;
      }
      case "type":
        out.push({ aspect: "Claimant type", text: explainType(value), rule });
        break;
      case "merged-repeat":
        out.push({ aspect: "Repeats", text: "the same claim appears more than once; this is the mention that names its source best", rule });
        break;
      default:
        out.push({ aspect: "Rule", text: rule, rule });
    }
  }
  return out;
}

function explainType(why: string): string {
  const [kind, ...rest] = why.split(":");
  const value = rest.join(":");
  switch (kind) {
    case "known":
      return `a well-known person on this beat (table entry “${value}”)`;
    case "rule":
      return `claimant rule “${value}” on the words naming the source`;
    case "theatre":
      return `no country named (rule “${value}”): the theatre of the story decides`;
    case "linked":
      return `linked to an earlier or later mention: ${value}`;
    case "publisher":
      return value === "media" ? "the outlet’s own voice (media)" : `the publisher is a research body: ${value.replace(/^research\s*/, "")}`;
    case "passive":
      return "nobody is named";
    case "none":
      return "nothing in the text says which side the source is on";
    default:
      return why;
  }
}
