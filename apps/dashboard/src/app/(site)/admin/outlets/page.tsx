import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { formatNumber } from "@framewatch/charts";
import { listOutletRecords, OutletChangeError, previewMerge, type MergePreview } from "@framewatch/db/outlets";
import { OutletMergeConfirm } from "@/components/OutletMergeConfirm";
import { OutletRenameForm } from "@/components/OutletRenameForm";
import { Pager } from "@/components/Pager";
import { currentUser, type SignedInUser } from "@/lib/auth/authorize";
import { db } from "@/lib/db";

// Admins act on what is stored now: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outlets", robots: { index: false, follow: false } };

/** Outlets per page of the list. */
const PER_PAGE = 50;
/** Names offered while typing a merge's outlets; past this, typing the exact name (or #id) still works. */
const MAX_SUGGESTIONS = 5000;

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

const one = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").slice(0, 200);
/** An outlet as the merge form names it: digits are an id (the list's "Merge…" links), anything else a name. */
const outletRef = (v: string) => (/^\d{1,9}$/.test(v) ? Number(v) : v);
const articles = (n: number) => `${formatNumber(n)} article${n === 1 ? "" : "s"}`;

/**
 * /admin/outlets: every outlet with its former names and article count,
 * searchable and paged; a rename form per outlet, and a merge whose
 * confirmation states how many articles move. The forms call the POST APIs
 * (lib/outlets/outlet-handlers.ts), which check the admin again.
 */
