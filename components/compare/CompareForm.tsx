import Link from "next/link";

import { MAX_COMPARED } from "@/lib/compare";

import styles from "./Compare.module.css";

const LABELS = ["First occupation", "Second occupation", "Third occupation (optional)"] as const;

/** A plain GET form (one `soc` field per occupation), so comparing works without JavaScript. */
export function CompareForm({ values, heading }: { values: readonly string[]; heading: string }) {
  return (
    <form action="/compare" method="get" className={styles.form} aria-labelledby="compare-form-title">
      <h2 id="compare-form-title">{heading}</h2>
      <div className={styles.fields}>
        {LABELS.slice(0, MAX_COMPARED).map((label, index) => (
          <label key={label} className={styles.field}>
            <span>{label}</span>
            <input
              name="soc"
              type="text"
              inputMode="text"
              autoComplete="off"
              spellCheck={false}
              maxLength={100}
              placeholder={index === 0 ? "e.g. 11-3051" : index === 1 ? "e.g. 132011" : "SOC code"}
              defaultValue={values[index] ?? ""}
              aria-describedby="compare-form-hint"
            />
          </label>
        ))}
      </div>
      <p id="compare-form-hint" className={styles.hint}>
        Enter SOC codes, with or without the dash (11-3051 or 113051). Don’t know a code?{" "}
        <Link href="/search">Search by job title</Link> and copy it from the result, or browse the{" "}
        <Link href="/categories">categories</Link>.
      </p>
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
