import type { GoldArticle } from "./gold-article";

/** The outcome of looking a document up in the gold. */
export type GoldLookup =
  | { found: GoldArticle }
  /** The gold has this source with another hash: the text changed since it was annotated, so its offsets mean nothing. */
  | { changed: GoldArticle }
  | { notInGold: true };

export interface GoldIndex {
  bySha256: Map<string, GoldArticle>;
  bySource: Map<string, GoldArticle>;
  /** Gold sources by their last path segment, for sources given relative to another folder. */
  byName: Map<string, GoldArticle[]>;
}

export function indexGold(articles: readonly GoldArticle[]): GoldIndex {
  const index: GoldIndex = { bySha256: new Map(), bySource: new Map(), byName: new Map() };
  for (const a of articles) {
    if (a.sha256) index.bySha256.set(a.sha256.toLowerCase(), a);
    index.bySource.set(a.source, a);
    const name = lastSegment(a.source);
    const same = index.byName.get(name);
    if (same) same.push(a);
    else index.byName.set(name, [a]);
  }
  return index;
}

/**
 * Finds the gold article of a document read for evaluation. The hash wins
 * when the gold has one: the same bytes are the same article wherever they
 * lie. Otherwise the source matches as written, or as the end of the
 * document's path ("corpus/a.txt" in the gold matches "data/corpus/a.txt"
 * on the command line), since the gold was written from another folder.
 */
export function findGoldArticle(index: GoldIndex, doc: { source: string; sha256: string }): GoldLookup {
  const byHash = index.bySha256.get(doc.sha256.toLowerCase());
  if (byHash) return { found: byHash };
  const bySource =
    index.bySource.get(doc.source) ?? index.byName.get(lastSegment(doc.source))?.find((a) => doc.source.endsWith(`/${a.source}`));
  if (!bySource) return { notInGold: true };
  return bySource.sha256 ? { changed: bySource } : { found: bySource };
}

function lastSegment(source: string): string {
  return source.slice(source.lastIndexOf("/") + 1);
}
