import { KNOWN_PEOPLE, type KnownPerson } from "./known-sources";

/**
 * A name reduced to what news spellings agree on: lower case, no accents,
 * apostrophes or dots, hyphens as spaces, and no Arabic article ("al-",
 * "el-"), so "Haidar al-Abadi", "Haidar Al Abadi" and "Haidar Abadi" meet.
 */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    // Speaker phrases repeat within and across articles; a bounded cache keeps this cheap.
    if (KEYS.size > 20_000) KEYS.clear();
    key = computeKey(name);
    KEYS.set(name, key);
  }
  return key;
}

const KEYS = new Map<string, string>();

function computeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`.]/g, "")
    .replace(/[-‐–]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && w !== "al" && w !== "el")
    .join(" ");
}

/** Every name form, by its key; a phrase is looked up by its word n-grams, so the cost does not grow with the table. */
const BY_KEY = new Map<string, KnownPerson>();
/** The first word of every name form: n-grams starting elsewhere cannot match. */
const FIRST_WORDS = new Set<string>();
let longest = 1;
for (const person of KNOWN_PEOPLE) {
  for (const n of [...person.names, ...(person.short ?? [])]) {
    const key = nameKey(n);
    // A full name wins over another person's short form of the same words.
    if (!BY_KEY.has(key) || person.names.includes(n)) BY_KEY.set(key, person);
    FIRST_WORDS.add(key.split(" ")[0]!);
    longest = Math.max(longest, key.split(" ").length);
  }
}

/**
 * The well-known person a phrase names, if any: a full name anywhere in the
 * phrase ("US Army Gen. Joseph Votel"), or a distinctive surname ("Votel").
 * The longest name in the phrase wins ("Abu Fadak al-Mohammedawi" over a
 * shorter form).
 */
export function findKnownPerson(phrase: string): KnownPerson | null {
  let hit = FOUND.get(phrase);
  if (hit === undefined) {
    if (FOUND.size > 20_000) FOUND.clear();
    hit = lookUp(phrase);
    FOUND.set(phrase, hit);
  }
  return hit;
}

const FOUND = new Map<string, KnownPerson | null>();

function lookUp(phrase: string): KnownPerson | null {
  const words = nameKey(phrase).split(" ").filter((w) => w !== "");
  let best: { person: KnownPerson; n: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!FIRST_WORDS.has(words[i]!)) continue;
    let gram = "";
    for (let n = 1; n <= longest && i + n <= words.length; n++) {
      gram = n === 1 ? words[i]! : `${gram} ${words[i + n - 1]}`;
      const hit = BY_KEY.get(gram);
      if (hit && (!best || n > best.n)) best = { person: hit, n };
    }
  }
  return best?.person ?? null;
}
