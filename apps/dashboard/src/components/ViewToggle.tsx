"use client";

import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { framingParsers, listParsers, toggleParsers, type ToggleName } from "@/lib/view-state";

interface Props {
  name: ToggleName;
  legend: string;
  options: { value: string; label: string }[];
  /** Current value as the server parsed it. */
  value: string;
  /** Clear the selected mark when this changes (its id may not exist in the new view). */
  clearSelection?: boolean;
  /** Go back to the first page of the view's list when this changes (default: with the selection). */
  clearCursor?: boolean;
}

/** A segmented radio group bound to one URL parameter (server re-renders on change). */
export function ViewToggle({ name, legend, options, value, clearSelection = true, clearCursor = clearSelection }: Props) {
  const [pending, startTransition] = useTransition();
  const [, setState] = useQueryStates(
    { ...toggleParsers, sel: framingParsers.sel, cursor: listParsers.cursor },
    { shallow: false, history: "push", startTransition, scroll: false },
  );
  return (
    <fieldset className="toggle" data-testid={`toggle-${name}`} aria-busy={pending || undefined}>
      <legend>{legend}</legend>
      <div className="toggle-options">
        {options.map((o) => (
          <label key={o.value} className={o.value === value ? "is-active" : undefined}>
            <input
              type="radio"
              name={`toggle-${name}`}
              value={o.value}
              checked={o.value === value}
              onChange={() => {
                const next = { [name]: o.value } as Record<string, string | null>;
                if (clearSelection) next.sel = null;
                if (clearCursor) next.cursor = null;
                void setState(next as Parameters<typeof setState>[0]);
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
