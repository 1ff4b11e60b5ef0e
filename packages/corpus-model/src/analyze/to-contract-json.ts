import type { ArticleAnalysis } from "../model/types";

/**
 * The analysis in the shape docs/analysis-contract.md fixes for
 * `analyze --json`: the contract's fields first, with the extra evidence
 * fields (quantity, trigger, framing signals) the contract allows to grow.
 */
export function toContractJson(a: ArticleAnalysis) {
  return {
    source: a.source,
    title: a.title,
    body: a.body,
    outlet: a.outlet ? { name: a.outlet.name, evidence: a.outlet.evidence } : null,
    published: a.published
      ? {
          date: a.published.date,
          precision: a.published.precision,
          earliest: a.published.earliest,
          latest: a.published.latest,
          evidence: a.published.evidence,
        }
      : null,
    groupTerms: a.groupTerms,
    fighterClaims: a.fighterClaims.map((c) => ({
      low: c.low,
      high: c.high,
      qualifier: c.qualifier,
      unit: c.unit,
      claimant: c.claimant,
      claimantType: c.claimantType,
      refersTo: c.refersTo,
      section: c.section,
      text: c.text,
      start: c.start,
      end: c.end,
      quantity: c.quantity,
      claimantEvidence: c.claimantEvidence,
      rules: c.rules,
    })),
    attacks: a.attacks.map((t) => ({ type: t.type, text: t.text, start: t.start, end: t.end, trigger: t.trigger })),
    framing: a.framing,
    extractorVersion: a.extractorVersion,
  };
}

export type ContractArticle = ReturnType<typeof toContractJson>;
