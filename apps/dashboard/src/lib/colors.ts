import type { OutletListItem } from "@framewatch/db/queries";

/** Outlet key -> stable colour slot, from the unfiltered outlet list. */
export function colorSlots(outlets: readonly OutletListItem[]): Map<string, number> {
  return new Map(outlets.map((o) => [String(o.id), o.colorIndex]));
}
