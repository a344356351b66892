"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

import { fieldValueFor } from "@/lib/compare-list";
import { MAX_QUERY_LENGTH } from "@/lib/search";

import styles from "./Compare.module.css";

interface Suggestion {
  soc: string;
  title: string;
  score: number | null;
  matchedAlternate?: string;
}

const SUGGESTION_LIMIT = 8;
const DEBOUNCE_MS = 150;

/**
 * One compare field: a text input the server resolves on submit (the form is a plain GET),
 * enhanced with suggestions from /api/search as an ARIA 1.2 combobox: the input keeps focus,
 * ↑/↓ move the active option (aria-activedescendant), Enter picks it, Escape closes the list
 * (a second Escape clears the field), a polite live region says how many suggestions there are.
 * Picking fills "Title (SOC)", which the server reads as that exact code.
 */
export function TitleCombobox({ name, label, defaultValue, placeholder, describedBy }: { name: string; label: string; defaultValue: string; placeholder: string; describedBy: string }) {
  const id = useId();
  const inputId = `${id}-input`;
  const listId = `${id}-list`;
  const [value, setValue] = useState(defaultValue);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const typed = useRef<string | null>(null);
  // Escape or leaving the field closes the list until the next keystroke: a response still in
  // flight for an earlier keystroke must not open it again.
  const dismissed = useRef(false);

  // Fetch suggestions for what the reader typed (not for a picked value), newest wins.
  useEffect(() => {
    const query = typed.current;
    if (query === null) return;
    const trimmed = query.trim();
    if (trimmed.length < 2) {
      setSuggestions([]);
      setOpen(false);
      setAnnouncement("");
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/search?q=${encodeURIComponent(trimmed)}&limit=${SUGGESTION_LIMIT}`, { signal: controller.signal })
        .then((response) => (response.ok ? (response.json() as Promise<{ results: Suggestion[] }>) : { results: [] }))
        .then(({ results }) => {
          setSuggestions(results);
          setActive(-1);
          setOpen(!dismissed.current);
          setAnnouncement(results.length === 0 ? "No matching occupations." : `${results.length} suggestion${results.length === 1 ? "" : "s"}; use the up and down arrows to choose.`);
        })
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  const expanded = open && suggestions.length > 0;

  function pick(suggestion: Suggestion) {
    typed.current = null;
    setValue(fieldValueFor(suggestion));
    setOpen(false);
    setActive(-1);
    setAnnouncement(`${suggestion.title} chosen.`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!expanded) {
          if (suggestions.length > 0) {
            dismissed.current = false;
            setOpen(true);
            setActive(0);
          }
          return;
        }
        setActive((index) => (index + 1) % suggestions.length);
        return;
      case "ArrowUp":
        event.preventDefault();
        if (!expanded) return;
        setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
        return;
      case "Enter": {
        const suggestion = expanded && active >= 0 ? suggestions[active] : undefined;
        if (suggestion !== undefined) {
          event.preventDefault();
          pick(suggestion);
        }
        return;
      }
      case "Escape":
        dismissed.current = true;
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value !== "") {
          event.preventDefault();
          typed.current = null;
          setValue("");
        }
        return;
    }
  }

  return (
    <div className={styles.combobox}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_LENGTH}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          dismissed.current = false;
          typed.current = event.target.value;
          setValue(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          dismissed.current = true;
          setOpen(false);
        }}
      />
      <ul id={listId} role="listbox" aria-label="Suggested occupations" className={styles.listbox} hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.soc}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            className={styles.option}
            // mousedown, not click: the input's blur would close the list before a click lands.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(suggestion);
            }}
          >
            <span className={styles.optionTitle}>{suggestion.title}</span>{" "}
            <span className={styles.optionMeta}>
              {suggestion.soc}
              {suggestion.matchedAlternate !== undefined ? ` · also called ${suggestion.matchedAlternate}` : ""}
              {suggestion.score !== null ? ` · score ${suggestion.score}` : ""}
            </span>
          </li>
        ))}
      </ul>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}