export default async function AdminOutletsPage({ searchParams }: Props) {
  const user = await currentUser(await headers());
  if (!user || user.role !== "admin") return <AdminsOnly user={user} />;

  const params = await searchParams;
  const q = one(params.q).trim();
  const pageParam = one(params.page);
  const pageNo = /^\d{1,6}$/.test(pageParam) ? Math.max(1, Number(pageParam)) : 1;
  const prisma = db();
  const list = await listOutletRecords(prisma, { q, limit: PER_PAGE, offset: (pageNo - 1) * PER_PAGE });
  const suggestions = await prisma.outlet.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: MAX_SUGGESTIONS });

  const from = one(params.merge).trim();
  const into = one(params.into).trim();
  let preview: MergePreview | null = null;
  let previewError: string | null = null;
  if (from && into) {
    try {
      preview = await previewMerge(prisma, outletRef(from), outletRef(into));
    } catch (error) {
      if (!(error instanceof OutletChangeError)) throw error;
      previewError = error.message;
    }
  }

  const href = (changes: Record<string, string | null>) => {
    const query = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: q || null, page: pageNo > 1 ? String(pageNo) : null, ...changes })) if (v) query.set(k, v);
    const text = query.toString();
    return `/admin/outlets${text ? `?${text}` : ""}`;
  };
  const lastPage = Math.max(1, Math.ceil(list.total / PER_PAGE));

  return (
    <>
      <h1>Outlets</h1>
      <p className="lede">
        Rename an outlet, or merge two that are the same publication (&ldquo;Al Jazeera English&rdquo; and aljazeera.com). A renamed or merged outlet&rsquo;s
        old names are kept as former names: articles that name them, now and in later imports, count as the outlet they point to. Each article&rsquo;s
        outlet evidence stays as it was found. A rename can be undone by renaming back; a merge cannot be undone.
      </p>
      {one(params.merged) === "1" && (
        <p role="status" className="outlet-status" data-testid="outlet-merged">
          Merged. The outlet below now holds the articles and former names of the one merged into it.
        </p>
      )}

      <form role="search" className="search-form" method="get" action="/admin/outlets">
        <label htmlFor="outlet-search" className="visually-hidden">
          Search outlets and their former names
        </label>
        <input id="outlet-search" type="search" name="q" defaultValue={q} maxLength={200} placeholder="Search names and former names" />
        <button type="submit">Search</button>
      </form>

      {list.items.length === 0 ? (
        <p className="empty" data-testid="outlets-empty">
          {q ? `No outlet's name or former name contains "${q}".` : "No outlets yet: import some articles first."}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table" data-testid="outlet-table">
            <caption className="visually-hidden">Outlets, their former names and article counts</caption>
            <thead>
              <tr>
                <th scope="col">Outlet</th>
                <th scope="col">Former names</th>
                <th scope="col" className="num">
                  Articles
                </th>
                <th scope="col">Rename</th>
                <th scope="col">Merge</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((o) => (
                <tr key={o.id} data-testid="outlet-row">
                  <th scope="row">
                    <span className="break">{o.name}</span> <span className="muted">#{o.id}</span>
                  </th>
                  <td className="break">{o.aliases.length > 0 ? o.aliases.join(", ") : <span className="muted">none</span>}</td>
                  <td className="num">{formatNumber(o.articles)}</td>
                  <td>
                    <OutletRenameForm key={`${o.id}:${o.name}`} id={o.id} name={o.name} />
                  </td>
                  <td>
                    <Link href={`${href({ merge: String(o.id), into: null })}#merge`}>Merge into…</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager
        noun="outlets"
        testId="outlets"
        onlyWhenPaged
        page={{ items: list.items, total: list.total, prev: pageNo > 1 ? String(pageNo - 1) : null, next: pageNo < lastPage ? String(pageNo + 1) : null }}
        href={(page) => href({ page: page === "1" ? null : page })}
      />

      <section id="merge" className="chart-section" aria-labelledby="merge-heading">
        <h2 id="merge-heading">Merge two outlets</h2>
        <form className="outlet-merge-form" method="get" action="/admin/outlets#merge">
          {q && <input type="hidden" name="q" value={q} />}
          <label>
            Merge <input name="merge" list="outlet-names" defaultValue={preview ? preview.from.name : from} required maxLength={200} data-testid="outlet-merge-from" />
          </label>{" "}
          <label>
            into <input name="into" list="outlet-names" defaultValue={preview ? preview.into.name : into} required maxLength={200} data-testid="outlet-merge-into" />
          </label>{" "}
          <button type="submit">Show what moves</button>
          <datalist id="outlet-names">
            {suggestions.map((o) => (
              <option key={o.id} value={o.name} />
            ))}
          </datalist>
        </form>
        {previewError && (
          <p role="alert" className="outlet-status" data-testid="outlet-merge-refused">
            {previewError}
          </p>
        )}
        {preview && <MergeConfirmation preview={preview} />}
      </section>
    </>
  );
}

/** What a merge moves, stated before the button that does it. */
function MergeConfirmation({ preview: { from, into } }: { preview: MergePreview }) {
  const names = [from.name, ...from.aliases].map((n) => `“${n}”`).join(", ");
  return (
    <div className="outlet-confirm" data-testid="outlet-merge-preview">
      <p>
        Merging <strong>{from.name}</strong> (#{from.id}, {articles(from.articles)}) into <strong>{into.name}</strong> (#{into.id}, {articles(into.articles)}):
      </p>
      <ul>
        <li data-testid="outlet-merge-count">
          {articles(from.articles)} move to “{into.name}”, which then has {articles(from.articles + into.articles)}.
        </li>
        <li>
          {names} {from.aliases.length === 0 ? "becomes a former name" : "become former names"} of “{into.name}”: later imports that find{" "}
          {from.aliases.length === 0 ? "it" : "them"} count as “{into.name}”.
        </li>
        <li>
          “{from.name}” is deleted. This cannot be undone: the moved articles are not marked as having been “{from.name}”&rsquo;s, and links that filtered on
          it no longer select them.
        </li>
      </ul>
      <OutletMergeConfirm from={from.id} into={into.id} confirm={from.articles} label={`Merge ${articles(from.articles)} into “${into.name}”`} />
    </div>
  );
}

function AdminsOnly({ user }: { user: SignedInUser | null }) {
  return (
    <>
      <h1>Outlets</h1>
      <p className="empty" data-testid="admins-only">
        {user
          ? `You are signed in as ${user.name} (${user.role}). Only admins may rename and merge outlets.`
          : "Sign in as an admin to rename and merge outlets."}
      </p>
    </>
  );
}
