import { Activity } from "react";

import styles from "./profile.module.css";

/**
 * A numbered profile section with a heading anchor, so every section can be linked.
 *
 * Each section is a (always visible) Activity boundary: React hydrates a boundary's server HTML
 * after the page's shell, in small interruptible slices, instead of in one long task with the
 * rest of the page. Not Suspense: a prerendered Suspense boundary is sent hidden and revealed by
 * an inline script, so without JavaScript the section would stay hidden. The HTML is the same.
 */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <Activity mode="visible">
      <section id={id} aria-labelledby={`${id}-heading`} className={styles.section}>
        <h2 id={`${id}-heading`}>
          <a href={`#${id}`} className={styles.anchor}>
            {title}
          </a>
        </h2>
        {intro ? <p className={styles.intro}>{intro}</p> : null}
        {children}
      </section>
    </Activity>
  );
}
