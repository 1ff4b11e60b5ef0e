"use client";

import { useQueryStates } from "nuqs";
import { useState, useTransition } from "react";
import { listParsers, overviewParsers } from "@/lib/view-state";

/** Search box of the article list: titles and sources, bound to `q` (a new search starts at the first page). */
export function ArticleSearch({ value }: { value: string }) {
  const [pending, startTransition] = useTransition();
  const [, setState] = useQueryStates(
    { q: overviewParsers.q, cursor: listParsers.cursor },
    { shallow: false, history: "push", scroll: false, startTransition },
  );
  const [text, setText] = useState(value);
  return (
    <form
      role="search"
      className="search-form"
      aria-busy={pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void setState({ q: text.trim() || null, cursor: null });
      }}
    >
      <label htmlFor="article-search" className="visually-hidden">
        Search article titles and sources
      </label>
      <input
        id="article-search"
        type="search"
        name="q"
        placeholder="Search titles and sources"
        value={text}
        maxLength={200}
        onChange={(e) => {
          setText(e.target.value);
          // Clearing the box (its × button, or deleting the text) shows every article again.
          if (e.target.value === "" && value !== "") void setState({ q: null, cursor: null });
        }}
        data-testid="article-search"
      />
      <button type="submit">Search</button>
    </form>
  );
}
