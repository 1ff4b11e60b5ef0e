import { cache as perRequest } from "react";
import { createCorpusCache, type CacheScope, type CorpusCache } from "@framewatch/db/cache";
import { getCorpusVersion } from "@framewatch/db/rollups";
import { db } from "./db";

// One cache per server process (kept on globalThis so dev reloads reuse it).
const holder = globalThis as unknown as { framewatchCorpusCache?: CorpusCache };

/** The corpus version, read once per request however many components ask. */
const requestVersion = perRequest(() => getCorpusVersion(db()));

/**
 * `compute()` once per corpus version: charts and counts ("rollups") until
 * the next refresh, lists ("facts") until the next write. The key must say
 * everything the value depends on besides the corpus (chart, filters, page).
 */
export async function cached<T>(scope: CacheScope, key: string, compute: () => Promise<T>): Promise<T> {
  holder.framewatchCorpusCache ??= createCorpusCache(db);
  return holder.framewatchCorpusCache.get(scope, key, compute, await requestVersion());
}
