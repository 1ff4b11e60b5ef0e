import type { GoldArticle, GoldClaim } from "./gold-article";
import type { MachineArticle, MachineClaim } from "./machine-article";

/** Hand-made records for the scoring tests: one short body, claims placed by the words they quote. */
export const BODY =
  "Officials said 2,000 fighters remain in the desert. A car bomb hit the market and gunmen kidnapped a teacher. " +
  "Analysts put the number at about 3,000 militants, and 4,500 to 6,000 fled to Syria.";

export function at(words: string, text = BODY): { start: number; end: number; text: string } {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`not in the text: ${words}`);
  return { start, end: start + words.length, text: words };
}

export function goldClaim(quantity: string, fields: Partial<GoldClaim> = {}): GoldClaim {
  return { low: 2000, high: 2000, qualifier: "exact", unit: "people", claimant: "Officials", claimantType: "local_official", refersTo: "remaining", quantity: at(quantity), ...fields };
}

export function machineClaim(quantity: string, fields: Partial<MachineClaim> = {}): MachineClaim {
  return { low: 2000, high: 2000, qualifier: "exact", unit: "people", claimant: "Officials", claimantType: "local_official", refersTo: "remaining", section: "body", quantity: at(quantity), ...fields };
}

export function machineArticle(fields: Partial<MachineArticle> = {}): MachineArticle {
  return { source: "a.txt", title: "Officials count 2,000 fighters", body: BODY, outlet: { name: "Tigris Ledger" }, published: null, fighterClaims: [], attacks: [], extractorVersion: "2.1.0", ...fields };
}

export function goldArticle(fields: Partial<GoldArticle> = {}): GoldArticle {
  return { source: "a.txt", ...fields };
}
