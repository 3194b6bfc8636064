"use client";

import { useId, useMemo, useState, type KeyboardEvent } from "react";

export interface ComboOption {
  id: string;
  label: string;
  hint?: string;
}

/**
 * A searchable list to add one option at a time (tags, bylines), following
 * the ARIA combobox pattern: type to filter, arrows to move, Enter to add,
 * Escape to close.
 */
export function OptionCombobox({
  id,
  label,
  options,
  exclude,
  onAdd,
  disabled,
  placeholder,
  describedBy,
  invalid,
  limit = 8,
}: {
  id: string;
  label: string;
  options: ComboOption[];
  exclude: string[];
  onAdd: (id: string) => void;
  disabled?: boolean;
  placeholder?: string;
  describedBy?: string;
  invalid?: boolean;
  limit?: number;
}) {
  const listId = useId();
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);

  const matches = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const excluded = new Set(exclude);
    return options
      .filter((option) => !excluded.has(option.id))
      .filter((option) => !needle || option.label.toLowerCase().includes(needle))
      .sort((a, b) => rank(a.label, needle) - rank(b.label, needle))
      .slice(0, limit);
  }, [options, exclude, query, limit]);

  const current = matches[Math.min(active, matches.length - 1)];

  function add(option: ComboOption | undefined) {
    if (!option) return;
    onAdd(option.id);
    setQuery("");
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((index) => (matches.length ? (index + step + matches.length) % matches.length : 0));
    } else if (event.key === "Enter") {
      if (open && current) {
        event.preventDefault();
        add(current);
      }
    } else if (event.key === "Escape") {
      if (open) {
        // Keep Escape from closing a surrounding dialog.
        event.stopPropagation();
        setOpen(false);
      }
    }
  }

  const expanded = open && !disabled;
  return (
    <div className="ae-combo">
      <input
        id={id}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && current ? `${listId}-${current.id}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={query}
        disabled={disabled}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        className="ae-combo-list"
        hidden={!expanded}
      >
        {matches.map((option) => (
          <li
            key={option.id}
            id={`${listId}-${option.id}`}
            role="option"
            aria-selected={option === current}
            // mousedown, not click: the input keeps focus and the list stays open.
            onMouseDown={(event) => {
              event.preventDefault();
              add(option);
            }}
          >
            <span>{option.label}</span>
            {option.hint ? <span className="ae-combo-hint">{option.hint}</span> : null}
          </li>
        ))}
        {matches.length === 0 ? (
          <li role="option" aria-selected={false} aria-disabled="true" className="ae-combo-none">
            {query ? "No matches" : "Nothing left to add"}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

/** Names starting with the query first, then the rest alphabetically. */
function rank(label: string, needle: string) {
  if (!needle) return 0;
  return label.toLowerCase().startsWith(needle) ? 0 : 1;
}
