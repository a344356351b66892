import Link from "next/link";

import { MAX_COMPARED } from "@/lib/compare";

import styles from "./Compare.module.css";
import { TitleCombobox } from "./TitleCombobox";

const LABELS = ["First occupation", "Second occupation", "Third occupation (optional)"] as const;
const PLACEHOLDERS = ["e.g. plant manager", "e.g. accountant", "title or SOC code"] as const;

/**
 * A plain GET form (one `q` field per occupation: a title, an alternate title or a SOC code,
 * resolved on the server), so comparing works without JavaScript; with it, each field
 * suggests occupations as you type. `compared` is the current comparison, carried to search.
 */
export function CompareForm({ values, compared, heading }: { values: readonly string[]; compared: readonly string[]; heading: string }) {
  const searchHref = compared.length > 0 ? `/search?compare=${compared.join(",")}` : "/search";
  return (
    <form action="/compare" method="get" className={styles.form} aria-labelledby="compare-form-title">
      <h2 id="compare-form-title">{heading}</h2>
      <div className={styles.fields}>
        {LABELS.slice(0, MAX_COMPARED).map((label, index) => (
          <TitleCombobox
            key={label}
            name="q"
            label={label}
            defaultValue={values[index] ?? ""}
            placeholder={PLACEHOLDERS[index] ?? ""}
            describedBy="compare-form-hint"
          />
        ))}
      </div>
      <p id="compare-form-hint" className={styles.hint}>
        Type a job title, an “also called” title or a SOC code (11-3051 or 113051). Unsure? <Link href={searchHref}>Search</Link> and use
        “Add to compare” on a result, or browse the <Link href="/categories">categories</Link>.
      </p>
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
