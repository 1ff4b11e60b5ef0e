import { LRUCache } from "lru-cache";
import type { PrismaClient } from "../client";
import { getCorpusVersion, type CorpusVersion } from "../rollups/get-corpus-version";

/**
 * What a cached value was read from: the rollups (charts, counts; valid until
 * the next refresh) or the fact tables (lists, evidence; valid until the next
 * write of a fact).
 */
export type CacheScope = "rollups" | "facts";

export interface CorpusCacheOptions {
  /** Memory the cache may hold, in bytes of JSON (default 64 MB). */
  maxBytes?: number;
  /** Values bigger than this are computed but not kept (default 4 MB). */
  maxEntryBytes?: number;
}

export interface CorpusCache {
  /**
   * `compute()`'s result for `key` at the corpus's current version: computed
   * once per version, whoever asks (callers asking at the same time share one
   * computation). Pass `version` when the caller already read it for this
   * request.
   */
  get<T>(scope: CacheScope, key: string, compute: () => Promise<T>, version?: CorpusVersion): Promise<T>;
  /** Entries held and their size (for tests and diagnostics). */
  stats(): { entries: number; bytes: number };
}

type Compute = () => Promise<unknown>;

/**
 * An in-process cache of chart and list data keyed by the corpus version
 * (see getCorpusVersion): repeated requests cost one indexed lookup until an
 * import changes the facts and refreshes the rollups, and then never see old
 * data. Old versions' entries are simply never asked for again and age out.
 */
export function createCorpusCache(prisma: () => PrismaClient, options: CorpusCacheOptions = {}): CorpusCache {
  const maxEntryBytes = options.maxEntryBytes ?? 4 * 1024 * 1024;
  const lru = new LRUCache<string, { value: unknown }, Compute>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    maxEntrySize: maxEntryBytes,
    sizeCalculation: (entry) => Math.max(1, approximateBytes(entry.value)),
    fetchMethod: async (_key, _stale, { context }) => ({ value: await context() }),
  });
  return {
    async get<T>(scope: CacheScope, key: string, compute: () => Promise<T>, version?: CorpusVersion): Promise<T> {
      const v = version ?? (await getCorpusVersion(prisma()));
      const entry = await lru.fetch(`${scope === "rollups" ? v.rollups : v.facts}.${v.reviews}\u0000${key}`, { context: compute });
      return entry!.value as T;
    },
    stats: () => ({ entries: lru.size, bytes: lru.calculatedSize }),
  };
}

/** Size of a value as JSON; what cannot be serialised counts as too big to keep. */
function approximateBytes(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 1;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}
