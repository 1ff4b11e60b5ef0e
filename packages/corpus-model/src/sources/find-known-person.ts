import { KNOWN_PEOPLE, type KnownPerson } from "./known-sources";

/**
 * A name reduced to what news spellings agree on: lower case, no accents,
 * apostrophes or dots, hyphens as spaces, and no Arabic article ("al-",
 * "el-"), so "Haidar al-Abadi", "Haidar Al Abadi" and "Haidar Abadi" meet.
 */
export function nameKey(name: string): string {
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

interface Entry {
  key: string;
  person: KnownPerson;
  full: boolean;
}

// Longest keys first, so "abu fadak mohammedawi" wins over a shorter form.
const ENTRIES: Entry[] = KNOWN_PEOPLE.flatMap((person) => [
  ...person.names.map((n) => ({ key: nameKey(n), person, full: true })),
  ...(person.short ?? []).map((n) => ({ key: nameKey(n), person, full: false })),
]).sort((a, b) => b.key.length - a.key.length);

/**
 * The well-known person a phrase names, if any: a full name anywhere in the
 * phrase ("US Army Gen. Joseph Votel"), or a distinctive surname ("Votel").
 */
export function findKnownPerson(phrase: string): KnownPerson | null {
  const key = ` ${nameKey(phrase)} `;
  if (key.trim() === "") return null;
  for (const e of ENTRIES) {
    if (key.includes(` ${e.key} `)) return e.person;
  }
  return null;
}
