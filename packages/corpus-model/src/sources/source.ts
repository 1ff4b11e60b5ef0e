import type { ClaimantType, Evidence } from "../model/types";

/**
 * What a source is. `people` is a plural group ("US officials", "security
 * sources"); `document` a report, statement or data set; `voice` the
 * outlet's own narrative; `nobody` stands for passives that name no one.
 */
export type SourceKind = "person" | "people" | "organisation" | "document" | "voice" | "nobody";

/** One source the article introduces, with every mention the resolver tied to it. */
export interface Source {
  id: number;
  kind: SourceKind;
  /** How the article first names it ("Eric Pahon", "a senior Iraqi general", "the UN"). */
  name: string;
  /** Roles and affiliations the article gives it ("Defense Department spokesman"). */
  descriptors: string[];
  type: ClaimantType;
  /**
   * Why it has that type, for the reader: "known:votel" (a well-known
   * person), "rule:us-military" (a claimant rule on its words),
   * "theatre:syria-government", "linked:<how>" (inherited from an earlier
   * mention), "publisher:media", or "none".
   */
  why: string;
  /** Every mention, offsets in body, in order. */
  mentions: Evidence[];
  /** Has a proper name (a person's name, an organisation's name). */
  named: boolean;
  /** Lower-cased surname for persons ("al-Mohamadawi" → "mohamadawi"). */
  surname: string | null;
  /** Role head nouns from its words and descriptors ("general", "spokesman", "report"). */
  roles: Set<string>;
  plural: boolean;
  /** Id of the well-known person it is, if any. */
  known: string | null;
}

/** Display form of a source: its name, with its first role when the name alone does not say it. */
export function describeSource(s: Source): string {
  const role = s.descriptors.find((d) => d.length <= 90 && d.toLowerCase() !== s.name.toLowerCase());
  return role && s.kind === "person" && s.named ? `${s.name} (${role})` : s.name;
}
