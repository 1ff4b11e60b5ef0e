"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { filterQuery, loadViewState } from "@/lib/view-state";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/framing", label: "Framing" },
  { href: "/claims", label: "Claims" },
  { href: "/attacks", label: "Attacks" },
] as const;

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
            <Link href={`${l.href}${query}`} aria-current={current ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
