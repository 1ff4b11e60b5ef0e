import { matchAllOf } from "../text/match-all";
import { POPULATION_FIGURE } from "./counted-nouns";

/**
 * Figures (1,000 and up) that the article gives for a population of
 * people, families, women or children ("another 60,000 people surrendered",
 * "73,041 residents"). A member or detainee count with the same figure is
 * that population under another name (camp residents called the group's
 * "members" or "affiliates"), not a militant count. One linear pass per body.
 */
export function findPopulationFigures(body: string): Set<number> {
  const out = new Set<number>();
  for (const m of matchAllOf(POPULATION_FIGURE, body)) {
    const value = Number(m[1]!.replace(/,/g, ""));
    if (value >= 1000) out.add(value);
  }
  return out;
}
