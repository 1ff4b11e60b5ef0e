import Link from "next/link";

export default function ShortLinkNotFound() {
  return (
    <section data-testid="short-link-not-found">
      <h1>Link not found</h1>
      <p>This short link does not exist on this Framewatch server. It may have been mistyped, or made on another server.</p>
      <p>
        <Link href="/">Go to the overview</Link>
      </p>
    </section>
  );
}
