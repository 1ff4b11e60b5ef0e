/**
 * English number words and their values. Kept as data so the quantity parser
 * stays a small state machine and tests can enumerate the vocabulary.
 */
export interface NumberWord {
  word: string;
  value: number;
  /** "unit" words add to the running group; "scale" words multiply it. */
  kind: "unit" | "scale";
}

const UNITS: Array<[string, number]> = [
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7],
  ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14],
  ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18], ["nineteen", 19], ["twenty", 20],
  ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
];

const SCALES: Array<[string, number]> = [
  ["hundred", 100],
  ["thousand", 1000],
  ["million", 1_000_000],
];

export const NUMBER_WORDS: readonly NumberWord[] = [
  ...UNITS.map(([word, value]) => ({ word, value, kind: "unit" as const })),
  ...SCALES.map(([word, value]) => ({ word, value, kind: "scale" as const })),
];

export const NUMBER_WORD_VALUES: ReadonlyMap<string, NumberWord> = new Map(NUMBER_WORDS.map((w) => [w.word, w]));

/** Regex alternation of every number word, longest first so "seventeen" wins over "seven". */
export const NUMBER_WORD_ALTERNATION = [...NUMBER_WORDS]
  .map((w) => w.word)
  .sort((a, b) => b.length - a.length)
  .join("|");
