import { MASTHEAD_SUFFIXES, OUTLETS, type OutletEntry } from "./outlets";

/** Comparison key for outlet names: case, "the", hyphens, dots and apostrophes ignored. */
export function outletKey(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/['’.]/g, "")
    .replace(/[\s\u00a0\-‐‑–—_]+/g, " ")
    .replace(/^the /, "")
    .replace(/&/g, "and")
    .trim();
}

const BY_KEY = new Map<string, OutletEntry>();
for (const o of OUTLETS) for (const n of [o.name, ...o.aliases]) BY_KEY.set(outletKey(n), o);

/** The table entry a name refers to, exactly or with a masthead suffix ("Al-Ahed Telegram"). */
export function findOutletByName(name: string): OutletEntry | null {
  // A site named by its domain ("Rudaw.net", "www.aa.com.tr") is the outlet of that domain.
  const trimmed = name.trim();
  if (/^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|net|org|tv|news|ir|iq|sy|lb|tr|uk|ae|sa|info)$/iu.test(trimmed)) {
    const byHost = findOutletByHost(trimmed);
    if (byHost) return byHost;
  }
  const key = outletKey(name);
  const exact = BY_KEY.get(key);
  if (exact) return exact;
  for (const suffix of MASTHEAD_SUFFIXES) {
    if (key.endsWith(` ${suffix}`)) {
      const base = BY_KEY.get(key.slice(0, -suffix.length - 1));
      if (base) return base;
    }
  }
  return null;
}

/** The table entry a hostname belongs to ("www.aljazeera.com", "english.aawsat.com"). */
export function findOutletByHost(host: string): OutletEntry | null {
  const h = host.toLowerCase().replace(/^www\./, "");
  for (const o of OUTLETS) {
    if (o.domains.some((d) => h === d || h.endsWith(`.${d}`))) return o;
  }
  return null;
}
