"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { filterQuery, loadViewState } from "@/lib/view-state";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/framing", label: "Framing" },
  { href: "/claims", label: "Claims" },
  { href: "/attacks", label: "Attacks" },
  { href: "/imports", label: "Imports" },
  { href: "/quality", label: "Quality" },
] as const;

/** Pages outside the analysis views: the shared filters mean nothing there, so their links carry none. */
const UNFILTERED = new Set<string>(["/imports", "/quality"]);

/** Main navigation; carries the shared filters from view to view. */
export function NavLinks() {
  const pathname = usePathname();
  const search = useSearchParams();
  const query = search ? filterQuery(loadViewState(new URLSearchParams(search.toString()))) : "";
  return <NavList pathname={pathname} query={query} />;
}

export function NavList({ pathname, query }: { pathname: string | null; query: string }) {
  return (
    <ul className="nav-list">
      {LINKS.map((l) => {
        const current = l.href === "/" ? pathname === "/" : pathname?.startsWith(l.href);
        return (
          <li key={l.href}>
            <Link href={UNFILTERED.has(l.href) ? l.href : `${l.href}${query}`} aria-current={current ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
