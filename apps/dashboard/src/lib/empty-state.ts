/** Why a view has no articles, in words. */
export function describeNoArticles(totalArticles: number, filtered: boolean): string {
  if (totalArticles === 0) return "No articles yet. Import some with `npm run corpus -- import FILE_OR_DIR`.";
  const n = `${totalArticles} ${totalArticles === 1 ? "article" : "articles"}`;
  return filtered
    ? `No articles match these filters: all ${n} are hidden by the outlet or date filter.`
    : `No articles to show (${n} stored).`;
}
