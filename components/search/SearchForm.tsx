import { MAX_QUERY_LENGTH } from "@/lib/search";

import styles from "./search.module.css";

/**
 * The big occupation search form: a plain GET to /search, so it works without JavaScript.
 * `id` keeps label/input pairs unique when the header's own search is on the same page.
 */
export function SearchForm({
  id,
  defaultValue = "",
  label = "Search by job title or SOC code",
  compare = [],
}: {
  id: string;
  defaultValue?: string;
  label?: string;
  /** The comparison being built (SOC codes), kept across searches for "Add to compare". */
  compare?: readonly string[];
}) {
  return (
    <form action="/search" method="get" role="search" className={styles.form} aria-label="Occupation search">
      {compare.length > 0 ? <input type="hidden" name="compare" value={compare.join(",")} /> : null}
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="q"
          type="search"
          className={styles.input}
          defaultValue={defaultValue}
          maxLength={MAX_QUERY_LENGTH}
          placeholder="e.g. plant manager, registered nurse, 11-3051"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
        />
        <button type="submit" className={`button ${styles.button}`}>
          Search
        </button>
      </div>
      <p id={`${id}-hint`} className={`small muted ${styles.hint}`}>
        Titles, “also called” names and SOC codes with or without the dash (11-3051 or 113051) all work; small typos are corrected.
      </p>
    </form>
  );
}
