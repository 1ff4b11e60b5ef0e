import type { ClaimantType } from "../model/types";
import { explainClaimant } from "./classify-claimant";

/** Who speaks when the text credits nobody: the outlet, or the research body that wrote it. */
export interface PublisherVoice {
  name: string;
  type: ClaimantType;
  /** "publisher:media", or "publisher:research" with the phrase that showed it. */
  why: string;
}

/**
 * Research bodies whose reports are republished as articles: think tanks,
 * monitoring centres and human-rights organisations. Their own figures are
 * an analyst's, not a newsroom's.
 */
const RESEARCH_BODY =
  /\b(?:Human Rights Watch|HRW|Amnesty International|International Crisis Group|Crisis Group|Institute for the Study of War|ISW|Combating Terrorism Center|CTC Sentinel|Washington Institute|Brookings|RAND|Soufan Center|Counter Extremism Project|Meir Amit|Intelligence and Terrorism Information Center|ITIC|Middle East Institute|Wilson Center|Atlantic Council|Chatham House|Carnegie|Critical Threats|New Lines Institute|Jamestown Foundation|CSIS)\b/;
/** A first line that credits a research body as author ("… BY MEIR AMIT CENTER"). */
const BYLINE_BODY = /\bBY\s+(?:THE\s+)?[A-Z][A-Z'’ -]{2,60}\b(?:CENTER|CENTRE|INSTITUTE|FOUNDATION|PROJECT|COUNCIL)\b/;
/** The text speaks of itself as a report or study, or of its author's research. */
const SELF_REFERENCE =
  /\b(?:[Tt]his (?:report|paper|study|brief|briefing|analysis|memo) (?:focuses|examines|finds|argues|documents|is based|draws|assesses|shows|describes|details)|[Tt]he (?:author's|authors') (?:dataset|data|research|analysis|count)|[Tt]his author|[Oo]ur (?:own )?(?:dataset|data set|database|tracking|tally|count|analysis|research),?\s+(?:built|shows|suggests|finds|indicates|records|of|compiled|based)|(?:Human Rights Watch|Amnesty International|HRW|Crisis Group) (?:research )?(?:knows of|found|finds|documented|has documented|interviewed|research finds|research found))\b/;

/**
 * Reads the article's own voice: a news outlet by default (`media_other`),
 * or a research body (`analyst`) when the text is a think tank's or an NGO's
 * report: it speaks of itself as "this report", of "the author's dataset",
 * or opens with a byline that names a research centre. An outlet that is
 * itself a side's voice (Syria's state agency SANA, the group's Amaq) speaks
 * for that side when it names nobody.
 */
export function findPublisherVoice(body: string, outlet: string | null = null): PublisherVoice {
  if (outlet) {
    const reading = explainClaimant(outlet);
    if (reading.tier === 1 && reading.type !== "media_other" && reading.type !== "unknown") return { name: outlet, type: reading.type, why: `publisher:outlet "${outlet}" (${reading.rule})` };
    if (RESEARCH_BODY.test(outlet)) return { name: outlet, type: "analyst", why: `publisher:research "${outlet}"` };
  }
  const head = body.slice(0, 300);
  const byline = BYLINE_BODY.exec(head);
  if (byline) return { name: titleCase(byline[0].replace(/^BY\s+(?:THE\s+)?/, "")), type: "analyst", why: `publisher:research "${byline[0]}"` };
  const self = SELF_REFERENCE.exec(body);
  if (self) {
    const who = RESEARCH_BODY.exec(body);
    return { name: who ? who[0] : "the report's authors", type: "analyst", why: `publisher:research "${self[0]}"` };
  }
  return { name: "the reporting outlet (own narrative)", type: "media_other", why: "publisher:media" };
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
}
