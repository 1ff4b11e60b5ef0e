"use client";

import { useQueryStates } from "nuqs";
import { useTransition } from "react";
import { ATTACK_TYPES, CLAIMANT_TYPES, REFERENTS, vocabLabel } from "@framewatch/charts";
import { FACT_MODE_LABELS, FACT_MODES, factsParsers, filterParsers, framingParsers, listParsers, toggleInList } from "@/lib/view-state";

type FilterKey = "claimants" | "referents" | "attacks";

interface Props {
  outlets: { id: number; name: string; articles: number }[];
  /** Which category filters this view shows first (all are always available). */
  emphasis?: FilterKey[];
  /** Show the fact-mode control (views of claims and attacks; framing is not reviewable). */
  facts?: boolean;
}

const GROUPS: { key: FilterKey; label: string; values: readonly string[] }[] = [
  { key: "claimants", label: "Claimant types", values: CLAIMANT_TYPES },
  { key: "referents", label: "Referents", values: REFERENTS },
  { key: "attacks", label: "Attack types", values: ATTACK_TYPES },
];

/** The filters every view shares, written to the URL (the server re-renders the charts). */
export function FilterBar({ outlets, emphasis = [], facts = false }: Props) {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useQueryStates(
    { ...filterParsers, ...factsParsers, sel: framingParsers.sel, cursor: listParsers.cursor },
    { shallow: false, history: "push", scroll: false, startTransition },
  );
  const outletIds = outlets.map((o) => o.id);
  // New filters: the selected mark may be gone and the list starts again at its first page.
  const set = (patch: Partial<typeof state>) => void setState({ ...patch, sel: null, cursor: null });
  const groups = [...GROUPS].sort((a, b) => Number(emphasis.includes(b.key)) - Number(emphasis.includes(a.key)));
  const active =
    state.outlets.length + state.claimants.length + state.referents.length + state.attacks.length > 0 || state.from || state.to;

  return (
    <form className="filters" aria-label="Filters" data-testid="filters" aria-busy={pending || undefined} onSubmit={(e) => e.preventDefault()}>
      <fieldset className="filter-group">
        <legend>Outlets</legend>
        <div className="chips">
          {outlets.map((o) => (
            <label key={o.id} className="chip">
              <input
                type="checkbox"
                name="outlet"
                value={o.id}
                checked={state.outlets.length === 0 || state.outlets.includes(o.id)}
                onChange={() => set({ outlets: toggleInList(state.outlets, outletIds, o.id) })}
              />
              {o.name} <span className="muted">({o.articles})</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-group dates">
        <legend>Published between</legend>
        <label>
          <span className="visually-hidden">From</span>
          <input
            type="date"
            name="from"
            aria-label="Published from"
            value={state.from ?? ""}
            onChange={(e) => set({ from: e.target.value || null })}
          />
        </label>
        <span aria-hidden="true">–</span>
        <label>
          <span className="visually-hidden">To</span>
          <input type="date" name="to" aria-label="Published to" value={state.to ?? ""} onChange={(e) => set({ to: e.target.value || null })} />
        </label>
      </fieldset>
      {groups.map((g) => {
        const list = state[g.key] as string[];
        return (
          <details key={g.key} className="filter-group" open={emphasis.includes(g.key) || list.length > 0}>
            <summary>
              {g.label} <span className="muted">({list.length === 0 ? "all" : `${list.length} of ${g.values.length}`})</span>
            </summary>
            <div className="chips">
              {g.values.map((v) => (
                <label key={v} className="chip">
                  <input
                    type="checkbox"
                    name={g.key}
                    value={v}
                    checked={list.length === 0 || list.includes(v)}
                    onChange={() => set({ [g.key]: toggleInList(list, g.values, v) } as Partial<typeof state>)}
                  />
                  {vocabLabel(v)}
                </label>
              ))}
            </div>
          </details>
        );
      })}
      {facts ? (
        <fieldset className="filter-group facts" data-testid="filter-facts">
          <legend>Facts</legend>
          <div className="chips" role="radiogroup" aria-label="Which facts to show">
            {FACT_MODES.map((m) => (
              <label key={m} className="chip">
                <input type="radio" name="facts" value={m} checked={state.facts === m} onChange={() => set({ facts: m })} />
                {FACT_MODE_LABELS[m]}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="filter-actions">
        <button
          type="button"
          disabled={!active}
          onClick={() => set({ outlets: [], from: null, to: null, claimants: [], referents: [], attacks: [] })}
        >
          Reset filters
        </button>
        {pending ? <span className="muted" role="status">Updating…</span> : null}
      </div>
    </form>
  );
}
