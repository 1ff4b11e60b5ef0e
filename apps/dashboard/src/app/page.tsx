import Link from "next/link";
import { listArticles } from "@framewatch/db/queries";
import { db } from "@/lib/db";
import { formatPublished } from "@/lib/format";

// Data lives in PostgreSQL and changes with every import: never prerender.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const articles = await listArticles(db());
  return (
    <>
      <h1>Articles</h1>
      {articles.length === 0 ? (
        <p className="empty">No articles yet. Import some with <code>npm run corpus -- import FILE_OR_DIR</code>.</p>
      ) : (
        <ul className="article-list" data-testid="article-list">
          {articles.map((a) => (
            <li key={a.id} data-testid="article-item">
              <Link href={`/articles/${a.id}`}>{a.title ?? a.source}</Link>
              <div className="meta">
                {a.outlet ?? "outlet unknown"} · {formatPublished(a.publishedDate, a.publishedPrecision)} · {a.claims}{" "}
                {a.claims === 1 ? "claim" : "claims"} · {a.attacks} attack {a.attacks === 1 ? "mention" : "mentions"}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
