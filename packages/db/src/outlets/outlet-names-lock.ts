/**
 * The advisory lock that keeps outlet names consistent while outlets are
 * renamed or merged. A batch of the import takes it shared before it
 * resolves names to outlets (store-articles.ts); a rename or merge takes it
 * exclusive. Without it, a batch that read the aliases just before a merge
 * committed would insert the merged-away name again as a new, empty-looking
 * outlet that then collects that name's articles.
 */
export const OUTLET_NAMES_LOCK = 0x0f2a_0a11;
