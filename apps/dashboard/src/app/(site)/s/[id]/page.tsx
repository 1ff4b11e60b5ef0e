import { notFound, redirect } from "next/navigation";
import { db } from "@/lib/db";
import { isShortId } from "@/lib/share/short-id";

export const dynamic = "force-dynamic";

/** GET /s/<id>: redirect to the stored full view (its query keeps its state version, so old links migrate). */
export default async function ShortLinkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const link = isShortId(id) ? await db().shortLink.findUnique({ where: { id } }) : null;
  if (!link) notFound();
  const query = link.query.startsWith("?") || link.query === "" ? link.query : `?${link.query}`;
  redirect(`${link.path}${query}`);
}
